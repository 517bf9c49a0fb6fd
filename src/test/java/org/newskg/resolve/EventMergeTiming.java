package org.newskg.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.newskg.extract.EventTime;

/**
 * How event merging's time grows with the number of accounts, blocked against all pairs, on
 * synthetic accounts (not a test; run by hand, figures go to docs/PERFORMANCE.md):
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.newskg.resolve.EventMergeTiming 10000,100000 20000
 * </pre>
 * The first argument lists the sizes merged by blocks, the second the largest size also merged by
 * comparing all pairs (the two results are checked equal). Accounts: 12 kinds, three years of days
 * (a quarter undated, a fifth of the dated by month or year), places and participants drawn with a
 * skew (a few hubs named often), three accounts an article on average.
 */
public final class EventMergeTiming {
    private static final String[] KINDS = {"Summit", "Meeting", "Talks", "Visit", "Election", "Opening", "Signing",
        "PressConference", "Session", "Protest", "Strike", "Trial"};
    private static final String[] WORDS = {"energy", "trade", "security", "climate", "budget", "health", "defence", "water"};

    private EventMergeTiming() {}

    public static void main(String[] args) {
        int allPairsUpTo = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        EventMerger merger = new EventMerger();
        for (String size : args[0].split(",")) {
            int n = Integer.parseInt(size.strip());
            List<StoredEvent> accounts = accounts(new Random(18), n);
            long t = System.nanoTime();
            List<MergedEvent> blocked = merger.merge(accounts, UnaryOperator.identity());
            double blockedS = (System.nanoTime() - t) / 1e9;
            int largest = EventMerger.blocks(accounts, UnaryOperator.identity()).stream().mapToInt(List::size).max().orElse(0);
            String allPairs = "";
            if (n <= allPairsUpTo) {
                t = System.nanoTime();
                List<MergedEvent> all = merger.mergeAllPairs(accounts, UnaryOperator.identity());
                allPairs = String.format(Locale.ROOT, "; all pairs %.2f s (%s)", (System.nanoTime() - t) / 1e9,
                        all.equals(blocked) ? "same events" : "DIFFERENT EVENTS");
            }
            System.out.printf(Locale.ROOT, "%d accounts: %d events, largest block %d; blocked %.2f s%s%n", n, blocked.size(),
                    largest, blockedS, allPairs);
        }
    }

    static List<StoredEvent> accounts(Random r, int n) {
        int places = Math.max(10, n / 20);
        int actors = Math.max(10, n / 10);
        List<StoredEvent> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            LocalDate day = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(3 * 365));
            EventTime time = switch (r.nextInt(20)) {
                case 0, 1, 2, 3, 4 -> null;
                case 5, 6, 7 -> new EventTime(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()),
                        EventTime.Precision.MONTH, "month");
                case 8 -> new EventTime(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()), EventTime.Precision.YEAR, "year");
                default -> new EventTime(day, day.plusDays(r.nextInt(3)), EventTime.Precision.DAY, "day");
            };
            List<String> at = r.nextInt(3) == 0 ? List.of() : List.of("place/" + skewed(r, places));
            List<StoredEvent.Participation> who = new ArrayList<>();
            for (int p = r.nextInt(3); p > 0; p--) {
                who.add(new StoredEvent.Participation("actor/" + skewed(r, actors), "Attendee"));
            }
            String kind = KINDS[r.nextInt(KINDS.length)];
            String label = (r.nextBoolean() ? WORDS[r.nextInt(WORDS.length)] + " " : "") + kind.toLowerCase(Locale.ROOT);
            String published = r.nextInt(10) == 0 ? null : day.plusDays(r.nextInt(30) - 10).toString();
            out.add(new StoredEvent("m/" + k, "a/" + r.nextInt(n / 3 + 1), kind, label, Optional.ofNullable(time), at, who,
                    r.nextBoolean(), Optional.ofNullable(published), List.of(), ""));
        }
        return out;
    }

    /** 0 .. bound-1, small numbers far more often (a few hubs, a long tail). */
    private static int skewed(Random r, int bound) {
        return (int) Math.min(bound - 1, Math.floor(Math.pow(bound, r.nextDouble())) - 1);
    }
}
