package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** Each writer on a small graph whose names hold what formats must escape. */
class GraphWritersTest {
    /** Quotes, markup, a backslash, a line break, a control character and non-ASCII letters. */
    static final String NASTY = "O'Neil \"Ed\" <b>&amp; C\\o\nSão Tomé\u0001 ✓";

    static final GraphNode A = new GraphNode("https://newskg.org/id/person/o-neil", NASTY, "person", 3, 2,
            Optional.of("2005-01-02"), Optional.of("2005-02-03"));
    static final GraphNode B = new GraphNode("https://newskg.org/id/place/sao-tome?x=1&y=#2", "São Tomé", "place", 1, 1,
            Optional.empty(), Optional.empty());
    static final GraphEdge AB = new GraphEdge(A.id(), B.id(), "co-mention", 2, Optional.of("a \"b\""),
            Optional.of("2005-01-02"), Optional.of("2005-02-03"));
    static final GraphEdge BA = new GraphEdge(B.id(), A.id(), "about", 1.5, Optional.empty(), Optional.empty(),
            Optional.empty());

    @TempDir
    Path tmp;

    private Path write(GraphFormat format, boolean directed) throws Exception {
        Path file = tmp.resolve("g." + format.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
            GraphSink w = format.writer(out, new GraphHeader("test <graph>", directed));
            w.start();
            w.node(A);
            w.node(B);
            w.edge(AB);
            w.edge(BA);
            w.finish();
        }
        return file;
    }

    @Test
    void graphmlIsValidAndKeepsTheTextAndTypes() throws Exception {
        Path file = write(GraphFormat.graphml, true);
        GraphSchemas.validateGraphML(file);
        Document doc = GraphSchemas.parse(file);
        var keys = doc.getElementsByTagNameNS(GraphMLWriter.NS, "key");
        boolean weightIsDouble = false;
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            assertTrue(!k.getAttribute("attr.type").isEmpty(), "every key declares attr.type");
            weightIsDouble |= k.getAttribute("attr.name").equals("weight") && k.getAttribute("attr.type").equals("double");
        }
        assertTrue(weightIsDouble);
        var data = doc.getElementsByTagNameNS(GraphMLWriter.NS, "data");
        boolean found = false;
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("key").equals("label") && d.getTextContent().equals(NASTY.replace("\u0001", ""))) {
                found = true;
            }
        }
        assertTrue(found, "the label survives, less the control character XML cannot hold");
        assertEquals("directed", ((Element) doc.getElementsByTagNameNS(GraphMLWriter.NS, "graph").item(0)).getAttribute("edgedefault"));
        assertEquals(2, doc.getElementsByTagNameNS(GraphMLWriter.NS, "edge").getLength());
    }

    @Test
    void graphmlThatBreaksTheSchemaIsRejected() throws Exception {
        // The validator is no rubber stamp: an IRI as a GraphML id (not an NMTOKEN) fails.
        Path file = tmp.resolve("bad.graphml");
        Files.writeString(file, "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\">"
                + "<node id=\"https://x.org/a b\"/></graph></graphml>");
        assertThrows(SAXException.class, () -> GraphSchemas.validateGraphML(file));
    }

    @Test
    void gexfIsValidDynamicAndKeepsDates() throws Exception {
        Path file = write(GraphFormat.gexf, false);
        Document doc = GraphSchemas.validateGexf(file);
        Element graph = (Element) doc.getElementsByTagNameNS(GexfWriter.NS, "graph").item(0);
        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals("undirected", graph.getAttribute("defaultedgetype"));
        Element node = (Element) doc.getElementsByTagNameNS(GexfWriter.NS, "node").item(0);
        assertEquals("2005-01-02", node.getAttribute("start"));
        assertEquals("2005-02-03", node.getAttribute("end"));
        Element edge = (Element) doc.getElementsByTagNameNS(GexfWriter.NS, "edge").item(1);
        assertEquals("1.5", edge.getAttribute("weight"));
        assertEquals(B.id(), edge.getAttribute("source"));
    }

    @Test
    void cytoscapeJsonParsesWithElementsNodesAndEdges() throws Exception {
        JsonNode root = new ObjectMapper().readTree(write(GraphFormat.cytoscape, true).toFile());
        JsonNode nodes = root.path("elements").path("nodes");
        JsonNode edges = root.path("elements").path("edges");
        assertEquals(2, nodes.size());
        assertEquals(2, edges.size());
        assertEquals(NASTY, nodes.get(0).path("data").path("label").asText());
        assertEquals(3, nodes.get(0).path("data").path("mentions").asInt());
        assertEquals(A.id(), edges.get(0).path("data").path("source").asText());
        assertEquals(2, edges.get(0).path("data").path("weight").asInt());
        assertEquals(1.5, edges.get(1).path("data").path("weight").asDouble());
    }

    @Test
    void emptyGraphsAreWellFormedInEveryFormat() throws Exception {
        for (GraphFormat f : GraphFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GraphSink w = f.writer(out, new GraphHeader("empty", false));
            w.start();
            w.finish();
            String text = out.toString(StandardCharsets.UTF_8);
            Path file = tmp.resolve("empty." + f.extension());
            Files.writeString(file, text);
            switch (f) {
                case graphml -> GraphSchemas.validateGraphML(file);
                case gexf -> GraphSchemas.validateGexf(file);
                case cytoscape -> assertEquals(0, new ObjectMapper().readTree(text).path("elements").path("edges").size());
                case dot -> assertEquals("}", text.strip().substring(text.strip().length() - 1));
            }
        }
    }

    @Test
    void dotQuotesIdsAndEscapesLabels() throws Exception {
        String dot = Files.readString(write(GraphFormat.dot, false));
        assertTrue(dot.startsWith("graph \"test <graph>\" {"), dot);
        assertTrue(dot.contains("\"https://newskg.org/id/place/sao-tome?x=1&y=#2\" ["), dot);
        assertTrue(dot.contains("label=\"O'Neil \\\"Ed\\\" <b>&amp; C\\\\o São Tomé ✓\""), dot);
        assertTrue(dot.contains("\"https://newskg.org/id/person/o-neil\" -- \"https://newskg.org/id/place/sao-tome?x=1&y=#2\""), dot);
        assertTrue(dot.contains("penwidth=\"2\""), dot);
        assertTrue(dot.contains("penwidth=\"1.5\""), dot);
        assertEquals("\"a\\\\\\\"b\\nc\"", DotWriter.quote("a\\\"b\nc"));
    }

    @Test
    void writersRefuseANodeAfterAnEdge() {
        for (GraphFormat f : GraphFormat.values()) {
            GraphSink w = f.writer(new ByteArrayOutputStream(), new GraphHeader("g", true));
            w.start();
            w.node(A);
            w.node(B);
            w.edge(AB);
            assertThrows(IllegalStateException.class, () -> w.node(new GraphNode("x", "x", "", 0, 0,
                    Optional.empty(), Optional.empty())), f.name());
        }
    }
}
