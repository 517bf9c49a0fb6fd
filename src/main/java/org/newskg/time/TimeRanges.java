package org.newskg.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newskg.core.Span;

/**
 * Joins the two ends of a range into one value: "from Monday to Wednesday", "between 3 pm and 5 pm",
 * "2019-2021", and "July 11 and 12" (two days in a row). TIMEX3 annotates the ends apart; the graph keeps
 * the range as one interval from the first moment of its first end to the end of its last.
 */
final class TimeRanges {

    /** Words that make two times one range whatever they are: "to", "until", a dash. */
    private static final Pattern RANGE_WORDS = Pattern.compile("\\s*(?:to|through|thru|until|till|-|\u2013|\u2014)\\s*");
    /** "and" makes a range only after "between", or between neighbours ("July 11 and 12"). */
    private static final Pattern AND = Pattern.compile("\\s*and\\s*");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\bbetween\\s*$");

    private TimeRanges() {
    }

    static List<TimeValue> join(String text, List<TimeValue> values) {
        List<TimeValue> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            TimeValue a = values.get(i);
            if (i + 1 < values.size()) {
                Optional<TimeValue> range = range(text, a, values.get(i + 1));
                if (range.isPresent()) {
                    out.add(range.get());
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static Optional<TimeValue> range(String text, TimeValue a, TimeValue b) {
        if (!a.onCalendar() || !b.onCalendar() || a.isRange() || b.isRange() || !a.type().equals(b.type())
                || a.sentence() != b.sentence() || a.span().end() > b.span().begin()
                || b.begin().get().isBefore(a.begin().get())) {
            return Optional.empty();
        }
        String between = text.substring(a.span().end(), b.span().begin());
        boolean joined = RANGE_WORDS.matcher(between).matches()
                || AND.matcher(between).matches()
                        && (BETWEEN_BEFORE.matcher(text.substring(Math.max(0, a.span().begin() - 12), a.span().begin())).find()
                                || a.end().equals(b.begin()));
        if (!joined) {
            return Optional.empty();
        }
        Span span = new Span(a.span().begin(), b.span().end());
        Precision precision = a.precision().get().compareTo(b.precision().get()) >= 0 ? a.precision().get() : b.precision().get();
        return Optional.of(new TimeValue(span.of(text), span, a.sentence(), a.type(), a.value() + "/" + b.value(),
                a.begin(), b.end(), Optional.of(precision), b.offset().or(a::offset), a.anchored() && b.anchored()));
    }
}
