package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void displayStraightensApostrophesAndDropsPossessive() {
        assertEquals("Helena Brandt", Names.display("Helena  Brandt\u2019s"));
        assertEquals("Rivermark", Names.display("Rivermark'"));
    }

    @Test
    void keyIgnoresCaseAccentsHyphensAndDots() {
        assertEquals("jose alvarez", Names.key("José Álvarez"));
        assertEquals(Names.key("Lee Jae-sung"), Names.key("Lee Jae Sung"));
        assertEquals(Names.key("U.S."), Names.key("US"));
        assertEquals("obrien", Names.key("O\u2019Brien"));
    }

    @Test
    void slugIsNeverEmpty() {
        assertEquals("jane-doe", Names.slug(Names.key("Jane Doe")));
        assertEquals("unnamed", Names.slug(Names.key("...")));
    }

    @Test
    void wordsSplitAKey() {
        assertEquals(List.of("jane", "doe"), Names.words("jane doe"));
        assertEquals(List.of(), Names.words(""));
    }
}
