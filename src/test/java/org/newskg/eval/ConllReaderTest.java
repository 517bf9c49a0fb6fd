package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CoNLL-2003 reader on invented snippets. */
class ConllReaderTest {
    private static List<ConllDocument> read(String text) {
        return ConllReader.readAll(new StringReader(text), "test.conll");
    }

    private static final String TWO_DOCS = """
            -DOCSTART- -X- -X- O

            Mara NNP B-NP B-PER
            Velt NNP I-NP I-PER
            flew VBD B-VP O
            to TO B-PP O
            Ostrava NNP B-NP B-LOC
            . . O O

            Quillon NNP B-NP B-ORG
            rose VBD B-VP O

            -DOCSTART- -X- -X- O

            Brenna NNP B-NP B-LOC
            wins VBZ B-VP O
            """;

    @Test
    void documentsAndSentences() {
        List<ConllDocument> docs = read(TWO_DOCS);
        assertEquals(2, docs.size());
        ConllDocument first = docs.get(0);
        assertEquals(0, first.index());
        assertEquals(1, first.line());
        assertEquals(2, first.sentences().size());
        ConllSentence s = first.sentences().get(0);
        assertEquals(List.of("Mara", "Velt", "flew", "to", "Ostrava", "."), s.tokens());
        assertEquals(3, s.line());
        assertEquals(List.of(new NerSpan("PER", 0, 2), new NerSpan("LOC", 4, 5)), s.gold());
        assertEquals(10, first.sentences().get(1).line());
        assertEquals(1, docs.get(1).index());
        assertEquals(13, docs.get(1).line());
        assertEquals("Brenna wins", docs.get(1).sentences().get(0).text());
    }

    @Test
    void fileWithoutDocstartIsOneDocument() {
        List<ConllDocument> docs = read("Tolva NNP B-NP I-LOC\n\nOn IN B-PP O\nTolva NNP B-NP I-LOC\n");
        assertEquals(1, docs.size());
        assertEquals(2, docs.get(0).sentences().size());
        assertEquals(List.of(new NerSpan("LOC", 1, 2)), docs.get(0).sentences().get(1).gold());
    }

    @Test
    void tabsAndMissingFinalBlankLineAreFine() {
        List<ConllDocument> docs = read("-DOCSTART-\t-X-\t-X-\tO\n\nKell\tNNP\tB-NP\tB-PER\n\n\n");
        assertEquals(1, docs.size());
        assertEquals(List.of(new NerSpan("PER", 0, 1)), docs.get(0).sentences().get(0).gold());
    }

    @Test
    void emptyInputHasNoDocuments() {
        assertEquals(List.of(), read("-DOCSTART- -X- -X- O\n\n"));
    }

    @Test
    void wrongColumnCountNamesTheLine() {
        ConllFormatException e = assertThrows(ConllFormatException.class,
                () -> read("-DOCSTART- -X- -X- O\n\nMara NNP B-NP B-PER\nVelt B-PER\n"));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("test.conll:4: expected 4 columns"), e.getMessage());
    }

    @Test
    void badTagNamesTheLine() {
        ConllFormatException e = assertThrows(ConllFormatException.class, () -> read("Mara NNP B-NP PER\n"));
        assertEquals("test.conll:1: not an IOB NER tag: PER", e.getMessage());
    }
}
