package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.core.Span;

/** The system side's label mapping follows the product's own (EntityType.fromNer). */
class ProductNerTest {
    @Test
    void keptLabelsMapAsTheProductStoresThem() {
        assertEquals(Optional.of("PER"), ProductNer.conllType("PERSON"));
        assertEquals(Optional.of("ORG"), ProductNer.conllType("ORGANIZATION"));
        for (String place : new String[] {"LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE"}) {
            assertEquals(Optional.of("LOC"), ProductNer.conllType(place), place);
        }
    }

    @Test
    void miscLabelsAreMisc() {
        for (String misc : new String[] {"MISC", "NATIONALITY", "RELIGION", "IDEOLOGY"}) {
            assertEquals(Optional.of("MISC"), ProductNer.conllType(misc), misc);
        }
    }

    @Test
    void otherLabelsAreNotEntitiesForConll() {
        for (String other : new String[] {"TITLE", "NUMBER", "MONEY", "DATE", "CAUSE_OF_DEATH", "O"}) {
            assertEquals(Optional.empty(), ProductNer.conllType(other), other);
        }
    }

    @Test
    void characterSpansMapBackToSentenceTokens() {
        ConllDocument doc = ConllReader.readAll(new StringReader(
                "Ada NNP B-NP B-PER\nLor NNP I-NP I-PER\nran VBD B-VP O\n\nIn IN B-PP O\nPell NNP B-NP B-LOC\n"), "t").get(0);
        ProductNer.TokenIndex index = new ProductNer.TokenIndex(doc);
        assertEquals("Ada Lor ran\nIn Pell", index.text);
        List<List<NerSpan>> out = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>()));
        index.add(out, "PER", new Span(0, 7));
        index.add(out, "LOC", new Span(15, 19));
        assertEquals(List.of(List.of(new NerSpan("PER", 0, 2)), List.of(new NerSpan("LOC", 1, 2))), out);
    }
}
