package org.newskg.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.newskg.core.Span;

/**
 * A time expression of an article, normalised against the article's publication date: what the words
 * say, as a TIMEX3 type and value, and where that lies on the calendar.
 *
 * @param text      the exact words ("on Wednesday", "July 11 and 12")
 * @param span      their characters in the cleaned text
 * @param sentence  index of the sentence that holds them
 * @param type      TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value     TIMEX3 value ("2023-05-24", "2023-W21", "P3Y", "199"); a range joins two values with
 *                  "/" as ISO 8601 does ("2023-07-11/2023-07-12"); empty when the words could not be
 *                  resolved (a relative expression in an article whose publication date is unknown)
 * @param begin     the first moment the value covers, when it has a place on the calendar
 * @param end       the first moment after it (exclusive): a day runs from its midnight to the next
 * @param precision the calendar unit of the value (of each end, for a range)
 * @param offset    the UTC offset, when the words or the value state a time zone ("5 pm EST")
 * @param anchored  false when the words are relative ("yesterday", "on Wednesday") and there was no
 *                  publication date to resolve them against; the value is then empty or partial
 *                  ("XXXX-WXX-3") and begin/end are empty
 */
public record TimeValue(String text, Span span, int sentence, String type, String value,
        Optional<LocalDateTime> begin, Optional<LocalDateTime> end, Optional<Precision> precision,
        Optional<ZoneOffset> offset, boolean anchored) {

    public TimeValue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(offset, "offset");
        if (begin.isPresent() != end.isPresent() || begin.isPresent() && !end.get().isAfter(begin.get())) {
            throw new IllegalArgumentException("bad interval " + begin + " .. " + end + " for '" + text + "'");
        }
    }

    /** A range of two values ("from Monday to Wednesday", "July 11 and 12"). */
    public boolean isRange() {
        return value.contains("/");
    }

    /** Whether it has a place on the calendar (a date or a time, resolved; not a duration or a set). */
    public boolean onCalendar() {
        return begin.isPresent();
    }

    /** The one day it names, when it names a single day or a time within one ("on Wednesday", "at 5 pm"). */
    public Optional<LocalDate> day() {
        if (begin.isEmpty() || isRange() || precision.filter(Precision::dayOrFiner).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(begin.get().toLocalDate());
    }

    /** The first day it covers. */
    public Optional<LocalDate> firstDay() {
        return begin.map(LocalDateTime::toLocalDate);
    }

    /** The last day it covers (the day of the last moment before its end). */
    public Optional<LocalDate> lastDay() {
        return end.map(e -> e.minusNanos(1).toLocalDate());
    }
}
