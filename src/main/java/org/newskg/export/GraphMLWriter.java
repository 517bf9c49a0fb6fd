package org.newskg.export;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * GraphML (graphml.graphdrawing.org) with every attribute declared as a {@code <key>} with its
 * {@code attr.type}, which is what yEd, Cytoscape, Gephi and networkx read. GraphML ids are
 * NMTOKENs, which IRIs are not, so nodes get ids n0, n1, ... and keep their IRI in "iri".
 */
public final class GraphMLWriter implements GraphSink {
    public static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final XmlOut xml;
    private final GraphHeader header;
    private final Map<String, String> ids = new HashMap<>();
    private long edges;

    public GraphMLWriter(OutputStream out, GraphHeader header) {
        this.xml = new XmlOut(out);
        this.header = header;
    }

    @Override
    public void start() {
        xml.startDocument();
        xml.setDefaultNamespace(NS);
        xml.start(NS, "graphml");
        xml.namespace("", NS);
        xml.namespace("xsi", XSI);
        xml.attribute("xsi", XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        key("iri", "node", "iri", "string");
        key("label", "node", "label", "string");
        key("type", "node", "type", "string");
        key("mentions", "node", "mentions", "long");
        key("articles", "node", "articles", "long");
        key("first", "node", "first", "string");
        key("last", "node", "last", "string");
        key("relation", "edge", "relation", "string");
        key("weight", "edge", "weight", "double");
        key("elabel", "edge", "label", "string");
        key("efirst", "edge", "first", "string");
        key("elast", "edge", "last", "string");
        xml.start(NS, "graph");
        xml.attribute("id", "G");
        xml.attribute("edgedefault", header.directed() ? "directed" : "undirected");
        xml.start(NS, "desc");
        xml.text(header.name());
        xml.endInline();
    }

    private void key(String id, String domain, String name, String type) {
        xml.empty(NS, "key");
        xml.attribute("id", id);
        xml.attribute("for", domain);
        xml.attribute("attr.name", name);
        xml.attribute("attr.type", type);
    }

    @Override
    public void node(GraphNode node) {
        if (edges > 0) {
            throw new IllegalStateException("node after the first edge: " + node.id());
        }
        String id = "n" + ids.size();
        if (ids.putIfAbsent(node.id(), id) != null) {
            throw new IllegalArgumentException("node given twice: " + node.id());
        }
        xml.start(NS, "node");
        xml.attribute("id", id);
        data("iri", node.id());
        data("label", node.label());
        data("type", node.type());
        data("mentions", Long.toString(node.mentions()));
        data("articles", Long.toString(node.articles()));
        data("first", node.first());
        data("last", node.last());
        xml.end();
    }

    @Override
    public void edge(GraphEdge edge) {
        xml.start(NS, "edge");
        xml.attribute("id", "e" + edges++);
        xml.attribute("source", idOf(edge.source()));
        xml.attribute("target", idOf(edge.target()));
        data("relation", edge.relation());
        data("weight", GraphSinks.number(edge.weight()));
        data("elabel", edge.label());
        data("efirst", edge.first());
        data("elast", edge.last());
        xml.end();
    }

    private String idOf(String node) {
        String id = ids.get(node);
        if (id == null) {
            throw new IllegalArgumentException("edge to a node not given: " + node);
        }
        return id;
    }

    private void data(String key, Optional<String> value) {
        value.ifPresent(v -> data(key, v));
    }

    private void data(String key, String value) {
        xml.start(NS, "data");
        xml.attribute("key", key);
        xml.text(value);
        xml.endInline();
    }

    @Override
    public void finish() {
        xml.end(); // graph
        xml.end(); // graphml
        xml.endDocument();
    }
}
