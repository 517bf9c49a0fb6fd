package org.newskg.eval;

/**
 * Entity counts for one type or a group of types, and the conlleval measures over them.
 *
 * @param gold      entities in the gold data
 * @param predicted entities the system found
 * @param correct   found entities whose type and both boundaries match a gold entity
 */
public record NerCounts(long gold, long predicted, long correct) {
    public static final NerCounts ZERO = new NerCounts(0, 0, 0);

    public NerCounts {
        if (gold < 0 || predicted < 0 || correct < 0 || correct > gold || correct > predicted) {
            throw new IllegalArgumentException("inconsistent counts " + gold + "/" + predicted + "/" + correct);
        }
    }

    public NerCounts plus(NerCounts other) {
        return new NerCounts(gold + other.gold, predicted + other.predicted, correct + other.correct);
    }

    /** Correct over predicted; 0 when nothing was predicted (as conlleval). */
    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    /** Correct over gold; 0 when there is no gold entity (as conlleval). */
    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
