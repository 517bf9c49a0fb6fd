package org.newskg.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newskg.core.Span;

/**
 * Scores system attributions against gold ones, article by article; records in, numbers out.
 *
 * <p>Contents are compared on their <em>letters and digits</em> only: the set of character
 * offsets inside the spans that hold a letter or digit. So quotation marks, punctuation and
 * spaces at the edges do not matter (PolNeAR's content of a direct quote includes its quotation
 * marks and the comma before the cue, newskg's does not), while a discontinuous gold content
 * ("“A,” she said. “B.”") equals a system content only if the system leaves out the words in
 * between as well. The overlap of two contents is the F1 of their letter sets,
 * {@code 2 |S ∩ G| / (|S| + |G|)}.
 *
 * <p>Three matchings, each one-to-one (every gold and every system attribution used at most
 * once), greedy from the largest overlap down (ties: gold, then system, in text order):
 * <ul>
 *   <li>exact: the same letter set;</li>
 *   <li>overlap: overlap F1 at least {@value #MIN_OVERLAP_F1};</li>
 *   <li>any overlap: at least one letter in common.</li>
 * </ul>
 * Precision = matched / system, recall = matched / gold. The overlap pairs also get the speaker
 * check: right when the system's speaker span shares a character with the gold source span.
 * A gold attribution is direct when each piece of its content is in quotation marks (opens
 * with one or just after one, and closes with one or just before one, give or take trailing
 * punctuation); a system attribution is direct when the system says so.
 */
public final class AttributionScorer {
    public static final double MIN_OVERLAP_F1 = 0.5;
    private static final String OPENING_QUOTES = "\"“‘«";
    private static final String CLOSING_QUOTES = "\"”’»";
    private static final String TRAILING_PUNCTUATION = ",.;:!?…";

    private AttributionScores total = AttributionScores.ZERO;

    public AttributionScores scores() {
        return total;
    }

    public AttributionComparison add(String text, List<GoldAttribution> gold, List<SystemAttribution> system) {
        List<BitSet> g = gold.stream().map(a -> letters(text, a.content())).toList();
        List<BitSet> s = system.stream().map(a -> letters(text, List.of(a.content()))).toList();
        double[][] f1 = new double[g.size()][s.size()];
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < s.size(); j++) {
                f1[i][j] = overlapF1(g.get(i), s.get(j));
            }
        }
        int[] exact = match(f1, g, s, Rule.EXACT);
        int[] overlap = match(f1, g, s, Rule.OVERLAP);
        int[] any = match(f1, g, s, Rule.ANY);

        boolean[] goldDirect = new boolean[g.size()];
        for (int i = 0; i < g.size(); i++) {
            goldDirect[i] = isDirect(text, gold.get(i).content());
        }
        boolean[] systemMatched = new boolean[s.size()];
        List<AttributionComparison.Match> matched = new ArrayList<>();
        List<AttributionComparison.Miss> missed = new ArrayList<>();
        int dGold = 0;
        int dGoldMatched = 0;
        int iGoldMatched = 0;
        int dSame = 0;
        int iSame = 0;
        int[] sources = new int[AttributionComparison.SourceCheck.values().length];
        for (int i = 0; i < g.size(); i++) {
            if (goldDirect[i]) {
                dGold++;
            }
            int j = overlap[i];
            if (j < 0) {
                int best = argMax(f1[i]);
                missed.add(new AttributionComparison.Miss(gold.get(i),
                        best < 0 ? Optional.empty() : Optional.of(system.get(best)), best < 0 ? 0.0 : f1[i][best]));
                continue;
            }
            systemMatched[j] = true;
            SystemAttribution sys = system.get(j);
            if (goldDirect[i]) {
                dGoldMatched++;
                dSame += sys.direct() ? 1 : 0;
            } else {
                iGoldMatched++;
                iSame += sys.direct() ? 0 : 1;
            }
            AttributionComparison.SourceCheck check = sourceCheck(gold.get(i), sys);
            sources[check.ordinal()]++;
            matched.add(new AttributionComparison.Match(gold.get(i), sys, f1[i][j], exact[i] == j, check));
        }
        List<AttributionComparison.Spurious> spurious = new ArrayList<>();
        int dSystem = 0;
        int dSystemMatched = 0;
        int iSystemMatched = 0;
        for (int j = 0; j < s.size(); j++) {
            boolean direct = system.get(j).direct();
            dSystem += direct ? 1 : 0;
            if (systemMatched[j]) {
                if (direct) {
                    dSystemMatched++;
                } else {
                    iSystemMatched++;
                }
                continue;
            }
            int best = -1;
            for (int i = 0; i < g.size(); i++) {
                if (f1[i][j] > 0 && (best < 0 || f1[i][j] > f1[best][j])) {
                    best = i;
                }
            }
            spurious.add(new AttributionComparison.Spurious(system.get(j),
                    best < 0 ? Optional.empty() : Optional.of(gold.get(best)), best < 0 ? 0.0 : f1[best][j]));
        }
        AttributionScores.Sources src = new AttributionScores.Sources(sources[0], sources[1], sources[2], sources[3], sources[4]);
        AttributionScores here = new AttributionScores(g.size(), s.size(), count(exact), count(overlap), count(any),
                new AttributionScores.ByType(dGold, dSystem, dGoldMatched, dSystemMatched, dSame),
                new AttributionScores.ByType(g.size() - dGold, s.size() - dSystem, iGoldMatched, iSystemMatched, iSame),
                src);
        total = total.plus(here);
        return new AttributionComparison(text, matched, missed, spurious);
    }

    private static AttributionComparison.SourceCheck sourceCheck(GoldAttribution gold, SystemAttribution sys) {
        if (gold.source().isEmpty()) {
            return sys.speaker().isPresent()
                    ? AttributionComparison.SourceCheck.GOLD_NONE_SYSTEM_SOME : AttributionComparison.SourceCheck.BOTH_NONE;
        }
        if (sys.speaker().isEmpty()) {
            return AttributionComparison.SourceCheck.NONE;
        }
        Span sp = sys.speaker().get();
        boolean overlaps = gold.source().stream().anyMatch(g -> g.begin() < sp.end() && sp.begin() < g.end());
        return overlaps ? AttributionComparison.SourceCheck.RIGHT : AttributionComparison.SourceCheck.WRONG;
    }

    private enum Rule { EXACT, OVERLAP, ANY }

    /** For each gold attribution, the index of its system match under the rule, or -1. */
    private static int[] match(double[][] f1, List<BitSet> g, List<BitSet> s, Rule rule) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < s.size(); j++) {
                boolean ok = switch (rule) {
                    case EXACT -> !g.get(i).isEmpty() && g.get(i).equals(s.get(j));
                    case OVERLAP -> f1[i][j] >= MIN_OVERLAP_F1;
                    case ANY -> f1[i][j] > 0;
                };
                if (ok) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingDouble(p -> -f1[p[0]][p[1]]).thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        int[] goldTo = new int[g.size()];
        java.util.Arrays.fill(goldTo, -1);
        boolean[] used = new boolean[s.size()];
        for (int[] p : pairs) {
            if (goldTo[p[0]] < 0 && !used[p[1]]) {
                goldTo[p[0]] = p[1];
                used[p[1]] = true;
            }
        }
        return goldTo;
    }

    private static int count(int[] goldTo) {
        int n = 0;
        for (int j : goldTo) {
            n += j >= 0 ? 1 : 0;
        }
        return n;
    }

    private static int argMax(double[] row) {
        int best = -1;
        for (int j = 0; j < row.length; j++) {
            if (row[j] > 0 && (best < 0 || row[j] > row[best])) {
                best = j;
            }
        }
        return best;
    }

    /** The offsets of the letters and digits inside some spans of a text. */
    static BitSet letters(String text, List<Span> spans) {
        BitSet out = new BitSet();
        for (Span sp : spans) {
            if (sp.end() > text.length()) {
                throw new IllegalArgumentException("span " + sp + " is outside the text (" + text.length() + " characters)");
            }
            for (int k = sp.begin(); k < sp.end(); k++) {
                if (Character.isLetterOrDigit(text.charAt(k))) {
                    out.set(k);
                }
            }
        }
        return out;
    }

    /** {@code 2 |a ∩ b| / (|a| + |b|)}, 0 when both are empty. */
    static double overlapF1(BitSet a, BitSet b) {
        int sizes = a.cardinality() + b.cardinality();
        if (sizes == 0) {
            return 0.0;
        }
        BitSet both = (BitSet) a.clone();
        both.and(b);
        return 2.0 * both.cardinality() / sizes;
    }

    /** Whether every piece of a content is in quotation marks, as a direct quote is. */
    public static boolean isDirect(String text, List<Span> content) {
        for (Span sp : content) {
            int b = sp.begin();
            int e = sp.end();
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (b == e) {
                continue;
            }
            boolean opens = OPENING_QUOTES.indexOf(text.charAt(b)) >= 0
                    || (b > 0 && OPENING_QUOTES.indexOf(text.charAt(b - 1)) >= 0);
            int last = e - 1;
            while (last > b && TRAILING_PUNCTUATION.indexOf(text.charAt(last)) >= 0) {
                last--;
            }
            int after = e;
            while (after < text.length() && TRAILING_PUNCTUATION.indexOf(text.charAt(after)) >= 0) {
                after++;
            }
            boolean closes = CLOSING_QUOTES.indexOf(text.charAt(last)) >= 0
                    || (after < text.length() && CLOSING_QUOTES.indexOf(text.charAt(after)) >= 0);
            if (!opens || !closes) {
                return false;
            }
        }
        return true;
    }
}
