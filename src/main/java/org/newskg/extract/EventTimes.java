package org.newskg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.time.DateAttachment;
import org.newskg.time.TimeValue;

/**
 * When an event is and whether it is still to come: the date of its phrase or window, else the
 * nearest date before it in its clause that says when; planned when that date is after the
 * publication day or a future cue ("will", "scheduled") stands in its clause. Reads one article's
 * {@link EventTokens}.
 */
final class EventTimes {
    private static final java.util.regex.Pattern YEAR_WORD = java.util.regex.Pattern.compile("\\b\\d{4}\\b");
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** A weekday alone, after at most a preposition: "on Friday", "Friday". */
    private static final java.util.regex.Pattern BARE_WEEKDAY = java.util.regex.Pattern.compile(
            "(?i)(?:(?:on|by)\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day");
    /** A month or a month's day alone, after at most a preposition: "in May", "April 12", "12 April", "on Dec. 3". */
    private static final java.util.regex.Pattern BARE_MONTH_OR_DAY = java.util.regex.Pattern.compile(
            "(?i)(?:(?:in|on|by|until)\\s+)?(?:" + MONTH + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ")");

    private final List<Token> tokens;
    private final TimeValue[] timeAt;
    private final Optional<LocalDate> published;

    EventTimes(EventTokens view) {
        this.tokens = view.tokens;
        this.timeAt = view.timeAt;
        this.published = view.published;
    }

    /**
     * The time value at t (a range is one value: "July 11 and 12"); end[0] is set to the token after it.
     * Empty when it names something else in the window: "a hearing on the Jan. 6 attack" is not on 6 January.
     */
    Optional<EventTime> timeFrom(int t, Sentence s, int[] end) {
        TimeValue value = timeAt[t];
        int k = t;
        while (k < s.endToken() && timeAt[k] == value) {
            k++;
        }
        end[0] = k;
        return DateAttachment.modifiesNoun(value, tokens) ? Optional.empty() : timeOf(value);
    }

    /**
     * The nearest date before the trigger in its clause, unless a verb other than the one that
     * governs the event stands between ("In January he said the trip ..." is not dated by January).
     */
    Optional<EventTime> timeBefore(int trigger, int clauseStart, int governingVerb) {
        for (int k = trigger - 1; k >= clauseStart; k--) {
            String pos = tokens.get(k).pos();
            if ((pos.startsWith("VB") || pos.equals("MD")) && k != governingVerb && timeAt[k] == null) {
                return Optional.empty();
            }
            if (timeAt[k] != null && DateAttachment.saysWhen(timeAt[k], tokens)) {
                return timeOf(timeAt[k]);
            }
        }
        return Optional.empty(); // "after the Jan. 6 riot, a meeting": that date is the riot's
    }

    /**
     * The phrase's date or the window's, the more precise when they agree. When the phrase
     * names a year ("the 2024 summit") and the window gives a day or month of another year in
     * words without a year ("on April 17"), the event's own name wins: the day is read in that year.
     */
    static Optional<EventTime> best(Optional<EventTime> phrase, Optional<EventTime> window) {
        if (phrase.isEmpty() || window.isEmpty()) {
            return phrase.isPresent() ? phrase : window;
        }
        EventTime p = phrase.get();
        EventTime w = window.get();
        if (p.overlaps(w)) {
            return p.precision().compareTo(w.precision()) < 0 ? phrase : window;
        }
        boolean sameYear = w.begin().getYear() == w.end().getYear();
        if (p.precision() == EventTime.Precision.YEAR && p.isInstant() && sameYear && !YEAR_WORD.matcher(w.evidence()).find()) {
            int year = p.begin().getYear();
            return Optional.of(new EventTime(w.begin().withYear(year), w.end().withYear(year), w.precision(),
                    w.evidence(), w.value()));
        }
        return window;
    }

    /**
     * The first future cue of the clause up to the window's end ("will", "scheduled"), or the
     * event's own verb right after it ("the election in May would be the first"); "" when none.
     */
    String futureCue(int clauseStart, int windowEnd, Sentence s) {
        for (int k = clauseStart; k < Math.min(windowEnd, s.endToken()); k++) {
            Token next = k + 1 < s.endToken() ? tokens.get(k + 1) : null;
            if (EventLexicon.isFutureCue(tokens.get(k), next)) {
                return tokens.get(k).text();
            }
        }
        if (windowEnd < s.endToken() && EventLexicon.isFutureCueAfterEvent(tokens.get(windowEnd))) {
            return tokens.get(windowEnd).text();
        }
        return "";
    }

    /**
     * A month or day given without a year ("in May", "on Friday", "April 12") is placed by the tense
     * of the nearest verb, which may be the report's ("Ana Ruiz said the election in May would ..."
     * in a March paper reads last May). When the event's own clause says it is to come, such a
     * time that ended before the publication day is the next one after it: a year later for a
     * month or a month's day, a week later for a weekday.
     */
    Optional<EventTime> aheadWhenToCome(Optional<EventTime> time, String cue) {
        if (cue.isEmpty() || time.isEmpty() || published.isEmpty() || !time.get().end().isBefore(published.get())) {
            return time;
        }
        EventTime t = time.get();
        String words = t.evidence().strip();
        LocalDate begin;
        LocalDate end;
        if (BARE_WEEKDAY.matcher(words).matches() && t.precision() == EventTime.Precision.DAY) {
            long weeks = (published.get().toEpochDay() - t.end().toEpochDay() + 6) / 7;
            begin = t.begin().plusWeeks(weeks);
            end = t.end().plusWeeks(weeks);
        } else if (BARE_MONTH_OR_DAY.matcher(words).matches() && t.precision() != EventTime.Precision.YEAR) {
            int years = published.get().getYear() - t.end().getYear() + (t.end().withYear(published.get().getYear())
                    .isBefore(published.get()) ? 1 : 0);
            begin = t.begin().plusYears(years);
            end = t.end().plusYears(years);
        } else {
            return time;
        }
        return Optional.of(new EventTime(begin, end, t.precision(), t.evidence(), t.value()));
    }

    /**
     * Still to come: its time begins after the publication day and the governing verb is not in
     * the past tense, or a future cue says so; never when its time ended before the publication day.
     */
    boolean planned(Optional<EventTime> time, String cue, int governingVerb) {
        if (time.isPresent() && published.isPresent()) {
            if (time.get().end().isBefore(published.get())) {
                return false;
            }
            boolean past = governingVerb >= 0 && tokens.get(governingVerb).pos().equals("VBD");
            if (time.get().begin().isAfter(published.get()) && !past) {
                return true;
            }
        }
        return !cue.isEmpty();
    }

    /**
     * A normalised time as the days an event takes: a day or finer is its day, a week its days, a
     * month, quarter, season or half year its months, a year or longer its years. Empty for a
     * value with no place on the calendar (a duration, a set, or a relative date in an article
     * without a publication date).
     */
    static Optional<EventTime> timeOf(TimeValue v) {
        if (!v.onCalendar() || v.precision().isEmpty()) {
            return Optional.empty();
        }
        EventTime.Precision unit = switch (v.precision().get()) {
            case CENTURY, DECADE, YEAR -> EventTime.Precision.YEAR;
            case HALF_YEAR, SEASON, QUARTER, MONTH -> EventTime.Precision.MONTH;
            default -> EventTime.Precision.DAY;
        };
        LocalDate first = v.firstDay().orElseThrow();
        LocalDate last = v.lastDay().orElseThrow();
        return Optional.of(new EventTime(first, last.isBefore(first) ? first : last, unit, v.text(), Optional.of(v)));
    }
}
