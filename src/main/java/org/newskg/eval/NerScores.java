package org.newskg.eval;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entity-level scores per CoNLL type, with micro-averaged groups: counts are added up over the
 * types first, then precision, recall and F1 are computed from the sums (as conlleval's overall line).
 */
public record NerScores(Map<String, NerCounts> byType) {
    /** The types newskg stores as people, organisations and places. */
    public static final List<String> KEPT = List.of("PER", "ORG", "LOC");

    public NerScores {
        byType = Map.copyOf(byType);
    }

    public NerCounts of(String type) {
        return byType.getOrDefault(type, NerCounts.ZERO);
    }

    /** Micro average over some types. */
    public NerCounts of(Collection<String> types) {
        return types.stream().map(this::of).reduce(NerCounts.ZERO, NerCounts::plus);
    }

    /** Micro average over every type seen on either side. */
    public NerCounts overall() {
        return of(byType.keySet());
    }

    /** The score table: PER, ORG, LOC, PER+ORG+LOC, MISC (and any other type), overall. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-12s %7s %7s %7s %9s %7s %7s%n",
                "type", "gold", "system", "correct", "precision", "recall", "F1"));
        KEPT.forEach(t -> row(sb, t, of(t)));
        row(sb, String.join("+", KEPT), of(KEPT));
        new TreeMap<>(byType).keySet().stream().filter(t -> !KEPT.contains(t)).forEach(t -> row(sb, t, of(t)));
        row(sb, "overall", overall());
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, NerCounts c) {
        sb.append(String.format(Locale.ROOT, "%-12s %7d %7d %7d %9.4f %7.4f %7.4f%n",
                label, c.gold(), c.predicted(), c.correct(), c.precision(), c.recall(), c.f1()));
    }
}
