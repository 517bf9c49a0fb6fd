package org.newskg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    private static final Node PHRASE = NodeFactory.createURI("https://newskg.org/id/article/a#char=3,7");
    private static final Node ARTICLE = NodeFactory.createURI("https://newskg.org/id/article/a");

    @Test
    void offsetsCountCodePointsAsNifDoes() {
        // The emoji is two Java chars but one character for NIF: "Ann" starts at 2, not 3.
        String text = "\uD83D\uDE00 Ann said\nso.";
        Evidence e = Evidence.of(PHRASE, ARTICLE, text, 2, 5, "Ann");
        assertEquals(new Evidence(PHRASE, ARTICLE, "\uD83D\uDE00 ", "Ann", " said so."), e);
    }

    @Test
    void longTextIsCutAroundTheWords() {
        String text = "x".repeat(500) + "Ann" + "y".repeat(500);
        Evidence e = Evidence.of(PHRASE, ARTICLE, text, 500, 503, "Ann");
        assertEquals("…" + "x".repeat(Evidence.CONTEXT), e.before());
        assertEquals("y".repeat(Evidence.CONTEXT) + "…", e.after());
    }

    @Test
    void offsetsOutsideTheTextGiveTheWordsAlone() {
        assertEquals(new Evidence(PHRASE, ARTICLE, "", "Ann", ""), Evidence.of(PHRASE, ARTICLE, "short", 3, 90, "Ann"));
        assertEquals(new Evidence(PHRASE, ARTICLE, "", "Ann", ""), Evidence.of(PHRASE, ARTICLE, null, 0, 3, "Ann"));
    }
}
