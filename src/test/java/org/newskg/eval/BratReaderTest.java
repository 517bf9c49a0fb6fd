package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.core.Span;

/** brat standoff as PolNeAR writes it, on invented annotations. */
class BratReaderTest {
    // Offsets into: “Rates will rise,” said Ada Vell. “Soon.”   (the quote is one content in two pieces)
    private static final String TEXT = "“Rates will rise,” said Ada Vell. “Soon.”";
    private static final String ANN = String.join("\n",
            "T1\tContent 0 18;34 41\t“Rates will rise,” “Soon.”",
            "T2\tCue 19 23\tsaid",
            "T3\tSource 24 32\tAda Vell",
            "T4\tAttribution 19 23\tsaid",
            "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3",
            "T5\tDiscard 0 5\t“Rate",
            "#1\tAnnotatorNotes T1\ta note",
            "T6\tAttribution-no-source 19 23\tsaid",
            "E2\tAttribution-no-source:T6 ",
            "");

    @Test
    void readsDiscontinuousSpansAndEvents() {
        BratDocument doc = BratReader.parse("a.ann", ANN);
        assertEquals(6, doc.textBounds().size());
        BratDocument.TextBound content = doc.textBounds().get("T1");
        assertEquals("Content", content.type());
        assertEquals(List.of(new Span(0, 18), new Span(34, 41)), content.spans());
        assertEquals(1, content.line());
        assertEquals(2, doc.events().size());
        BratDocument.Event e = doc.events().get(0);
        assertEquals("Attribution", e.type());
        assertEquals("T4", e.trigger());
        assertEquals(List.of(new BratDocument.Argument("Content", "T1"), new BratDocument.Argument("Cue", "T2"),
                new BratDocument.Argument("Source", "T3")), e.arguments());
        assertEquals(List.of(), doc.events().get(1).arguments());
    }

    @Test
    void attributionsTakeContentSourceAndCueAndSkipEventsWithoutContent() {
        PolnearArticle a = PolnearArticle.of("a", "x1", TEXT, BratReader.parse("a.ann", ANN));
        assertEquals(List.of(new GoldAttribution("E1", List.of(new Span(0, 18), new Span(34, 41)),
                List.of(new Span(24, 32)), List.of(new Span(19, 23)))), a.gold());
        assertEquals(1, a.withoutContent());
    }

    @Test
    void secondContentJoinsTheFirst() {
        String ann = "T1\tContent 34 41\t“Soon.”\nT2\tContent 0 18\t“Rates will rise,”\nT3\tAttribution 19 23\tsaid\n"
                + "E1\tAttribution:T3 Content:T1 Content2:T2\n";
        PolnearArticle a = PolnearArticle.of("a", "x1", TEXT, BratReader.parse("a.ann", ann));
        assertEquals(List.of(new Span(0, 18), new Span(34, 41)), a.gold().get(0).content());
        assertEquals(List.of(), a.gold().get(0).source());
    }

    @Test
    void rangesOutOfTextOrderAreReadAndContentIsSortedAfterwards() {
        String ann = "T1\tContent 34 41;0 18\t“Soon.” “Rates will rise,”\nT2\tAttribution 19 23\tsaid\n"
                + "E1\tAttribution:T2 Content:T1\n";
        BratDocument doc = BratReader.parse("a.ann", ann);
        assertEquals(List.of(new Span(34, 41), new Span(0, 18)), doc.textBounds().get("T1").spans());
        assertEquals(List.of(new Span(0, 18), new Span(34, 41)), PolnearArticle.of("a", "x", TEXT, doc).gold().get(0).content());
    }

    @Test
    void errorsNameFileAndLine() {
        assertMessage("b.ann:2: expected 'start end' offsets, found '3 x' in T2", "T1\tCue 0 4\tsaid\nT2\tCue 3 x\tab\n");
        assertMessage("b.ann:1: expected 3 tab-separated columns", "T1\tCue 0 4\n");
        assertMessage("b.ann:1: bad character range '9 4' in T1", "T1\tCue 9 4\tx\n");
        assertMessage("b.ann:2: event E1 names T9, which is no text-bound annotation",
                "T1\tAttribution 0 4\tsaid\nE1\tAttribution:T1 Content:T9\n");
        assertMessage("b.ann:1: expected Role:Id in event E1, found 'Content'", "E1\tAttribution:T1 Content\n");
        assertMessage("b.ann:2: duplicate id T1", "T1\tCue 0 4\tsaid\nT1\tCue 0 4\tsaid\n");
        assertMessage("b.ann:1: unknown annotation kind: X1", "X1\tfoo\n");
    }

    @Test
    void annotationsThatDoNotFitTheTextAreErrors() {
        BratDocument outside = BratReader.parse("c.ann", "T1\tCue 40 99\tsaid\n");
        BratFormatException e = assertThrows(BratFormatException.class, () -> PolnearArticle.of("c", "x", TEXT, outside));
        assertTrue(e.getMessage().startsWith("c.ann:1: T1 ends at 99, after the end of the text"), e.getMessage());
        BratDocument shifted = BratReader.parse("c.ann", "T1\tCue 18 22\tsaid\n");
        e = assertThrows(BratFormatException.class, () -> PolnearArticle.of("c", "x", TEXT, shifted));
        assertTrue(e.getMessage().startsWith("c.ann:1: T1 says 'said' but its offsets cover ' sai'"), e.getMessage());
    }

    private static void assertMessage(String expectedStart, String ann) {
        BratFormatException e = assertThrows(BratFormatException.class, () -> BratReader.parse("b.ann", ann));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }
}
