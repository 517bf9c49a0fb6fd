package org.newskg.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a TIMEX3 value lies on the calendar: its first moment, the first moment after it, its precision,
 * and a UTC offset when the value states one. Values without a fixed place (durations, sets, "XXXX-05",
 * PAST_REF) have none.
 *
 * @param begin     first moment covered
 * @param end       first moment after (exclusive)
 * @param precision the calendar unit of the value
 * @param offset    the value's own UTC offset ("2023-05-24T17:00-0500")
 */
record CalendarPosition(LocalDateTime begin, LocalDateTime end, Precision precision, Optional<ZoneOffset> offset) {

    private static final Pattern TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})(?::(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern PART_OF_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(?:MO|MI|AF|EV|NI|DT)");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})");

    /** The position of a TIMEX3 value, empty when it has none or is not a valid date. */
    static Optional<CalendarPosition> of(String value) {
        try {
            return Optional.ofNullable(read(value));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // "2023-02-30": SUTime arithmetic gone wrong; no place on the calendar
        }
    }

    private static CalendarPosition read(String value) {
        Matcher m;
        if ((m = TIME.matcher(value)).matches()) {
            LocalDate day = date(m);
            int hour = Integer.parseInt(m.group(4));
            Precision p = m.group(6) != null ? Precision.SECOND : m.group(5) != null ? Precision.MINUTE : Precision.HOUR;
            LocalDateTime begin = day.atTime(LocalTime.of(hour == 24 ? 0 : hour,
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6))));
            if (hour == 24) {
                begin = begin.plusDays(1);
            }
            LocalDateTime end = switch (p) {
                case SECOND -> begin.plusSeconds(1);
                case MINUTE -> begin.plusMinutes(1);
                default -> begin.plusHours(1);
            };
            Optional<ZoneOffset> offset = Optional.ofNullable(m.group(7)).map(CalendarPosition::offset);
            return new CalendarPosition(begin, end, p, offset);
        }
        if ((m = PART_OF_DAY.matcher(value)).matches() || (m = DAY.matcher(value)).matches()) {
            LocalDate day = date(m);
            return days(day, day.plusDays(1), Precision.DAY);
        }
        if ((m = WEEK.matcher(value)).matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return m.group(3) == null ? days(monday, monday.plusWeeks(1), Precision.WEEK)
                    : days(monday.plusDays(5), monday.plusDays(7), Precision.DAY);
        }
        if ((m = MONTH.matcher(value)).matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            return days(first, first.plusMonths(1), Precision.MONTH);
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
            return days(first, first.plusMonths(3), Precision.QUARTER);
        }
        if ((m = HALF.matcher(value)).matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), 6 * Integer.parseInt(m.group(2)) - 5, 1);
            return days(first, first.plusMonths(6), Precision.HALF_YEAR);
        }
        if ((m = SEASON.matcher(value)).matches()) {
            // Meteorological seasons of the northern hemisphere; winter starts in December of the year before.
            int year = Integer.parseInt(m.group(1));
            LocalDate first = switch (m.group(2)) {
                case "SP" -> LocalDate.of(year, 3, 1);
                case "SU" -> LocalDate.of(year, 6, 1);
                case "FA" -> LocalDate.of(year, 9, 1);
                default -> LocalDate.of(year - 1, 12, 1);
            };
            return days(first, first.plusMonths(3), Precision.SEASON);
        }
        if ((m = YEAR.matcher(value)).matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
            return days(first, first.plusYears(1), Precision.YEAR);
        }
        if ((m = DECADE.matcher(value)).matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)) * 10, 1, 1);
            return days(first, first.plusYears(10), Precision.DECADE);
        }
        if ((m = CENTURY.matcher(value)).matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)) * 100, 1, 1);
            return days(first, first.plusYears(100), Precision.CENTURY);
        }
        return null;
    }

    private static LocalDate date(Matcher m) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static CalendarPosition days(LocalDate first, LocalDate after, Precision precision) {
        return new CalendarPosition(first.atStartOfDay(), after.atStartOfDay(), precision, Optional.empty());
    }

    private static ZoneOffset offset(String text) {
        if (text.length() == 5) {
            text = text.substring(0, 3) + ":" + text.substring(3);
        }
        return ZoneOffset.of(text);
    }
}
