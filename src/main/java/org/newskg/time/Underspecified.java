package org.newskg.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date the words give without its year or week ("on Friday", "in November", "Oct. 23"), placed by the
 * tense of its verb: in a past sentence the last such day up to the publication date, in a future one the
 * next from it. A weekday that is the publication day's own weekday is that day ("said on Wednesday" in a
 * Wednesday paper). A bare weekend ("over the weekend") is placed the same way. SUTime reads such dates
 * forwards or backwards without looking at the verb.
 */
final class Underspecified {
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\b\\.?");
    private static final Pattern MONTH = Pattern.compile(
            "(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
            + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?");
    /** Words that make the date relative to something else or say the year themselves. */
    private static final Pattern ANCHORING_WORDS = Pattern.compile(
            "(?i)\\b(?:next|last|this|coming|past|previous|following|ago|before|after|earlier|later|since|"
            + "yesterday|today|tomorrow|tonight|week|weeks|weekend|year|years|month)\\b|\\d{4}|'\\d\\d");
    private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern LAST_OR_NEXT_MONTH = Pattern.compile(
            "(?i)(last|next)\\s+(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|"
            + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?");
    /** "the weekend", "over the weekend": a weekend the words do not place themselves ("last", "next", "this"). */
    private static final Pattern BARE_WEEKEND = Pattern.compile("(?i)(?:(?:over|during|at|on)\\s+)?(?:the\\s+)?weekend");
    private static final Pattern WEEKEND_VALUE = Pattern.compile("\\d{4}-W\\d{2}-WE");
    private static final Pattern QUARTER_VALUE = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern QUARTER = Pattern.compile("(?i)\\bquarter\\b");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\\b");

    private Underspecified() {
    }

    /** Whether the words name a weekday or a month ("Thursday morning", "early March"). */
    static boolean namesDayOrMonth(String words) {
        return WEEKDAY.matcher(words).find() || MONTH.matcher(words).find();
    }

    /** The number of a month from its name or abbreviation ("Sept." is 9), 0 when the word is none. */
    static int monthNumber(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (w.startsWith(months[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The value placed by tense, or the value as it was when the words are not a bare weekday or month. */
    static String place(String words, String value, LocalDate published, Tense tense) {
        Matcher lastOrNext = LAST_OR_NEXT_MONTH.matcher(words);
        if (lastOrNext.matches()) {
            Matcher month = MONTH_VALUE.matcher(value);
            if (month.matches()) {
                // "last June" is the latest June before publication, "next June" the first after it.
                return month(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), published,
                        lastOrNext.group(1).equalsIgnoreCase("last") ? Tense.PAST : Tense.FUTURE);
            }
            return value;
        }
        if (BARE_WEEKEND.matcher(words).matches() && WEEKEND_VALUE.matcher(value).matches()) {
            return weekend(published, tense).orElse(value);
        }
        if (ANCHORING_WORDS.matcher(words).find()) {
            return value;
        }
        if (DAY_VALUE.matcher(value).matches()) {
            Optional<LocalDate> holiday = Holidays.place(words, published, tense);
            if (holiday.isPresent()) {
                return holiday.get().toString();
            }
        }
        try {
            Matcher day = DAY_VALUE.matcher(value);
            if (day.matches()) {
                LocalDate date = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                        Integer.parseInt(day.group(3)));
                String time = day.group(4) == null ? "" : day.group(4);
                if (WEEKDAY.matcher(words).find() && !MONTH.matcher(words).find()) {
                    return weekday(date.getDayOfWeek(), published, tense).map(d -> d + time).orElse(value);
                }
                if (MONTH.matcher(words).find()) {
                    return monthDay(date, published, tense).toString() + time;
                }
            }
            Matcher quarter = QUARTER_VALUE.matcher(value);
            if (quarter.matches() && QUARTER.matcher(words).find()) {
                return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)),
                        ORDINAL.matcher(words).find(), published, tense);
            }
            Matcher month = MONTH_VALUE.matcher(value);
            if (month.matches() && MONTH.matcher(words).find()) {
                return month(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), published, tense);
            }
        } catch (DateTimeException e) {
            return value; // 29 February of a year without one: leave SUTime's reading
        }
        return value;
    }

    private static Optional<LocalDate> weekday(DayOfWeek day, LocalDate published, Tense tense) {
        if (day == published.getDayOfWeek()) {
            return Optional.of(published);
        }
        LocalDate before = published.with(TemporalAdjusters.previous(day));
        LocalDate after = published.with(TemporalAdjusters.next(day));
        return switch (tense) {
            case PAST -> Optional.of(before);
            case FUTURE -> Optional.of(after);
            // No tense to go by ("could be found Wednesday", "Wednesday's ruling"): the nearer one.
            default -> Optional.of(published.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - published.toEpochDay()
                    ? before : after);
        };
    }

    /**
     * "hosted the summit over the weekend" in a Wednesday paper is the weekend just past, "will meet at the
     * weekend" the coming one; a paper of a Saturday or Sunday is in its own weekend. SUTime takes the
     * weekend of the publication week, which from Monday on is the coming one whatever the verb.
     */
    private static Optional<String> weekend(LocalDate published, Tense tense) {
        DayOfWeek day = published.getDayOfWeek();
        LocalDate saturday;
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            saturday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        } else if (tense == Tense.PAST) {
            saturday = published.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        } else if (tense == Tense.FUTURE) {
            saturday = published.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        } else {
            return Optional.empty();
        }
        WeekFields iso = WeekFields.ISO;
        return Optional.of(String.format(Locale.ROOT, "%d-W%02d-WE", saturday.get(iso.weekBasedYear()),
                saturday.get(iso.weekOfWeekBasedYear())));
    }

    /**
     * How many days after publication a month-day in a past sentence is still read in the publication year:
     * "said the offer expires Nov. 16" in a paper of 3 November names the coming 16 November, not last year's.
     */
    static final int COMING_DAYS = 45;

    private static LocalDate monthDay(LocalDate date, LocalDate published, Tense tense) {
        LocalDate same = date.withYear(published.getYear());
        if (tense == Tense.PAST && same.isAfter(published) && same.isAfter(published.plusDays(COMING_DAYS))) {
            return same.minusYears(1);
        }
        if (tense == Tense.FUTURE && same.isBefore(published)) {
            return same.plusYears(1);
        }
        return tense == Tense.PAST || tense == Tense.FUTURE ? same : date;
    }

    /**
     * "the third quarter" in a past sentence is the last third quarter begun by the publication date; "the
     * quarter" with no ordinal in a past sentence is the last one completed (a company reporting its results).
     */
    private static String quarter(int year, int q, boolean ordinal, LocalDate published, Tense tense) {
        int current = (published.getMonthValue() - 1) / 3 + 1;
        int y = published.getYear();
        if (!ordinal) {
            return tense == Tense.PAST ? lastCompletedQuarter(published) : year + "-Q" + q;
        }
        if (tense == Tense.PAST && q > current) {
            y--;
        } else if (tense == Tense.FUTURE && q < current) {
            y++;
        } else if (tense != Tense.PAST && tense != Tense.FUTURE) {
            y = year;
        }
        return y + "-Q" + q;
    }

    /** The quarter before the one the day is in: "the latest quarter" of a company's report. */
    static String lastCompletedQuarter(LocalDate day) {
        int current = (day.getMonthValue() - 1) / 3 + 1;
        return current == 1 ? (day.getYear() - 1) + "-Q4" : day.getYear() + "-Q" + (current - 1);
    }

    private static String month(int year, int month, LocalDate published, Tense tense) {
        int y = published.getYear();
        if (tense == Tense.PAST && month > published.getMonthValue()) {
            y--;
        } else if (tense == Tense.FUTURE && month < published.getMonthValue()) {
            y++;
        } else if (tense != Tense.PAST && tense != Tense.FUTURE) {
            y = year;
        }
        return String.format(Locale.ROOT, "%04d-%02d", y, month);
    }
}
