package org.newskg.export;

import java.io.OutputStream;
import java.util.Optional;

/**
 * GEXF 1.2draft (gexf.net), the format Gephi reads natively. The graph is "dynamic" with
 * {@code timeformat="date"}: nodes and edges carry start and end days, so Gephi's timeline
 * can show the network growing as articles appear. The other attributes are declared in
 * {@code <attributes>} and given in {@code <attvalues>}.
 *
 * <p>1.2draft rather than 1.3: every GEXF reader reads it (Gephi, networkx, graphology/sigma.js;
 * networkx 2.8, Debian 12's, reads no 1.3), its published schema is on Maven Central, so the
 * tests validate each file against the real schema, and 1.3 adds nothing newskg writes.
 */
public final class GexfWriter implements GraphSink {
    public static final String NS = "http://www.gexf.net/1.2draft";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private enum Section { NONE, NODES, EDGES }

    private final XmlOut xml;
    private final GraphHeader header;
    private Section section = Section.NONE;
    private long edges;

    public GexfWriter(OutputStream out, GraphHeader header) {
        this.xml = new XmlOut(out);
        this.header = header;
    }

    @Override
    public void start() {
        xml.startDocument();
        xml.setDefaultNamespace(NS);
        xml.start(NS, "gexf");
        xml.namespace("", NS);
        xml.namespace("xsi", XSI);
        xml.attribute("xsi", XSI, "schemaLocation", NS + " http://www.gexf.net/1.2draft/gexf.xsd");
        xml.attribute("version", "1.2");
        xml.start(NS, "meta");
        xml.start(NS, "creator");
        xml.text("newskg");
        xml.endInline();
        xml.start(NS, "description");
        xml.text(header.name());
        xml.endInline();
        xml.end();
        xml.start(NS, "graph");
        xml.attribute("mode", "dynamic");
        xml.attribute("defaultedgetype", header.directed() ? "directed" : "undirected");
        xml.attribute("timeformat", "date");
        xml.start(NS, "attributes");
        xml.attribute("class", "node");
        xml.attribute("mode", "static");
        attribute("iri", "string");
        attribute("type", "string");
        attribute("mentions", "long");
        attribute("articles", "long");
        xml.end();
        xml.start(NS, "attributes");
        xml.attribute("class", "edge");
        xml.attribute("mode", "static");
        attribute("relation", "string");
        xml.end();
    }

    private void attribute(String id, String type) {
        xml.empty(NS, "attribute");
        xml.attribute("id", id);
        xml.attribute("title", id);
        xml.attribute("type", type);
    }

    @Override
    public void node(GraphNode node) {
        if (section == Section.EDGES) {
            throw new IllegalStateException("node after the first edge: " + node.id());
        }
        if (section == Section.NONE) {
            xml.start(NS, "nodes");
            section = Section.NODES;
        }
        xml.start(NS, "node");
        xml.attribute("id", node.id());
        xml.attribute("label", node.label());
        times(node.first(), node.last());
        xml.start(NS, "attvalues");
        value("iri", node.id());
        value("type", node.type());
        value("mentions", Long.toString(node.mentions()));
        value("articles", Long.toString(node.articles()));
        xml.end();
        xml.end();
    }

    @Override
    public void edge(GraphEdge edge) {
        if (section != Section.EDGES) {
            if (section == Section.NODES) {
                xml.end();
            }
            xml.start(NS, "edges");
            section = Section.EDGES;
        }
        xml.start(NS, "edge");
        xml.attribute("id", "e" + edges++);
        xml.attribute("source", edge.source());
        xml.attribute("target", edge.target());
        xml.attribute("weight", GraphSinks.number(edge.weight()));
        edge.label().ifPresent(l -> xml.attribute("label", l));
        times(edge.first(), edge.last());
        xml.start(NS, "attvalues");
        value("relation", edge.relation());
        xml.end();
        xml.end();
    }

    private void times(Optional<String> first, Optional<String> last) {
        first.ifPresent(d -> xml.attribute("start", d));
        last.ifPresent(d -> xml.attribute("end", d));
    }

    private void value(String attribute, String value) {
        xml.empty(NS, "attvalue");
        xml.attribute("for", attribute);
        xml.attribute("value", value);
    }

    @Override
    public void finish() {
        if (section != Section.NONE) {
            xml.end(); // nodes or edges
        }
        xml.end(); // graph
        xml.end(); // gexf
        xml.endDocument();
    }
}
