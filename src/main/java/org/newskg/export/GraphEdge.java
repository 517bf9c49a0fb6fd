package org.newskg.export;

import java.util.Objects;
import java.util.Optional;

/**
 * One edge of an exported graph.
 *
 * @param relation what joins the two nodes (co-mention, said, about, reported, or a predicate)
 * @param weight   how strongly: for the built-in views, the number of articles behind the edge
 * @param label    an optional label for the edge
 * @param first    first day seen (an article's publication date, yyyy-mm-dd)
 * @param last     last day seen
 */
public record GraphEdge(String source, String target, String relation, double weight, Optional<String> label,
        Optional<String> first, Optional<String> last) {
    public GraphEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (Double.isNaN(weight) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("edge weight must be a number: " + weight);
        }
    }
}
