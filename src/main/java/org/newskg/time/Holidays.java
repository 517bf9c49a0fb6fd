package org.newskg.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "was found on Thanksgiving Day" in a January paper is the Thanksgiving before, "will close on Christmas" in a
 * November paper the coming one: a holiday placed by the tense of its verb (holidays.tsv). SUTime takes the
 * publication year's.
 */
final class Holidays {
    /** A row of holidays.tsv: the name, its month, and a day of the month or the n-th ("last") weekday. */
    private record Holiday(Pattern name, int month, int day, int nth, DayOfWeek weekday) {
        static Holiday of(String line) {
            String[] r = line.split("\t");
            if (r.length != 3) {
                throw new IllegalStateException("holidays.tsv: a row needs a name, a month and a day: " + line);
            }
            String[] day = r[2].strip().split(" ");
            int month = Integer.parseInt(r[1].strip());
            if (day.length == 1) {
                return new Holiday(Pattern.compile(r[0].strip()), month, Integer.parseInt(day[0]), 0, null);
            }
            int nth = day[0].equals("last") ? -1 : Integer.parseInt(day[0]);
            return new Holiday(Pattern.compile(r[0].strip()), month, 0, nth,
                    DayOfWeek.valueOf(day[1].toUpperCase(Locale.ROOT)));
        }

        LocalDate in(int year) {
            LocalDate first = LocalDate.of(year, month, 1);
            if (weekday == null) {
                return first.withDayOfMonth(day);
            }
            return nth < 0 ? first.with(TemporalAdjusters.lastInMonth(weekday))
                    : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
        }
    }

    private static final List<Holiday> HOLIDAYS = TimeNormalizer.lines("holidays.tsv").stream().map(Holiday::of).toList();

    private Holidays() {}

    /**
     * The holiday the words name, the last one up to publication in a past sentence, the next one from it in a future
     * one; empty when the words name none or the tense does not tell.
     */
    static Optional<LocalDate> place(String words, LocalDate published, Tense tense) {
        if (tense != Tense.PAST && tense != Tense.FUTURE) {
            return Optional.empty();
        }
        for (Holiday h : HOLIDAYS) {
            if (!h.name().matcher(words).matches()) {
                continue;
            }
            LocalDate same = h.in(published.getYear());
            if (tense == Tense.PAST) {
                return Optional.of(same.isAfter(published) ? h.in(published.getYear() - 1) : same);
            }
            return Optional.of(same.isBefore(published) ? h.in(published.getYear() + 1) : same);
        }
        return Optional.empty();
    }
}
