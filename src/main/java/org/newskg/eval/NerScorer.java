package org.newskg.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up conlleval's entity counts sentence by sentence. Not thread-safe: feed it from one
 * thread (the evaluation does, in input order).
 */
public final class NerScorer {
    private final Map<String, long[]> counts = new HashMap<>();

    /** Compares one sentence, adds its counts and returns the comparison. */
    public SentenceComparison add(List<NerSpan> gold, List<NerSpan> predicted) {
        SentenceComparison c = SentenceComparison.of(gold, predicted);
        c.gold().forEach(s -> slot(s.type())[0]++);
        c.predicted().forEach(s -> slot(s.type())[1]++);
        c.correct().forEach(s -> slot(s.type())[2]++);
        return c;
    }

    private long[] slot(String type) {
        return counts.computeIfAbsent(type, t -> new long[3]);
    }

    public NerScores scores() {
        Map<String, NerCounts> out = new HashMap<>();
        counts.forEach((type, c) -> out.put(type, new NerCounts(c[0], c[1], c[2])));
        return new NerScores(out);
    }
}
