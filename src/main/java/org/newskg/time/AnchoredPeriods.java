package org.newskg.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.core.Span;

/**
 * "this year's third quarter", "the 1988 second quarter", "the current quarter", "the latest fiscal year",
 * "June last year", "early October this year":
 * periods placed by their own words against the publication date, which SUTime tags in pieces ("this year"
 * and "third quarter") or reads as the present. Patterns in anchored-periods.tsv.
 */
final class AnchoredPeriods {
    /** One match: its extent and value. */
    record Found(Span span, String value) {}

    private static final List<Pattern> PATTERNS = TimeNormalizer.patterns("anchored-periods.tsv");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");
    /** An ordinal's quarter: "the final quarter" is the fourth. */
    private static int quarter(String ordinal) {
        String o = ordinal.toLowerCase(Locale.ROOT);
        return o.equals("final") ? 4 : ORDINALS.indexOf(o) + 1;
    }

    private AnchoredPeriods() {}

    /** Every period the patterns find in the text, with its value. */
    static List<Found> find(String text, LocalDate published) {
        List<Found> out = new ArrayList<>();
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                value(m, published).ifPresent(v -> out.add(new Found(new Span(m.start(), m.end()), v)));
            }
        }
        return out;
    }

    private static Optional<String> value(Matcher m, LocalDate published) {
        String rel = group(m, "rel");
        String direction = rel == null ? null : Seasons.direction(rel);
        int year;
        if (group(m, "year") != null) {
            year = Integer.parseInt(group(m, "year"));
        } else if (direction != null) {
            year = published.getYear() + (direction.equals("last") ? -1 : direction.equals("next") ? 1 : 0);
        } else {
            return Optional.empty();
        }
        String month = group(m, "month");
        if (month != null) {
            return Optional.of(String.format(Locale.ROOT, "%04d-%02d", year, Underspecified.monthNumber(month)));
        }
        String q = group(m, "q");
        if (q != null) {
            return Optional.of(year + "-Q" + quarter(q));
        }
        String unit = group(m, "unit");
        if (unit == null || direction == null) {
            return Optional.empty();
        }
        boolean quarter = unit.equalsIgnoreCase("quarter");
        if (direction.equals("last")) {
            return Optional.of(quarter ? Underspecified.lastCompletedQuarter(published) : Integer.toString(year));
        }
        return Optional.of(quarter ? published.getYear() + "-Q" + ((published.getMonthValue() - 1) / 3 + 1)
                : Integer.toString(year));
    }

    /** A named group's text, null when the pattern has no such group or it did not take part. */
    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
