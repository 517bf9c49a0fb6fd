package org.newskg.resolve;

import java.util.List;
import java.util.Map;

/**
 * The outcome of cross-document resolution.
 *
 * @param clusters  every entity named under more than one article-level IRI, by canonical IRI
 * @param canonical each article-level IRI that joined a cluster -> that cluster's canonical IRI
 */
public record Resolution(List<EntityCluster> clusters, Map<String, String> canonical) {
    public Resolution {
        clusters = List.copyOf(clusters);
        canonical = Map.copyOf(canonical);
    }

    /** The IRI that stands for this article-level IRI in the corpus: its cluster's canonical IRI, or itself. */
    public String canonicalOf(String iri) {
        return canonical.getOrDefault(iri, iri);
    }
}
