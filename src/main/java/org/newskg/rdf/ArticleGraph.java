package org.newskg.rdf;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The named graph of one article, ready for the store.
 *
 * @param name   the graph name, which is also the article's IRI
 * @param source the input path or URL it came from
 * @param graph  its triples
 */
public record ArticleGraph(Node name, String source, Graph graph) {
    public ArticleGraph {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(graph, "graph");
    }
}
