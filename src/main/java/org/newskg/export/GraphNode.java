package org.newskg.export;

import java.util.Objects;
import java.util.Optional;

/**
 * One node of an exported graph.
 *
 * @param id       the node's IRI (or a blank node label from a CONSTRUCT query)
 * @param label    its name as the articles give it
 * @param type     person, organization, place, statement, article, or another class's local name; empty when unknown
 * @param mentions how often the articles name it (for a statement: its reports)
 * @param articles how many articles name it or publish it (for a statement: the articles reporting it)
 * @param first    first day seen, from the publication dates of the articles behind its edges
 * @param last     last day seen
 */
public record GraphNode(String id, String label, String type, long mentions, long articles,
        Optional<String> first, Optional<String> last) {
    public GraphNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
    }
}
