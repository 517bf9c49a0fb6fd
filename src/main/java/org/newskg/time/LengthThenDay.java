package org.newskg.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.core.Span;
import org.newskg.nlp.TimeExpression;

/**
 * "in over six years on Thursday": a length and a weekday SUTime tags as one expression without a value, split
 * into the length (DURATION P6Y) and the weekday (patterns in length-then-day.tsv); the weekday is then placed by
 * the tense rule like any bare weekday.
 */
final class LengthThenDay {
    private static final List<Pattern> PATTERNS = TimeNormalizer.patterns("length-then-day.tsv");
    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");

    private LengthThenDay() {}

    static List<TimeExpression> split(List<TimeExpression> times, LocalDate published) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression te : times) {
            out.addAll(te.value().isEmpty() ? pieces(te, published) : List.of(te));
        }
        return out;
    }

    private static List<TimeExpression> pieces(TimeExpression te, LocalDate published) {
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(te.text());
            if (!m.matches()) {
                continue;
            }
            int begin = te.span().begin();
            Span length = new Span(begin + m.start("length"), begin + m.end("length"));
            Span day = new Span(begin + m.start("day"), begin + m.end("day"));
            DayOfWeek weekday = DayOfWeek.valueOf(m.group("day").toUpperCase(Locale.ROOT));
            // a date of that weekday; the tense rule then places it before or after publication
            String date = published.with(TemporalAdjusters.nextOrSame(weekday)).toString();
            return List.of(new TimeExpression(m.group("length"), length, "DURATION", duration(m.group("n"), m.group("unit")),
                            te.sentence(), ""),
                    new TimeExpression(m.group("day"), day, "DATE", date, te.sentence(), ""));
        }
        return List.of(te);
    }

    /** "six", "years": P6Y; a decade is ten years, an hour a time (PT4H). */
    private static String duration(String number, String unit) {
        String n = number.toLowerCase(Locale.ROOT);
        int count = n.matches("\\d+") ? Integer.parseInt(n) : n.startsWith("a") ? 1 : NUMBERS.indexOf(n) + 1;
        String u = unit.toLowerCase(Locale.ROOT);
        return u.startsWith("hour") ? "PT" + count + "H"
                : u.startsWith("decade") ? "P" + count * 10 + "Y"
                : "P" + count + Character.toUpperCase(u.charAt(0));
    }
}
