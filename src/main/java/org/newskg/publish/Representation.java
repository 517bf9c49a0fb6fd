package org.newskg.publish;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;
import org.newskg.serve.module.AcceptHeader;

/**
 * The forms a described resource is served in: an HTML page for people and four RDF syntaxes,
 * chosen by the {@code Accept} header or by a file extension on the path.
 */
public enum Representation {
    // Order matters: it breaks ties in negotiation, so "*/*" (curl, scripts) gets Turtle while
    // browsers, which name text/html explicitly, get HTML.
    TURTLE("ttl", "text/turtle", "Turtle", RDFFormat.TURTLE_PRETTY),
    HTML("html", "text/html", "HTML", null),
    JSONLD("jsonld", "application/ld+json", "JSON-LD", RDFFormat.JSONLD),
    NTRIPLES("nt", "application/n-triples", "N-Triples", RDFFormat.NTRIPLES),
    RDFXML("rdf", "application/rdf+xml", "RDF/XML", RDFFormat.RDFXML_PLAIN);

    private final String extension;
    private final String mediaType;
    private final String label;
    private final RDFFormat format;

    Representation(String extension, String mediaType, String label, RDFFormat format) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.label = label;
        this.format = format;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Name shown to people ("Turtle"). */
    public String label() {
        return label;
    }

    /** Jena's writer format; {@code null} for HTML. */
    RDFFormat format() {
        return format;
    }

    /** {@code Content-Type} with the charset every form is written in. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /**
     * The best form for an {@code Accept} header: the highest q-value of the most specific range
     * naming each form, ties broken by this enum's order; media types are case-insensitive, a
     * missing header accepts anything, and {@code q=0} means not acceptable. Empty when no form
     * is acceptable (406).
     */
    public static Optional<Representation> negotiate(String accept) {
        List<AcceptHeader.Range> ranges = AcceptHeader.parse(accept == null || accept.isBlank() ? "*/*" : accept);
        Representation best = null;
        double bestQ = 0;
        for (Representation r : values()) {
            double q = AcceptHeader.quality(ranges, r.mediaType);
            if (q > bestQ) {
                best = r;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The form named by a file extension without its dot ("ttl"). */
    public static Optional<Representation> byExtension(String extension) {
        return Arrays.stream(values()).filter(r -> r.extension.equals(extension)).findFirst();
    }
}
