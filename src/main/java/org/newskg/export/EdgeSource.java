package org.newskg.export;

import org.apache.jena.query.Dataset;

/**
 * Where the edges of an export come from: a built-in view or an analyst's query. It may be run
 * more than once (the exporter reads it once to weigh the nodes, once to write the edges), and
 * gives the same edges each time.
 */
public interface EdgeSource {
    /** Name for the graph, as shown in the tools. */
    String name();

    boolean directed();

    /** Pushes the edges (and, from a CONSTRUCT query, the labels it gives nodes); inside a read transaction. */
    void run(Dataset dataset, Visitor out);

    /** What an edge source pushes. */
    interface Visitor {
        void edge(GraphEdge edge);

        /** A node the source names, with a label of its own (a CONSTRUCT's rdfs:label or schema:name). */
        default void node(String id, java.util.Optional<String> label) {}
    }
}
