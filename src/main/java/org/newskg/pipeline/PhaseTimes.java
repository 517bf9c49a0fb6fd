package org.newskg.pipeline;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Wall time of the named phases of one run, each from the end of the one before; for benchmarks. */
final class PhaseTimes {
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long last = System.nanoTime();

    void start() {
        last = System.nanoTime();
    }

    /** Ends the phase {@code name} now (a phase met twice, as in a retried computation, adds up). */
    void lap(String name) {
        long now = System.nanoTime();
        millis.merge(name, (now - last) / 1_000_000, Long::sum);
        last = now;
    }

    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ");
        millis.forEach((name, ms) -> out.add(String.format(Locale.ROOT, "%s %d ms", name, ms)));
        return out.toString();
    }
}
