package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Scores cross-document entity coreference: B-cubed and cross-document pairwise precision,
 * recall and F1 over the gold mentions the system also found.
 *
 * <p>The matching rule: a system mention matches a gold mention of the same document when they
 * end on the same token and overlap (the last token of a name is its head: "Air Force" matches
 * "US Air Force"), exact spans first, each mention matched once. Only matched mentions are scored,
 * so the figures measure the grouping, not recognition; how many gold mentions were matched is
 * reported beside them.
 */
public final class CorefScorer {
    /** One matched mention: its document, gold instance and system entity. */
    record Matched(String doc, String gold, String system) {}

    private final List<Matched> matched = new ArrayList<>();
    private int goldMentions;

    /** Adds one document: its gold mentions, and the system's mentions with their article-level IRIs. */
    public void add(MeantimeDocument doc, List<ProductCoref.SystemMention> system) {
        goldMentions += doc.mentions().size();
        boolean[] used = new boolean[system.size()];
        List<MeantimeDocument.Mention> unmatched = new ArrayList<>();
        for (MeantimeDocument.Mention g : doc.mentions()) {
            int exact = find(system, used, g, true);
            if (exact >= 0) {
                used[exact] = true;
                matched.add(new Matched(doc.id(), g.instance(), system.get(exact).iri()));
            } else {
                unmatched.add(g);
            }
        }
        for (MeantimeDocument.Mention g : unmatched) {
            int head = find(system, used, g, false);
            if (head >= 0) {
                used[head] = true;
                matched.add(new Matched(doc.id(), g.instance(), system.get(head).iri()));
            }
        }
    }

    private static int find(List<ProductCoref.SystemMention> system, boolean[] used, MeantimeDocument.Mention g, boolean exact) {
        for (int i = 0; i < system.size(); i++) {
            ProductCoref.SystemMention s = system.get(i);
            if (!used[i] && s.last() == g.last() && (exact ? s.first() == g.first() : s.first() <= g.last() && g.first() <= s.last())) {
                return i;
            }
        }
        return -1;
    }

    /** The gold entity most matched mentions of these system IRIs refer to (ties: the first in order), if any. */
    public Optional<String> goldOf(Set<String> iris) {
        Map<String, Integer> counts = new TreeMap<>();
        matched.stream().filter(m -> iris.contains(m.system())).forEach(m -> counts.merge(m.gold(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** Scores with system entities mapped by {@code entityOf} (the identity: article-level IRIs only). */
    public Scores score(UnaryOperator<String> entityOf) {
        Map<String, List<Matched>> byGold = new HashMap<>();
        Map<String, List<Matched>> bySystem = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (Matched m : matched) {
            String sys = entityOf.apply(m.system());
            byGold.computeIfAbsent(m.gold(), k -> new ArrayList<>()).add(m);
            bySystem.computeIfAbsent(sys, k -> new ArrayList<>()).add(m);
            both.merge(m.gold() + "\u0000" + sys, 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (Matched m : matched) {
            String sys = entityOf.apply(m.system());
            int common = both.get(m.gold() + "\u0000" + sys);
            p += (double) common / bySystem.get(sys).size();
            r += (double) common / byGold.get(m.gold()).size();
        }
        int n = matched.size();
        long goldPairs = crossPairs(byGold.values());
        long systemPairs = crossPairs(bySystem.values());
        long correctPairs = 0;
        for (List<Matched> cluster : bySystem.values()) {
            Map<String, List<Matched>> split = new HashMap<>();
            cluster.forEach(m -> split.computeIfAbsent(m.gold(), k -> new ArrayList<>()).add(m));
            correctPairs += crossPairs(split.values());
        }
        return new Scores(goldMentions, n, n == 0 ? 0 : p / n, n == 0 ? 0 : r / n,
                systemPairs == 0 ? 0 : (double) correctPairs / systemPairs, goldPairs == 0 ? 0 : (double) correctPairs / goldPairs,
                byGold.size(), bySystem.size());
    }

    /** Pairs of mentions of one cluster that are in different documents. */
    private static long crossPairs(Iterable<List<Matched>> clusters) {
        long pairs = 0;
        for (List<Matched> c : clusters) {
            Map<String, Integer> perDoc = new HashMap<>();
            c.forEach(m -> perDoc.merge(m.doc(), 1, Integer::sum));
            long all = (long) c.size() * (c.size() - 1) / 2;
            long sameDoc = perDoc.values().stream().mapToLong(k -> (long) k * (k - 1) / 2).sum();
            pairs += all - sameDoc;
        }
        return pairs;
    }

    /**
     * @param goldMentions   gold mentions of people, organisations and places
     * @param matched        of those, the ones the system found (the scored set)
     * @param b3Precision    B-cubed precision over the matched mentions
     * @param b3Recall       B-cubed recall
     * @param crossPrecision of the system's pairs of mentions in different documents, the share gold also pairs
     * @param crossRecall    of gold's pairs of mentions in different documents, the share the system pairs
     * @param goldEntities   gold entities among the matched mentions
     * @param systemEntities system entities among them
     */
    public record Scores(int goldMentions, int matched, double b3Precision, double b3Recall, double crossPrecision,
            double crossRecall, int goldEntities, int systemEntities) {
        public double b3F1() {
            return f1(b3Precision, b3Recall);
        }

        public double crossF1() {
            return f1(crossPrecision, crossRecall);
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** One table row: B-cubed, then cross-document pairs, each precision/recall/F1 in percent. */
        public String row(String label) {
            return String.format(Locale.ROOT, "%-28s %6.2f %6.2f %6.2f   %6.2f %6.2f %6.2f   %6d", label, 100 * b3Precision,
                    100 * b3Recall, 100 * b3F1(), 100 * crossPrecision, 100 * crossRecall, 100 * crossF1(), systemEntities);
        }
    }
}
