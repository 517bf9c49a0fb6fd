package org.newskg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newskg.time.TimeValue;

/**
 * The gold TIMEX3s of one document against the system's time values, paired one to one as TempEval-3
 * pairs them: same extent first, then the largest overlap.
 *
 * @param pairs    gold and system values whose extents overlap
 * @param missed   gold TIMEX3s nothing overlaps
 * @param spurious system values that overlap no gold TIMEX3 left
 */
public record TimexComparison(List<Pair> pairs, List<TimemlDocument.Timex> missed, List<TimeValue> spurious) {

    /** A gold TIMEX3 and the system value paired with it. */
    public record Pair(TimemlDocument.Timex gold, TimeValue system) {
        public boolean strict() {
            return gold.span().equals(system.span());
        }

        public boolean sameValue() {
            return gold.value().equals(system.value());
        }

        public boolean sameType() {
            return gold.type().equals(system.type());
        }
    }

    public TimexComparison {
        pairs = List.copyOf(pairs);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    public static TimexComparison of(List<TimemlDocument.Timex> gold, List<TimeValue> system) {
        List<TimemlDocument.Timex> goldLeft = new ArrayList<>(gold);
        List<TimeValue> systemLeft = new ArrayList<>(system);
        List<Pair> pairs = new ArrayList<>();
        for (TimemlDocument.Timex g : gold) {
            systemLeft.stream().filter(s -> s.span().equals(g.span())).findFirst().ifPresent(s -> {
                pairs.add(new Pair(g, s));
                goldLeft.remove(g);
                systemLeft.remove(s);
            });
        }
        for (TimemlDocument.Timex g : List.copyOf(goldLeft)) {
            systemLeft.stream().filter(s -> s.span().overlaps(g.span()))
                    .max(Comparator.comparingInt(s -> overlap(s, g))).ifPresent(s -> {
                        pairs.add(new Pair(g, s));
                        goldLeft.remove(g);
                        systemLeft.remove(s);
                    });
        }
        pairs.sort(Comparator.comparingInt(p -> p.gold().span().begin()));
        return new TimexComparison(pairs, goldLeft, systemLeft);
    }

    private static int overlap(TimeValue s, TimemlDocument.Timex g) {
        return Math.min(s.span().end(), g.span().end()) - Math.max(s.span().begin(), g.span().begin());
    }

    public int gold() {
        return pairs.size() + missed.size();
    }

    public int system() {
        return pairs.size() + spurious.size();
    }
}
