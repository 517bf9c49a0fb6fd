package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entities read off IOB tags as conlleval reads them. */
class IobTest {
    private static List<NerSpan> spans(String tags) {
        return Iob.spans(Arrays.asList(tags.split(" ")));
    }

    @Test
    void iob2EntitiesOpenWithB() {
        assertEquals(List.of(new NerSpan("PER", 0, 2), new NerSpan("LOC", 3, 4)), spans("B-PER I-PER O B-LOC O"));
    }

    @Test
    void iob1EntitiesOpenWithI() {
        assertEquals(List.of(new NerSpan("PER", 0, 2), new NerSpan("LOC", 3, 4)), spans("I-PER I-PER O I-LOC O"));
    }

    @Test
    void iob1BSeparatesAdjacentEntitiesOfOneType() {
        assertEquals(List.of(new NerSpan("LOC", 0, 1), new NerSpan("LOC", 1, 3)), spans("I-LOC B-LOC I-LOC"));
    }

    @Test
    void iob2AdjacentEntitiesOfOneType() {
        assertEquals(List.of(new NerSpan("ORG", 0, 1), new NerSpan("ORG", 1, 2)), spans("B-ORG B-ORG"));
    }

    @Test
    void typeChangeEndsAnEntityEvenWithoutB() {
        assertEquals(List.of(new NerSpan("MISC", 0, 1), new NerSpan("PER", 1, 3)), spans("I-MISC I-PER I-PER"));
    }

    @Test
    void entityAtSentenceEndIsClosed() {
        assertEquals(List.of(new NerSpan("LOC", 2, 4)), spans("O O B-LOC I-LOC"));
    }

    @Test
    void noEntities() {
        assertEquals(List.of(), spans("O O O"));
    }

    @Test
    void badTagIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> spans("O PER"));
    }
}
