package org.newskg.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.core.Span;
import org.newskg.nlp.TimeExpression;

/**
 * "noon Thursday", "5 p.m. EST Nov. 9", "12:00 UTC Monday": a clock time followed by its day is one TIMEX3 of type
 * TIME, the day's date with the time's hour. SUTime tags the two apart, the day as a second expression.
 */
final class TimeAndDay {
    /** A value with a clock time: "T12:00", "1998-02-12T17:00-0500". */
    private static final Pattern CLOCK = Pattern.compile("T\\d{2}.*");
    private static final Pattern DATE_PART = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T.*)?");
    /** Only spaces or one comma between the time and its day. */
    private static final Pattern BETWEEN = Pattern.compile("\\s*,?\\s+");
    /** "3 pm GMT on" (Friday): a preposition SUTime leaves at the time's end keeps the day apart. */
    private static final Pattern ENDS_IN_PREPOSITION = Pattern.compile("(?i).*\\b(?:on|at|of|by|from|to|and)$");

    /** Words of a clock time: a number, "noon", "midnight" (not a stray comma SUTime gave a time). */
    private static final Pattern CLOCK_WORDS = Pattern.compile("(?i).*(?:\\d|\\bnoon\\b|\\bmidnight\\b).*");

    private TimeAndDay() {}

    static List<TimeExpression> join(String text, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression te : times) {
            TimeExpression last = out.isEmpty() ? null : out.get(out.size() - 1);
            TimeExpression joined = last == null ? null : joined(text, last, te);
            if (joined != null) {
                out.set(out.size() - 1, joined);
            } else {
                out.add(te);
            }
        }
        return out;
    }

    /** The time and the day as one expression, null when they are not a time right before its day. */
    private static TimeExpression joined(String text, TimeExpression time, TimeExpression day) {
        int t = time.value().indexOf('T');
        Matcher date = DATE_PART.matcher(day.value());
        if (!time.type().equals("TIME") || t < 0 || !CLOCK_WORDS.matcher(time.text()).matches() || !CLOCK.matcher(time.value().substring(t)).matches()
                || !day.type().equals("DATE") || !date.matches() || time.span().end() > day.span().begin()
                || ENDS_IN_PREPOSITION.matcher(time.text()).matches()
                || !BETWEEN.matcher(text.substring(time.span().end(), day.span().begin())).matches()) {
            return null;
        }
        Span span = new Span(time.span().begin(), day.span().end());
        return new TimeExpression(span.of(text), span, "TIME", date.group(1) + time.value().substring(t),
                time.sentence(), time.relative());
    }
}
