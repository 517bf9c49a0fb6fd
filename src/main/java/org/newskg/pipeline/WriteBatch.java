package org.newskg.pipeline;

import java.time.Duration;

/**
 * How ingest groups articles into store transactions: a commit after {@code articles} articles,
 * or {@code maxDelay} after the first uncommitted one was ready, whichever comes first. A commit
 * costs a disk sync whatever its size, so batches write faster; the delay bounds what a crash
 * can cost (uncommitted articles are annotated again by the next run) and how stale progress is.
 *
 * @param articles most articles in one transaction (1: one transaction per article)
 * @param maxDelay longest an article ready for the store waits for its commit
 */
public record WriteBatch(int articles, Duration maxDelay) {
    /** 32 articles or 5 seconds: on a small machine the delay decides, on a large one the count. */
    public static final WriteBatch DEFAULT = new WriteBatch(32, Duration.ofSeconds(5));

    public WriteBatch {
        if (articles < 1) {
            throw new IllegalArgumentException("a batch holds at least 1 article: " + articles);
        }
        if (maxDelay.isNegative()) {
            throw new IllegalArgumentException("the batch delay cannot be negative: " + maxDelay);
        }
    }
}
