package org.newskg.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * IRIs that start with {@code iriPrefix} are served at {@code pathPrefix} followed by the rest
 * of the IRI: with the store's base {@code https://newskg.org/id/} and the path {@code /id/},
 * {@code https://newskg.org/id/person/jane-smith} is served at {@code /id/person/jane-smith}
 * whatever host the server runs on. A fragment stays a fragment: {@code ...article/X#char=1,5}
 * is the part {@code char=1,5} of the page at {@code /id/article/X}.
 *
 * @param iriPrefix  the base IRI, or a single document's IRI (the ontology's)
 * @param pathPrefix absolute path on the server, e.g. {@code /id/} or {@code /ns}
 */
public record IriSpace(String iriPrefix, String pathPrefix) {
    public IriSpace {
        if (iriPrefix.isEmpty() || !pathPrefix.startsWith("/")) {
            throw new IllegalArgumentException("bad IRI space " + iriPrefix + " -> " + pathPrefix);
        }
    }

    /** The IRI served at {@code path} (decoded, without an extension), if the path is in this space. */
    public Optional<String> iriAt(String path) {
        if (!path.startsWith(pathPrefix)) {
            return Optional.empty();
        }
        String rest = path.substring(pathPrefix.length());
        if (rest.contains("#") || !(rest.isEmpty() || opensWithSeparator())) {
            return Optional.empty();
        }
        return Optional.of(iriPrefix + rest);
    }

    /** The server-relative, percent-encoded address of {@code iri}, fragment kept; empty when not in this space. */
    public Optional<String> hrefOf(String iri) {
        if (!iri.startsWith(iriPrefix)) {
            return Optional.empty();
        }
        String rest = iri.substring(iriPrefix.length());
        int hash = rest.indexOf('#');
        String local = hash < 0 ? rest : rest.substring(0, hash);
        String fragment = hash < 0 ? null : rest.substring(hash + 1);
        if (!local.isEmpty() && !opensWithSeparator()) {
            return Optional.empty(); // "https://newskg.org/nsfoo" is not in the space of ".../ns"
        }
        return Optional.of(encode(pathPrefix + local, fragment));
    }

    // A base like ".../id/" or ".../kg#" ends in a separator, so anything may follow it; a single
    // document's IRI (the ontology's) is followed only by a fragment.
    private boolean opensWithSeparator() {
        return iriPrefix.endsWith("/") || iriPrefix.endsWith("#");
    }

    static String encode(String path, String fragment) {
        try {
            return new URI(null, null, path, fragment).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot encode path " + path, e);
        }
    }
}
