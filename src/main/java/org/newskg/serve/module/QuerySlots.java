package org.newskg.serve.module;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How many requests run at once: at most {@code perClient} for one client address and
 * {@code total} for all. A request over either waits for a slot, at most {@code waitMillis}
 * and behind at most {@code maxWaiting} others, and is then turned away (503), so a client
 * that sends slow queries holds its own slots, not everyone's.
 */
final class QuerySlots {
    private final int perClient;
    private final int total;
    private final int maxWaiting;
    private final long waitMillis;
    private final Map<String, Integer> running = new HashMap<>();
    private int runningAll;
    private int waiting;

    QuerySlots(int perClient, int total, int maxWaiting, long waitMillis) {
        if (perClient < 1 || total < 1 || maxWaiting < 0 || waitMillis < 0) {
            throw new IllegalArgumentException("request slots must be positive");
        }
        this.perClient = perClient;
        this.total = total;
        this.maxWaiting = maxWaiting;
        this.waitMillis = waitMillis;
    }

    /** Takes a slot for {@code client}; false when none came free in time. */
    synchronized boolean acquire(String client) throws InterruptedException {
        if (!free(client)) {
            if (waiting >= maxWaiting) {
                return false;
            }
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
            waiting++;
            try {
                while (!free(client)) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
            } finally {
                waiting--;
            }
        }
        running.merge(client, 1, Integer::sum);
        runningAll++;
        return true;
    }

    synchronized void release(String client) {
        running.computeIfPresent(client, (k, n) -> n == 1 ? null : n - 1);
        runningAll--;
        notifyAll();
    }

    private boolean free(String client) {
        return runningAll < total && running.getOrDefault(client, 0) < perClient;
    }
}
