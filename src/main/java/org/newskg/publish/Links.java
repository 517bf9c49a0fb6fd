package org.newskg.publish;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a link to an IRI points on the pages: to this server's page when the IRI is in one of
 * its spaces, else to the IRI itself when it is an http(s) address, else nowhere (a
 * {@code urn:} or {@code javascript:} IRI is shown as text, never as a link).
 */
public record Links(List<IriSpace> spaces) {
    public Links {
        spaces = List.copyOf(spaces);
    }

    public Optional<String> href(String iri) {
        for (IriSpace space : spaces) {
            Optional<String> local = space.hrefOf(iri);
            if (local.isPresent()) {
                return local;
            }
        }
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? Optional.of(iri) : Optional.empty();
    }

    /** The IRI served at a decoded request path, if any space holds it. */
    public Optional<String> iriAt(String path) {
        for (IriSpace space : spaces) {
            Optional<String> iri = space.iriAt(path);
            if (iri.isPresent()) {
                return iri;
            }
        }
        return Optional.empty();
    }
}
