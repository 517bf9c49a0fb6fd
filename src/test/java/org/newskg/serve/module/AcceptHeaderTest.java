package org.newskg.serve.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcceptHeaderTest {
    @Test
    void theMostSpecificRangeGivesTheQuality() {
        List<AcceptHeader.Range> ranges = AcceptHeader.parse("text/*;q=0.3, TEXT/Turtle;q=0.9, */*;q=0.1");
        assertEquals(0.9, AcceptHeader.quality(ranges, "text/turtle"));
        assertEquals(0.3, AcceptHeader.quality(ranges, "text/html"));
        assertEquals(0.1, AcceptHeader.quality(ranges, "application/ld+json"));
        assertEquals(0.0, AcceptHeader.quality(AcceptHeader.parse("text/html"), "text/turtle"));
    }

    @Test
    void qZeroEverywhereRefusesEverything() {
        assertTrue(AcceptHeader.refusesEverything("*/*;q=0"));
        assertTrue(AcceptHeader.refusesEverything("text/html;q=0, application/json; q=0.0"));
        assertFalse(AcceptHeader.refusesEverything("text/html;q=0, */*"));
        assertFalse(AcceptHeader.refusesEverything("garbage"));
    }
}
