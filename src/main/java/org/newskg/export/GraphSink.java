package org.newskg.export;

/**
 * Where an exported graph goes, pushed one item at a time (as Jena's StreamRDF): every
 * {@link #node} comes before the first {@link #edge}, since GEXF and Cytoscape.js JSON list
 * nodes first, and every edge joins two nodes already given. Writers stream to their output.
 */
public interface GraphSink {
    default void start() {}

    void node(GraphNode node);

    void edge(GraphEdge edge);

    default void finish() {}
}
