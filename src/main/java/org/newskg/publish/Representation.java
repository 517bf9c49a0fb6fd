package org.newskg.publish;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

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

    private static final AcceptList OFFERS =
            AcceptList.create(Arrays.stream(values()).map(Representation::mediaType).toArray(String[]::new));

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
     * The best form for an {@code Accept} header (q-values and specificity count; a missing
     * header accepts anything); empty when none is acceptable (406).
     */
    public static Optional<Representation> negotiate(String accept) {
        String header = accept == null || accept.isBlank() ? "*/*" : accept;
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(header), OFFERS);
        } catch (RuntimeException e) { // an unparsable header accepts nothing we can name
            return Optional.empty();
        }
        if (chosen == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(r -> r.mediaType.equals(chosen.getContentTypeStr())).findFirst();
    }

    /** The form named by a file extension without its dot ("ttl"). */
    public static Optional<Representation> byExtension(String extension) {
        return Arrays.stream(values()).filter(r -> r.extension.equals(extension)).findFirst();
    }
}
