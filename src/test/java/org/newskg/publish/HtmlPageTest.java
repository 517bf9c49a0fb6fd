package org.newskg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The page keeps every value of the data to itself: markup stays text, bidi overrides stay inside. */
class HtmlPageTest {
    private static final String RLO = "\u202E";

    @Test
    void aRightToLeftOverrideIsIsolatedInItsOwnValue() {
        Node subject = NodeFactory.createURI("https://news.example/id/person/x");
        Node name = NodeFactory.createURI("http://schema.org/name");
        Node knows = NodeFactory.createURI("http://schema.org/knows");
        Node other = NodeFactory.createURI("https://news.example/id/person/y");
        Graph g = GraphFactory.createDefaultGraph();
        g.add(subject, name, NodeFactory.createLiteralString(RLO + "gpj.exe"));
        g.add(subject, knows, other);
        Description d = new Description(subject, g, Map.of(), List.of(), List.of(), 0,
                Map.of(subject, RLO + "title", other, RLO + "label"));
        Links links = new Links(List.of(new IriSpace("https://news.example/id/", "/id/")));
        Document page = new HtmlPage(links, PrefixMapping.Standard).render(d, "/id/person/x");

        List<Element> holders = page.body().getElementsContainingOwnText(RLO); // the <title> is plain text
        assertEquals(3, holders.size(), page.html());
        for (Element e : holders) {
            assertTrue(e.tagName().equals("bdi") || e.attr("dir").equals("auto"), e.outerHtml());
        }
    }
}
