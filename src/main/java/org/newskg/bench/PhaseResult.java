package org.newskg.bench;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one timed phase did.
 *
 * @param name     what was measured ("bare CoreNLP", "end to end")
 * @param articles articles processed
 * @param tokens   CoreNLP tokens in those articles
 * @param errors   articles that failed (and are not counted in {@code articles})
 * @param wall     wall-clock time of the phase
 * @param cpu      CPU time of the whole process during the phase (all threads, GC and JIT included),
 *                 empty where the JVM does not tell; on a shared machine it varies less than wall time
 * @param memory   memory used during the phase
 */
public record PhaseResult(String name, int articles, long tokens, int errors, Duration wall, Optional<Duration> cpu,
        Memory memory) {
    public PhaseResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(wall, "wall");
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(memory, "memory");
        if (articles < 0 || tokens < 0 || errors < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public double seconds() {
        return wall.toNanos() / 1e9;
    }

    /** Articles per second of wall time; 0 for a phase that took no measurable time. */
    public double articlesPerSecond() {
        return rate(articles);
    }

    public double tokensPerSecond() {
        return rate(tokens);
    }

    /** Articles per second of CPU time; 0 where CPU time is unknown. */
    public double articlesPerCpuSecond() {
        return cpu.filter(c -> !c.isZero()).map(c -> articles / (c.toNanos() / 1e9)).orElse(0.0);
    }

    private double rate(long count) {
        return wall.isZero() ? 0 : count / seconds();
    }
}
