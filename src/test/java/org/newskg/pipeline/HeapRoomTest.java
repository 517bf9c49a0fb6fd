package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeapRoomTest {
    @Test
    void anArticleFitsWhenItsNeedIsWithinWhatIsFree() {
        assertTrue(HeapRoom.fits(100, 100));
        assertFalse(HeapRoom.fits(101, 100));
    }

    @Test
    void anOrdinaryArticleIsNeverRefused() {
        assertTrue(HeapRoom.refusal(20_000).isEmpty(), "a 20,000 character article refused in a test JVM");
    }

    @Test
    void anArticleTheWholeHeapCannotHoldIsRefusedNamingWhatToDo() {
        long chars = Runtime.getRuntime().maxMemory() / HeapRoom.BYTES_PER_CHAR + 1;
        String why = HeapRoom.refusal(chars).orElseThrow();
        assertTrue(why.startsWith("too long for the memory left: "), why);
        assertTrue(why.contains("lower --max-article-chars, or give Java more memory"), why);
    }
}
