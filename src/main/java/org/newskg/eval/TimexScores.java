package org.newskg.eval;

import java.util.Locale;

/**
 * TempEval-3's scores of time expressions: extraction with strict (same extent) and relaxed (overlapping)
 * matching, and the value and type attributes over the relaxed matches, as accuracy and as attribute F1
 * (matches with the right attribute over the system's and over the gold expressions).
 */
public record TimexScores(int gold, int system, int strict, int relaxed, int valueCorrect, int typeCorrect) {

    public TimexScores plus(TimexComparison c) {
        int s = (int) c.pairs().stream().filter(TimexComparison.Pair::strict).count();
        int v = (int) c.pairs().stream().filter(TimexComparison.Pair::sameValue).count();
        int t = (int) c.pairs().stream().filter(TimexComparison.Pair::sameType).count();
        return new TimexScores(gold + c.gold(), system + c.system(), strict + s, relaxed + c.pairs().size(),
                valueCorrect + v, typeCorrect + t);
    }

    public static final TimexScores ZERO = new TimexScores(0, 0, 0, 0, 0, 0);

    public double precision(int correct) {
        return system == 0 ? 0 : (double) correct / system;
    }

    public double recall(int correct) {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1(int correct) {
        double p = precision(correct);
        double r = recall(correct);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double valueAccuracy() {
        return relaxed == 0 ? 0 : (double) valueCorrect / relaxed;
    }

    public double typeAccuracy() {
        return relaxed == 0 ? 0 : (double) typeCorrect / relaxed;
    }

    /** A table: one row per measure, counts then precision, recall and F1. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-22s %6s %6s %7s %9s %7s %7s%n",
                "measure", "gold", "system", "correct", "precision", "recall", "F1"));
        row(b, "extent strict", strict);
        row(b, "extent relaxed", relaxed);
        row(b, "value (attribute F1)", valueCorrect);
        row(b, "type (attribute F1)", typeCorrect);
        b.append(String.format(Locale.ROOT, "value accuracy over relaxed matches: %.4f (%d of %d)%n",
                valueAccuracy(), valueCorrect, relaxed));
        b.append(String.format(Locale.ROOT, "type accuracy over relaxed matches:  %.4f (%d of %d)%n",
                typeAccuracy(), typeCorrect, relaxed));
        return b.toString();
    }

    private void row(StringBuilder b, String name, int correct) {
        b.append(String.format(Locale.ROOT, "%-22s %6d %6d %7d %9.4f %7.4f %7.4f%n",
                name, gold, system, correct, precision(correct), recall(correct), f1(correct)));
    }
}
