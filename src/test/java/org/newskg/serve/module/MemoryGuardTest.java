package org.newskg.serve.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class MemoryGuardTest {
    @Test
    void pressureCancelsTheQueriesRunningThenAndNoOthers() {
        MemoryGuard guard = new MemoryGuard();
        AtomicBoolean first = new AtomicBoolean();
        AtomicBoolean second = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        MemoryGuard.Registration a = guard.register(first);
        guard.register(second);
        guard.register(done).close();
        assertEquals(2, guard.running());

        assertEquals(2, guard.cancelAll());
        assertTrue(first.get());
        assertTrue(second.get());
        assertFalse(done.get(), "a finished query is no longer watched");

        assertEquals(0, guard.cancelAll(), "signals already raised are not counted twice");
        a.close();
        assertEquals(1, guard.running());
    }
}
