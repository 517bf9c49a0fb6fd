package org.newskg.eval;

import java.util.Locale;

/**
 * Attribution scores summed over articles. Matching rules: see {@link AttributionScorer}.
 *
 * @param gold         gold attributions
 * @param system       system attributions
 * @param exact        pairs matched with exactly the same content characters
 * @param overlap      pairs matched with content overlap F1 at least 0.5
 * @param anyOverlap   pairs matched with any content overlap
 * @param direct       direct quotes, by type (overlap rule)
 * @param indirect     everything else, by type (overlap rule)
 * @param source       the speaker check on the overlap pairs
 */
public record AttributionScores(int gold, int system, int exact, int overlap, int anyOverlap,
        ByType direct, ByType indirect, Sources source) {

    /**
     * Counts for one report type: recall over the gold attributions of the type (matched to a
     * system attribution of any type), precision over the system attributions of the type
     * (matched to a gold one of any type), and how many pairs agree on the type.
     */
    public record ByType(int gold, int system, int goldMatched, int systemMatched, int sameType) {
        public double precision() {
            return ratio(systemMatched, system);
        }

        public double recall() {
            return ratio(goldMatched, gold);
        }

        public double f1() {
            return AttributionScores.f1(precision(), recall());
        }

        ByType plus(ByType o) {
            return new ByType(gold + o.gold, system + o.system, goldMatched + o.goldMatched,
                    systemMatched + o.systemMatched, sameType + o.sameType);
        }
    }

    /** The speaker check over the matched pairs, see {@link AttributionComparison.SourceCheck}. */
    public record Sources(int right, int wrong, int none, int goldNoneSystemSome, int bothNone) {
        public int pairs() {
            return right + wrong + none + goldNoneSystemSome + bothNone;
        }

        /** Right speakers over the pairs whose gold names a source. */
        public double accuracy() {
            return ratio(right, right + wrong + none);
        }

        Sources plus(Sources o) {
            return new Sources(right + o.right, wrong + o.wrong, none + o.none,
                    goldNoneSystemSome + o.goldNoneSystemSome, bothNone + o.bothNone);
        }
    }

    public static final ByType NO_TYPE = new ByType(0, 0, 0, 0, 0);
    public static final Sources NO_SOURCES = new Sources(0, 0, 0, 0, 0);
    public static final AttributionScores ZERO = new AttributionScores(0, 0, 0, 0, 0, NO_TYPE, NO_TYPE, NO_SOURCES);

    public AttributionScores plus(AttributionScores o) {
        return new AttributionScores(gold + o.gold, system + o.system, exact + o.exact, overlap + o.overlap,
                anyOverlap + o.anyOverlap, direct.plus(o.direct), indirect.plus(o.indirect), source.plus(o.source));
    }

    public double precision(int matched) {
        return ratio(matched, system);
    }

    public double recall(int matched) {
        return ratio(matched, gold);
    }

    public double f1(int matched) {
        return f1(precision(matched), recall(matched));
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** The tables printed by {@code newskg evaluate attribution}. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-16s %7s %7s %7s %7s %9s %7s %7s%n",
                "match", "gold", "system", "g-match", "s-match", "precision", "recall", "F1"));
        row(sb, "exact", exact);
        row(sb, "overlap>=0.5", overlap);
        row(sb, "any-overlap", anyOverlap);
        row(sb, "direct", direct);
        row(sb, "indirect", indirect);
        sb.append(String.format(Locale.ROOT, "type agreement of the overlap>=0.5 pairs: %d of %d%n",
                direct.sameType + indirect.sameType, overlap));
        sb.append(String.format(Locale.ROOT, "%-16s %7s %7s%n", "source", "pairs", "share"));
        Sources s = source;
        srow(sb, "speaker-right", s.right);
        srow(sb, "speaker-wrong", s.wrong);
        srow(sb, "speaker-none", s.none);
        srow(sb, "gold-none-sys", s.goldNoneSystemSome);
        srow(sb, "both-none", s.bothNone);
        sb.append(String.format(Locale.ROOT, "source accuracy (right / pairs whose gold has a source): %d / %d = %.4f%n",
                s.right, s.right + s.wrong + s.none, s.accuracy()));
        return sb.toString();
    }

    private void row(StringBuilder sb, String label, int matched) {
        sb.append(String.format(Locale.ROOT, "%-16s %7d %7d %7d %7d %9.4f %7.4f %7.4f%n",
                label, gold, system, matched, matched, precision(matched), recall(matched), f1(matched)));
    }

    private static void row(StringBuilder sb, String label, ByType t) {
        sb.append(String.format(Locale.ROOT, "%-16s %7d %7d %7d %7d %9.4f %7.4f %7.4f%n",
                label, t.gold, t.system, t.goldMatched, t.systemMatched, t.precision(), t.recall(), t.f1()));
    }

    private void srow(StringBuilder sb, String label, int n) {
        sb.append(String.format(Locale.ROOT, "%-16s %7d %7.4f%n", label, n, ratio(n, source.pairs())));
    }
}
