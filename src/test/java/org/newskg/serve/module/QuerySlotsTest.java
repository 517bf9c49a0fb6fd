package org.newskg.serve.module;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuerySlotsTest {
    @Test
    void oneClientHoldsOnlyItsOwnSlots() throws Exception {
        QuerySlots slots = new QuerySlots(2, 3, 10, 50);
        assertTrue(slots.acquire("a"));
        assertTrue(slots.acquire("a"));
        assertFalse(slots.acquire("a"), "a third request of the same client waits and is turned away");
        assertTrue(slots.acquire("b"), "another client still gets a slot");
        assertFalse(slots.acquire("c"), "all three slots are taken");
        slots.release("a");
        assertTrue(slots.acquire("c"));
    }

    @Test
    void aWaitingRequestGetsTheSlotThatComesFree() throws Exception {
        QuerySlots slots = new QuerySlots(1, 1, 10, 5000);
        assertTrue(slots.acquire("a"));
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            slots.release("a");
        });
        release.start();
        assertTrue(slots.acquire("b"));
        release.join();
    }

    @Test
    void noMoreThanTheQueueMayWait() throws Exception {
        QuerySlots slots = new QuerySlots(1, 1, 0, 5000);
        assertTrue(slots.acquire("a"));
        long start = System.nanoTime();
        assertFalse(slots.acquire("b"));
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "turned away at once when nobody may wait");
    }
}
