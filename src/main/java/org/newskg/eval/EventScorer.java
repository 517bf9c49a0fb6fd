package org.newskg.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newskg.extract.EventTime;
import org.newskg.resolve.MergedEvent;

/**
 * Scores newskg's events against MEANTIME's event mentions.
 *
 * <ul>
 *   <li><b>Mentions</b>: a system event is right when its trigger (the last word of the words that
 *       name it) lies in a gold event mention; only events in the sentences MEANTIME annotates fully
 *       ({@link MeantimeEvents#ANNOTATED_SENTENCES}) count. Recall is over the gold mentions there
 *       whose predicate is a word newskg names events of its kinds with ({@code triggers}).</li>
 *   <li><b>Arguments</b> of the matched events: a participant or place is right when one of its
 *       mentions shares a token with a gold participant (a person, organisation or place) of the
 *       matched gold mention; a place is checked against the gold participants that are places.</li>
 *   <li><b>Times</b> of the matched events: right when the days equal those of a TIMEX3 the gold
 *       mention is anchored to (TLINK includes, during, simultaneous ...); judged only where the gold
 *       mention is anchored to a time.</li>
 *   <li><b>Cross-document coreference</b>: B-cubed over the matched events in any sentence, gold
 *       clusters by MEANTIME's instance, system clusters by the events the merger makes.</li>
 * </ul>
 */
public final class EventScorer {
    private final Set<String> triggers;
    private final Map<String, int[]> byKind = new TreeMap<>(); // kind -> {system, right}
    private int goldModelled;
    private int goldFound;
    private final int[] args = new int[4]; // system, right, gold, found
    private final int[] places = new int[2]; // system, right
    private final int[] times = new int[4]; // system, right, gold (comparable), found
    private final Map<String, String> goldInstance = new HashMap<>(); // system mention -> gold instance
    private final List<String> lines = new ArrayList<>();

    /** @param triggers the predicates (lemmas) of the event kinds newskg models */
    public EventScorer(Set<String> triggers) {
        this.triggers = Set.copyOf(triggers);
    }

    public void add(MeantimeEvents gold, ProductEvents.Found found) {
        List<MeantimeEvents.Gold> foundGold = new ArrayList<>();
        for (ProductEvents.SystemEvent e : found.events()) {
            Optional<MeantimeEvents.Gold> g = gold.events().stream()
                    .filter(x -> x.first() <= e.trigger() && e.trigger() <= x.last()).findFirst();
            g.ifPresent(x -> goldInstance.put(e.stored().mention(), x.instance()));
            int sentence = sentenceOf(gold, e.trigger());
            if (sentence >= MeantimeEvents.ANNOTATED_SENTENCES) {
                continue;
            }
            int[] k = byKind.computeIfAbsent(e.event().kind().localName(), x -> new int[2]);
            k[0]++;
            k[1] += g.isPresent() ? 1 : 0;
            lines.add((g.isPresent() ? "right" : "WRONG") + "\t" + gold.id() + "\t" + e.event().kind().localName() + "\t"
                    + e.event().label() + "\t" + e.event().time().map(EventScorer::days).orElse("") + "\t"
                    + g.map(x -> x.pred() + " " + x.times()).orElse("") + "\t" + String.join(" ", gold.sentences().get(sentence)));
            if (g.isEmpty()) {
                continue;
            }
            foundGold.add(g.get());
            arguments(e, g.get());
            // A time is judged when the gold mention is anchored to one.
            e.event().time().filter(t -> !g.get().times().isEmpty()).ifPresent(t -> {
                times[0]++;
                times[1] += g.get().times().stream().map(EventScorer::range).flatMap(Optional::stream)
                        .anyMatch(r -> r[0].equals(t.begin()) && r[1].equals(t.end())) ? 1 : 0;
            });
            boolean comparable = g.get().times().stream().map(EventScorer::range).anyMatch(Optional::isPresent);
            if (comparable) {
                times[2]++;
                times[3] += e.event().time().isPresent() ? 1 : 0;
            }
        }
        for (MeantimeEvents.Gold g : gold.events()) {
            if (g.sentence() < MeantimeEvents.ANNOTATED_SENTENCES && triggers.contains(g.pred())) {
                goldModelled++;
                boolean hit = foundGold.contains(g);
                goldFound += hit ? 1 : 0;
                if (!hit) {
                    lines.add("MISSED\t" + gold.id() + "\t\t" + g.pred() + "\t\t" + g.times() + "\t"
                            + String.join(" ", gold.sentences().get(g.sentence())));
                }
            }
        }
    }

    private void arguments(ProductEvents.SystemEvent e, MeantimeEvents.Gold g) {
        for (ProductEvents.Arg a : e.args()) {
            boolean right = g.participants().stream().anyMatch(p -> overlaps(a, p));
            args[0]++;
            args[1] += right ? 1 : 0;
            if (a.place()) {
                places[0]++;
                places[1] += g.participants().stream().anyMatch(p -> p.type().equals("LOC") && overlaps(a, p)) ? 1 : 0;
            }
        }
        for (MeantimeEvents.Argument p : g.participants()) {
            args[2]++;
            args[3] += e.args().stream().anyMatch(a -> overlaps(a, p)) ? 1 : 0;
        }
    }

    private static boolean overlaps(ProductEvents.Arg a, MeantimeEvents.Argument p) {
        return a.mentions().stream().anyMatch(m -> m[0] <= p.last() && p.first() <= m[1]);
    }

    private static int sentenceOf(MeantimeEvents doc, int token) {
        int seen = 0;
        for (int s = 0; s < doc.sentences().size(); s++) {
            seen += doc.sentences().get(s).size();
            if (token < seen) {
                return s;
            }
        }
        return doc.sentences().size();
    }

    /** The first and last day of a TIMEX3 value that is a day, month or year. */
    static Optional<LocalDate[]> range(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}(T.*)?")) {
                LocalDate d = LocalDate.parse(value.substring(0, 10));
                return Optional.of(new LocalDate[] {d, d});
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                LocalDate d = LocalDate.parse(value + "-01");
                return Optional.of(new LocalDate[] {d, d.plusMonths(1).minusDays(1)});
            }
            if (value.matches("\\d{4}-(SP|SU|FA|WI)")) {
                // Meteorological seasons, as the product reads them; winter begins in December of the year before.
                int year = Integer.parseInt(value.substring(0, 4));
                LocalDate d = switch (value.substring(5)) {
                    case "SP" -> LocalDate.of(year, 3, 1);
                    case "SU" -> LocalDate.of(year, 6, 1);
                    case "FA" -> LocalDate.of(year, 9, 1);
                    default -> LocalDate.of(year - 1, 12, 1);
                };
                return Optional.of(new LocalDate[] {d, d.plusMonths(3).minusDays(1)});
            }
            if (value.matches("\\d{4}")) {
                LocalDate d = LocalDate.parse(value + "-01-01");
                return Optional.of(new LocalDate[] {d, d.plusYears(1).minusDays(1)});
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String days(EventTime t) {
        return t.begin().equals(t.end()) ? t.begin().toString() : t.begin() + ".." + t.end();
    }

    /** B-cubed precision, recall and F1 of system clusters against gold ones, over the matched mentions. */
    public double[] bcubed(List<MergedEvent> events) {
        Map<String, String> systemOf = new HashMap<>();
        for (MergedEvent e : events) {
            e.mentions().forEach(m -> systemOf.put(m.mention(), e.key()));
        }
        List<String[]> matched = new ArrayList<>(); // {gold, system}
        goldInstance.forEach((m, g) -> matched.add(new String[] {g, systemOf.getOrDefault(m, m)}));
        Map<String, Integer> gold = new HashMap<>();
        Map<String, Integer> system = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (String[] m : matched) {
            gold.merge(m[0], 1, Integer::sum);
            system.merge(m[1], 1, Integer::sum);
            both.merge(m[0] + "\u0000" + m[1], 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (String[] m : matched) {
            int common = both.get(m[0] + "\u0000" + m[1]);
            p += (double) common / system.get(m[1]);
            r += (double) common / gold.get(m[0]);
        }
        int n = matched.size();
        double bp = n == 0 ? 0 : p / n;
        double br = n == 0 ? 0 : r / n;
        return new double[] {bp, br, bp + br == 0 ? 0 : 2 * bp * br / (bp + br), n, gold.size(), system.size()};
    }

    /** The scores as a table. */
    public String render(List<MergedEvent> merged) {
        StringBuilder out = new StringBuilder();
        int sys = 0;
        int right = 0;
        out.append(String.format(Locale.ROOT, "%-18s %7s %7s %9s%n", "kind", "system", "right", "precision"));
        for (var e : byKind.entrySet()) {
            sys += e.getValue()[0];
            right += e.getValue()[1];
            out.append(String.format(Locale.ROOT, "%-18s %7d %7d %9s%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                    pct(e.getValue()[1], e.getValue()[0])));
        }
        out.append(String.format(Locale.ROOT, "%-18s %7d %7d %9s%n", "all", sys, right, pct(right, sys)));
        out.append(String.format(Locale.ROOT, "Gold mentions of the kinds modelled (predicate a trigger word): %d, found %d (recall %s)%n",
                goldModelled, goldFound, pct(goldFound, goldModelled)));
        out.append(String.format(Locale.ROOT, "Arguments of the matched events: precision %s (%d/%d), recall %s (%d/%d); places: precision %s (%d/%d)%n",
                pct(args[1], args[0]), args[1], args[0], pct(args[3], args[2]), args[3], args[2], pct(places[1], places[0]),
                places[1], places[0]));
        out.append(String.format(Locale.ROOT, "Times of the matched events: precision %s (%d/%d of those whose gold mention is anchored to a time), recall %s (%d/%d of the gold mentions anchored to a day, month, season or year)%n",
                pct(times[1], times[0]), times[1], times[0], pct(times[3], times[2]), times[3], times[2]));
        double[] alone = bcubed(List.of());
        double[] b = bcubed(merged);
        out.append(String.format(Locale.ROOT, "Event coreference over %d matched mentions (all sentences), %d gold events:%n", (int) b[3], (int) b[4]));
        out.append(String.format(Locale.ROOT, "  B-cubed each account alone:  P %.3f  R %.3f  F1 %.3f  (%d events)%n", alone[0], alone[1], alone[2], (int) alone[5]));
        out.append(String.format(Locale.ROOT, "  B-cubed merged (EventMerger): P %.3f  R %.3f  F1 %.3f  (%d events)%n", b[0], b[1], b[2], (int) b[5]));
        return out.toString();
    }

    /** One line per system event (right/WRONG) and per missed gold mention, tab-separated. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    private static String pct(int a, int b) {
        return b == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) a / b);
    }
}
