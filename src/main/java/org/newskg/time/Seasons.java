package org.newskg.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "this spring", "last autumn", "in the summer": a season placed against the publication date by the word
 * before it (relative-words.tsv) or, bare, by the tense of its verb; SUTime reads each of these as the season
 * of the publication year whatever the words and verb. Seasons are counted on one line (winter, spring,
 * summer, autumn of each year), so "last" and "next" are one step back or forward from the season under way.
 */
final class Seasons {
    /** Season codes in the order a TIMEX3 year holds them: the winter that ends in its February comes first. */
    private static final List<String> ORDER = List.of("WI", "SP", "SU", "FA");
    private static final Map<String, String> CODES = table("seasons.tsv");
    private static final Map<String, String> DIRECTIONS = table("relative-words.tsv");
    /** Words that do not move a season: "the", "early" and "late" (a TIMEX3 says those with its mod). */
    private static final java.util.Set<String> NEUTRAL = java.util.Set.of("the", "early", "late", "mid", "in", "during", "of");

    private Seasons() {}

    /** The season the words name, placed; empty when they name none or say the year themselves ("spring 2009"). */
    static Optional<String> place(String words, LocalDate published, Tense tense) {
        List<String> w = new java.util.ArrayList<>(List.of(words.strip().toLowerCase(Locale.ROOT).split("[\\s-]+")));
        w.removeIf(NEUTRAL::contains);
        String code = w.isEmpty() ? null : CODES.get(w.get(w.size() - 1));
        String direction = w.size() == 1 ? "bare" : w.size() == 2 ? DIRECTIONS.get(w.get(0)) : null;
        if (code == null || direction == null) {
            return Optional.empty();
        }
        int now = number(published);
        int target = ORDER.indexOf(code);
        int begun = now - Math.floorMod(now - target, 4); // the latest such season begun by publication
        int next = begun == now ? now + 4 : begun + 4;
        int placed = switch (direction) {
            // "last spring" is the spring of the year before, even said in October (as TimeBank writes it);
            // "last winter" the latest winter over, since a winter straddles two years
            case "last" -> code.equals("WI") ? (begun == now ? now - 4 : begun) : (Math.floorDiv(now, 4) - 1) * 4 + target;
            case "next" -> next;
            // "this winter" said in November is the coming one; a bare season goes by its verb, else the nearer
            default -> begun == now ? now
                    : direction.equals("bare") && tense == Tense.PAST ? begun
                    : direction.equals("bare") && tense == Tense.FUTURE ? next
                    : now - begun < next - now || now - begun == next - now && tense != Tense.FUTURE ? begun : next;
        };
        return Optional.of(Math.floorDiv(placed, 4) + "-" + ORDER.get(Math.floorMod(placed, 4)));
    }

    /** The direction of a relative word ("last", "next", "this"), null when it is none (relative-words.tsv). */
    static String direction(String word) {
        return DIRECTIONS.get(word.toLowerCase(Locale.ROOT));
    }

    /** A day's season on the line of seasons: year * 4 + its index in {@link #ORDER}. */
    private static int number(LocalDate day) {
        int month = day.getMonthValue();
        if (month == 12) {
            return (day.getYear() + 1) * 4; // December opens next year's winter
        }
        return day.getYear() * 4 + (month <= 2 ? 0 : month <= 5 ? 1 : month <= 8 ? 2 : 3);
    }

    private static Map<String, String> table(String resource) {
        try (InputStream in = Seasons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException(resource + ": a row needs two columns: " + line);
                }
                out.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
