package org.newskg.bench;

import java.time.Duration;
import java.util.Objects;

/**
 * What one timed phase did.
 *
 * @param name     what was measured ("bare CoreNLP", "end to end")
 * @param articles articles processed
 * @param tokens   CoreNLP tokens in those articles
 * @param errors   articles that failed (and are not counted in {@code articles})
 * @param wall     wall-clock time of the phase
 * @param memory   memory used during the phase
 */
public record PhaseResult(String name, int articles, long tokens, int errors, Duration wall, Memory memory) {
    public PhaseResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(wall, "wall");
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

    private double rate(long count) {
        return wall.isZero() ? 0 : count / seconds();
    }
}
