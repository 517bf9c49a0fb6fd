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
    record Matched(String doc, String gold, String system, String words) {
        Matched(String doc, String gold, String system) {
            this(doc, gold, system, "");
        }
    }

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
                matched.add(new Matched(doc.id(), g.instance(), system.get(exact).iri(), words(doc, g)));
            } else {
                unmatched.add(g);
            }
        }
        for (MeantimeDocument.Mention g : unmatched) {
            int head = find(system, used, g, false);
            if (head >= 0) {
                used[head] = true;
                matched.add(new Matched(doc.id(), g.instance(), system.get(head).iri(), words(doc, g)));
            }
        }
    }

    private static String words(MeantimeDocument doc, MeantimeDocument.Mention g) {
        List<String> all = doc.sentences().stream().flatMap(List::stream).toList();
        return g.last() < all.size() ? String.join(" ", all.subList(g.first(), g.last() + 1)) : "";
    }

    /**
     * The within-document errors, one tab-separated line each: SPLIT (a gold chain over several
     * system entities) or MERGED (a system entity over several gold chains), the document, and the
     * groups of gold mention words.
     */
    public List<String> withinDocumentErrors() {
        Map<String, Map<String, List<String>>> goldToSystem = new java.util.LinkedHashMap<>();
        Map<String, Map<String, List<String>>> systemToGold = new java.util.LinkedHashMap<>();
        for (Matched m : matched) {
            goldToSystem.computeIfAbsent(m.doc() + "\t" + m.gold(), k -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(m.system(), k -> new ArrayList<>()).add(m.words());
            systemToGold.computeIfAbsent(m.doc() + "\t" + m.system(), k -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(m.gold(), k -> new ArrayList<>()).add(m.words());
        }
        List<String> out = new ArrayList<>();
        goldToSystem.forEach((k, parts) -> {
            if (parts.size() > 1) {
                out.add("SPLIT\t" + k.substring(0, k.indexOf('\t')) + "\t" + parts.values());
            }
        });
        systemToGold.forEach((k, parts) -> {
            if (parts.size() > 1) {
                out.add("MERGED\t" + k.substring(0, k.indexOf('\t')) + "\t" + parts.values());
            }
        });
        return out;
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

    /**
     * Scores within-document coreference: each document's gold chains against the system's entities of
     * that document (an article-level IRI counts apart in every document), B-cubed and MUC pooled over
     * the matched mentions of all documents.
     */
    public WithinScores scoreWithinDocuments() {
        Map<String, List<Matched>> byGold = new HashMap<>();
        Map<String, List<Matched>> bySystem = new HashMap<>();
        for (Matched m : matched) {
            byGold.computeIfAbsent(m.doc() + "\u0000" + m.gold(), k -> new ArrayList<>()).add(m);
            bySystem.computeIfAbsent(m.doc() + "\u0000" + m.system(), k -> new ArrayList<>()).add(m);
        }
        Map<Matched, String> goldOf = new java.util.IdentityHashMap<>();
        Map<Matched, String> systemOf = new java.util.IdentityHashMap<>();
        byGold.forEach((k, ms) -> ms.forEach(m -> goldOf.put(m, k)));
        bySystem.forEach((k, ms) -> ms.forEach(m -> systemOf.put(m, k)));
        double p = 0;
        double r = 0;
        for (Matched m : matched) {
            List<Matched> sys = bySystem.get(systemOf.get(m));
            List<Matched> gold = byGold.get(goldOf.get(m));
            long common = sys.stream().filter(o -> goldOf.get(o).equals(goldOf.get(m))).count();
            p += (double) common / sys.size();
            r += (double) common / gold.size();
        }
        int n = matched.size();
        return new WithinScores(n, n == 0 ? 0 : p / n, n == 0 ? 0 : r / n, muc(byGold.values(), systemOf),
                muc(bySystem.values(), goldOf), byGold.size(), bySystem.size());
    }

    /**
     * MUC recall of {@code key} chains against a {@code response} partition (precision: the other way
     * round): the links kept, sum of |K| - parts(K), over the links needed, sum of |K| - 1.
     */
    private static double muc(Iterable<List<Matched>> key, Map<Matched, String> response) {
        long kept = 0;
        long needed = 0;
        for (List<Matched> chain : key) {
            kept += chain.size() - chain.stream().map(response::get).distinct().count();
            needed += chain.size() - 1;
        }
        return needed == 0 ? 0 : (double) kept / needed;
    }

    /**
     * Within-document scores over the matched mentions.
     *
     * @param matched        matched mentions (the scored set)
     * @param goldChains     gold chains (entity per document) among them
     * @param systemEntities system entities per document among them
     */
    public record WithinScores(int matched, double b3Precision, double b3Recall, double mucRecall, double mucPrecision,
            int goldChains, int systemEntities) {
        public double b3F1() {
            return Scores.f1(b3Precision, b3Recall);
        }

        public double mucF1() {
            return Scores.f1(mucPrecision, mucRecall);
        }

        /** One table row: B-cubed, then MUC, each precision/recall/F1 in percent. */
        public String row(String label) {
            return String.format(Locale.ROOT, "%-28s %6.2f %6.2f %6.2f   %6.2f %6.2f %6.2f   %6d", label, 100 * b3Precision,
                    100 * b3Recall, 100 * b3F1(), 100 * mucPrecision, 100 * mucRecall, 100 * mucF1(), systemEntities);
        }
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

        static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** One table row: B-cubed, then cross-document pairs, each precision/recall/F1 in percent. */
        public String row(String label) {
            return String.format(Locale.ROOT, "%-28s %6.2f %6.2f %6.2f   %6.2f %6.2f %6.2f   %6d", label, 100 * b3Precision,
                    100 * b3Recall, 100 * b3F1(), 100 * crossPrecision, 100 * crossRecall, 100 * crossF1(), systemEntities);
        }
    }
}
