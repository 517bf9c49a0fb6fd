package org.newskg.extract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.newskg.time.TimeValue;

/**
 * When an event takes place: a day, a month or a year, or a range of them. {@code begin} and
 * {@code end} are the first and last day covered (July 2023 is 1 to 31 July), so two times can be
 * compared by overlap whatever their precision.
 *
 * @param begin     first day
 * @param end       last day (equal to begin for one day)
 * @param precision the unit the article states it in
 * @param evidence  the words it was read from ("on July 11 and 12")
 * @param value     the article's time value it was read from, when it comes from the text (not when read back from the store)
 */
public record EventTime(LocalDate begin, LocalDate end, Precision precision, String evidence, Optional<TimeValue> value) {
    /** The unit of a stated time; written as OWL-Time's time:unitDay, unitMonth, unitYear. */
    public enum Precision { DAY, MONTH, YEAR }

    public EventTime {
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(evidence, "evidence");
        value = value == null ? Optional.empty() : value;
        if (end.isBefore(begin)) {
            throw new IllegalArgumentException("time ends before it begins: " + begin + " " + end);
        }
    }

    public EventTime(LocalDate begin, LocalDate end, Precision precision, String evidence) {
        this(begin, end, precision, evidence, Optional.empty());
    }

    /** Whether it is one day, month or year rather than a range of them. */
    public boolean isInstant() {
        return switch (precision) {
            case DAY -> begin.equals(end);
            case MONTH -> begin.withDayOfMonth(1).equals(end.withDayOfMonth(1));
            case YEAR -> begin.getYear() == end.getYear();
        };
    }

    public boolean overlaps(EventTime other) {
        return !begin.isAfter(other.end) && !other.begin.isAfter(end);
    }
}
