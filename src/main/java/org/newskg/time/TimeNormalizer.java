package org.newskg.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.clean.PublicationDate;
import org.newskg.clean.ZoneNames;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.TimeExpression;
import org.newskg.nlp.Token;

/**
 * Turns SUTime's time expressions into {@link TimeValue}s: SUTime has already resolved them against the
 * article's publication date (the NLP stage passes it as the document date); this class reads each value
 * onto the calendar, marks relative ones that had no date to resolve against as not anchored, applies
 * {@link Rule rules} that correct what SUTime is known to get wrong, and ({@link #normalize(AnnotatedArticle)})
 * joins two ends of a range into one value. Stateless and thread-safe.
 */
public final class TimeNormalizer {

    /** Corrections of SUTime's output; each is measured on TempEval-3 in docs/QUALITY.md. */
    public enum Rule {
        /** "the 1990s": SUTime writes 199X, TIMEX3 writes 199 (and 19 for a century). */
        DECADE_VALUES,
        /** "every Tuesday": SUTime splits it into two SETs of the same value; they are one expression. */
        SET_PIECES,
        /** "July 11 and 12", "May 3 to 5": SUTime misses the bare second day; it is a date of the same month. */
        SECOND_DAY,
        /** "10:30 a.m. GMT": SUTime drops the zone of some times; the words name it. */
        ZONE_IN_TEXT,
        /** "said on Friday", "in November": a date without its year or week is placed by the tense of its verb. */
        TENSE,
        /**
         * "four years ago", "this year", "a month earlier": as precise as the finest unit the words name
         * (1995), not the day SUTime counts back to; "the latest quarter" is the last completed quarter.
         */
        UNIT_PRECISION,
        /** "Wednesday night": SUTime gives "Wednesday" the night's value and "night" apart; one expression. */
        PART_OF_DAY,
        /**
         * Words SUTime tags that place nothing on the calendar: "once", "previously", ages ("6-year-old"),
         * frequency adjectives before a noun ("a quarterly dividend"), and leftovers of its own matching with
         * no value at all ("ended", "and").
         */
        NOT_TIMES,
        /**
         * "net income fell from $5 million a year earlier": a year before the period the sentences before
         * speak of (the third quarter, May), not the year as a whole.
         */
        COMPARED_PERIOD,
        /** "3 pm GMT on" (Friday): a preposition SUTime leaves at the end belongs to what follows. */
        TRAILING_WORDS,
        /**
         * "the year-ago quarter", "year-earlier sales": expressions SUTime does not tag, the period the text
         * compares a year before (patterns in {@code compared-period.tsv}).
         */
        COMPARED_ADJECTIVE,
        /** "March 14-15, 2025": SUTime splits it into a month, a day range without value and a year (patterns in {@code split-dates.tsv}). */
        SPLIT_DATES,
        /**
         * "last autumn", "this spring", "in the summer": the season placed by the word before it or the tense of
         * its verb (words in {@code seasons.tsv}, {@code relative-words.tsv}); SUTime takes the publication year's.
         */
        SEASONS,
        /**
         * "this year's third quarter", "the 1988 second quarter", "the current quarter", "the latest fiscal year":
         * periods their words place, which SUTime splits or reads as now (patterns in {@code anchored-periods.tsv}).
         */
        ANCHORED_PERIODS,
        /**
         * "for the year ended March 31", "effective Feb. 1", "shares issued July 1": a word right before the date
         * ({@code tense-cues.tsv}) or a participle standing alone places it before or after publication.
         */
        TENSE_CUES,
        /**
         * "for the year ended June 30": a length of time, not the publication year (patterns in
         * {@code period-durations.tsv}); and SUTime's lengths ("six months", P6M) typed DATE are DURATIONs.
         */
        PERIOD_DURATIONS,
        /** "18:00 UTC": a zero offset written Z, as ISO 8601 and TIMEX3 write UTC, not SUTime's +0000. */
        UTC_DESIGNATOR,
        /** "noon Thursday", "5 p.m. EST Nov. 9": a clock time and its day, which SUTime tags apart, one TIME. */
        TIME_AND_DAY,
        /** "prosecutors might present", "future payments", "a large fall", "Thanksgiving Day": no times (word-senses.tsv). */
        WORD_SENSES,
        /** "over six years on Thursday": a length and a weekday SUTime joins without a value, two expressions. */
        LENGTH_THEN_DAY,
        /** "mid-November", "late-1996": the part of a month or year as one word, which SUTime misses (hyphenated-parts.tsv). */
        HYPHENATED_PARTS,
        /**
         * "planned to leave on Thursday", "is scheduled to close Monday": a date governed by a verb of planning
         * ({@code planning-verbs.tsv}) lies ahead of publication whatever the verb's tense.
         */
        PLANNING_VERBS,
        /**
         * "that same day", "later that year", "later in the day": the day or year of the date the text named last,
         * which SUTime reads as a length ("day", P1D) or the publication day (patterns in {@code anaphoric-dates.tsv}).
         */
        ANAPHORIC_DATES
    }

    /** The patterns of {@link Rule#SPLIT_DATES}. */
    private static final List<Pattern> SPLIT_DATE_PATTERNS = patterns("split-dates.tsv");

    /** A row of period-durations.tsv: the words, and the type and value they have. */
    private record Length(Pattern words, String type, String value) {
        static Length of(String line) {
            String[] r = line.split("\t");
            if (r.length != 3) {
                throw new IllegalStateException("period-durations.tsv: a row needs a pattern, a type and a value: " + line);
            }
            return new Length(Pattern.compile(r[0].strip()), r[1].strip(), r[2].strip());
        }
    }

    /** The rows of {@link Rule#PERIOD_DURATIONS}. */
    private static final List<Length> PERIOD_DURATIONS = lines("period-durations.tsv").stream().map(Length::of).toList();
    private static final Pattern LENGTH_VALUE = Pattern.compile("P(?:T?\\d|T?X).*");
    private static final Pattern ZERO_OFFSET = Pattern.compile("(T\\d{2}(?::\\d{2}){0,2})(?:\\+0000|\\+00:00|-0000)$");

    /** The patterns of {@link Rule#HYPHENATED_PARTS}. */
    private static final List<Pattern> HYPHENATED_PARTS = patterns("hyphenated-parts.tsv");

    /** The patterns of {@link Rule#COMPARED_ADJECTIVE}, one regular expression a line of compared-period.tsv. */
    private static final List<Pattern> COMPARED_ADJECTIVES = patterns("compared-period.tsv");

    private static final Pattern SECOND_DAY = Pattern.compile(
            "^(\\s*(?:and|to|through|thru|until|till|or|-|\u2013|\u2014)\\s*)(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d])"
            + "(?!\\s*(?:[:.,]\\d|%|percent|per\\b|[ap]\\.?m\\b|o'clock|hours?|days?|weeks?|months?|years?|minutes?))");
    private static final Pattern ENDS_IN_DAY_NUMBER = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?$");
    private static final Pattern ZONE = Pattern.compile("(?<![\\p{L}\\d])(" + ZoneNames.PATTERN + ")(?![\\p{L}\\d])");
    /** Words naming a day or finer: such an expression keeps the day SUTime gives. */
    private static final Pattern DAY_WORDS = Pattern.compile("(?i)\\b(?:days?|yesterday|today|tomorrow|tonight|"
            + "mon|tues?|wed|thu|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + "morning|afternoon|evening|night|hours?|minutes?)\\b");
    private static final Pattern UNIT_WORDS = Pattern.compile("(?i)\\b(decade|year|quarter|month|week)s?\\b");
    private static final Pattern LATEST_QUARTER = Pattern.compile("(?i)(?:the\\s+)?(?:latest|most\\s+recent)\\s+quarter");
    private static final Pattern NOT_TIMES = Pattern.compile(
            "(?i)once|previously|\\d+[- ](?:year|month|week|day)s?[- ]old|\\w+-(?:year|month|week|day)s?-old"
            + "|the|an?|this|that|these|those" // a determiner alone, left over from SUTime's matching
            + "|[\\p{Punct}\\s]+"); // punctuation alone ("," given the time of the expression before it)
    /** Words of a recurrence that also qualify a noun: "a quarterly dividend" names no time. */
    private static final Pattern FREQUENCY_ADJECTIVE = Pattern.compile("(?i)quarterly|annual|daily|weekly|monthly|yearly");
    private static final Pattern TRAILING = Pattern.compile("(?i)[\\s,]+(?:on|at|in|of|by|from|to|and|the)$");
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?i)(?:a|one)\\s+year\\s+(?:ago|earlier|before)");
    /** How many sentences back the period compared with may be named. */
    private static final int COMPARED_SENTENCES = 3;
    private static final Pattern PART_OF_DAY = Pattern.compile("(?i)morning|afternoon|evening|night");
    private static final Pattern TIME_OF_DAY_WORDS = Pattern.compile(
            "(?i)\\b(?:morning|afternoon|evening|night|tonight|noon|midnight|dawn|dusk|[ap]\\.?m\\b\\.?)|\\d");
    private static final Pattern SEASON_VALUE = Pattern.compile("-(?:SP|SU|FA|WI)$");
    private static final Pattern UNRESOLVED_DECADE = Pattern.compile("(\\d{3})X|(\\d{2})XX");

    private final Set<Rule> rules;

    /** With every rule. */
    public TimeNormalizer() {
        this(EnumSet.allOf(Rule.class));
    }

    /** With the given rules only: the evaluation measures what each one is worth. */
    public TimeNormalizer(Set<Rule> rules) {
        this.rules = rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
    }

    /** The article's time values, a range ("from Monday to Wednesday") as one value. */
    public List<TimeValue> normalize(AnnotatedArticle article) {
        return joinRanges(article.article().text(), expressions(article));
    }

    /** The values with the two ends of each range ("from Monday to Wednesday") joined into one value. */
    public static List<TimeValue> joinRanges(String text, List<TimeValue> values) {
        return TimeRanges.join(text, values);
    }

    /** One value per time expression of the article, as TIMEX3 annotates them (the two ends of a range apart). */
    public List<TimeValue> expressions(AnnotatedArticle article) {
        Optional<LocalDate> published = article.article().metadata().published().map(PublicationDate::date);
        return expressions(article.article().text(), article.times(), published, article);
    }

    /**
     * One value per time expression, as TIMEX3 annotates them (the two ends of a range apart).
     *
     * @param text      the text the expressions' spans point into
     * @param times     SUTime's expressions, resolved against {@code published} when it is present
     * @param published the publication day; empty when unknown, so relative expressions stay unresolved
     */
    public List<TimeValue> expressions(String text, List<TimeExpression> times, Optional<LocalDate> published) {
        return expressions(text, times, published, null);
    }

    /** @param article the annotated article, for the tense of the verbs; null when there is none */
    private List<TimeValue> expressions(String text, List<TimeExpression> times, Optional<LocalDate> published,
            AnnotatedArticle article) {
        List<TimeExpression> split = rules.contains(Rule.LENGTH_THEN_DAY) && published.isPresent()
                ? LengthThenDay.split(times, published.get()) : times;
        List<TimeExpression> joined = rules.contains(Rule.SPLIT_DATES) ? joinSplitDates(text, split) : split;
        List<TimeExpression> merged = rules.contains(Rule.SET_PIECES) ? joinSetPieces(text, joined) : joined;
        merged = rules.contains(Rule.PART_OF_DAY) ? joinPartOfDay(text, merged) : merged;
        merged = rules.contains(Rule.TIME_AND_DAY) ? TimeAndDay.join(text, merged) : merged;
        List<TimeValue> out = new ArrayList<>();
        TimeValue lastPeriod = null;
        for (TimeExpression found : merged) {
            TimeExpression te = rules.contains(Rule.TRAILING_WORDS) ? withoutTrailingWords(text, found) : found;
            String value = te.value();
            String type = te.type();
            Tense tense = published.isPresent() && article != null && te.sentence() < article.sentences().size()
                    ? Tense.near(te.span(), article.sentences().get(te.sentence()), article.tokens(),
                            rules.contains(Rule.TENSE_CUES), planning(te.text())) : Tense.UNKNOWN;
            if (published.isPresent() && rules.contains(Rule.TENSE) && article != null) {
                value = Underspecified.place(te.text(), value, published.get(), tense);
            }
            if (published.isPresent() && rules.contains(Rule.SEASONS) && SEASON_VALUE.matcher(value).find()) {
                Optional<String> season = Seasons.place(te.text(), published.get(), tense);
                if (season.isPresent()) {
                    value = season.get();
                    type = "DATE";
                }
            }
            if (rules.contains(Rule.UNIT_PRECISION)) {
                if (published.isPresent() && LATEST_QUARTER.matcher(te.text()).matches()) {
                    type = "DATE";
                    value = Underspecified.lastCompletedQuarter(published.get());
                }
                value = unitPrecision(te.text(), value);
            }
            if (rules.contains(Rule.NOT_TIMES) && (notATime(te, published) || qualifiesANoun(te, article))) {
                continue;
            }
            if (rules.contains(Rule.WORD_SENSES) && WordSenses.notATime(te, article)) {
                continue;
            }
            if (rules.contains(Rule.COMPARED_PERIOD) && lastPeriod != null && YEAR_BEFORE.matcher(te.text()).matches()
                    && te.sentence() - lastPeriod.sentence() <= COMPARED_SENTENCES) {
                value = yearBefore(lastPeriod);
            }
            TimeValue v = value(text, te.text(), te.span(), te.sentence(), type, value, published);
            if (v.type().equals("DATE") && v.precision().filter(p -> p == Precision.QUARTER || p == Precision.MONTH).isPresent()) {
                lastPeriod = v;
            }
            out.add(v);
        }
        if (rules.contains(Rule.SECOND_DAY)) {
            out = addSecondDays(text, out, published);
        }
        if (rules.contains(Rule.ANCHORED_PERIODS) && published.isPresent()) {
            out = addAnchoredPeriods(text, out, published.get(), article);
        }
        if (rules.contains(Rule.COMPARED_ADJECTIVE) && published.isPresent() && article != null) {
            out = addComparedPeriods(text, out, published.get(), article);
        }
        if (rules.contains(Rule.PERIOD_DURATIONS)) {
            out = periodDurations(text, out, published);
        }
        if (rules.contains(Rule.HYPHENATED_PARTS) && published.isPresent() && article != null) {
            out = addHyphenatedParts(text, out, published.get(), article);
        }
        if (rules.contains(Rule.ANAPHORIC_DATES)) {
            out = AnaphoricDates.place(text, out,
                    (words, span, sentence, value) -> value(text, words, span, sentence, "DATE", value, published));
        }
        return out;
    }

    /**
     * "the year-ago quarter", "year-earlier net": the quarter or month named in the sentences before, a year
     * earlier; without one, the year before publication. Replaces what SUTime tagged inside the words.
     */
    private List<TimeValue> addComparedPeriods(String text, List<TimeValue> values, LocalDate published,
            AnnotatedArticle article) {
        List<TimeValue> out = new ArrayList<>(values);
        for (Pattern p : COMPARED_ADJECTIVES) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                int sentence = sentenceAt(article, m.start());
                if (sentence < 0 || out.stream().anyMatch(v -> v.span().contains(span))) {
                    continue;
                }
                TimeValue period = null;
                for (TimeValue v : out) {
                    if (v.span().end() <= m.start() && v.type().equals("DATE") && sentence - v.sentence() <= COMPARED_SENTENCES
                            && v.precision().filter(x -> x == Precision.QUARTER || x == Precision.MONTH).isPresent()
                            && (period == null || v.span().begin() > period.span().begin())) {
                        period = v;
                    }
                }
                String value = period != null ? yearBefore(period) : Integer.toString(published.getYear() - 1);
                out.removeIf(v -> v.span().overlaps(span));
                out.add(value(text, span.of(text), span, sentence, "DATE", value, Optional.of(published)));
            }
        }
        out.sort(java.util.Comparator.comparingInt(v -> v.span().begin()));
        return out;
    }

    /** "mid-November", "mid-1996" where SUTime tagged nothing: the month placed by its verb's tense, or the year. */
    private List<TimeValue> addHyphenatedParts(String text, List<TimeValue> values, LocalDate published,
            AnnotatedArticle article) {
        List<TimeValue> out = new ArrayList<>(values);
        for (Pattern p : HYPHENATED_PARTS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                int sentence = sentenceAt(article, m.start());
                if (sentence < 0 || out.stream().anyMatch(v -> v.span().overlaps(span))) {
                    continue;
                }
                String value = m.group("year");
                if (value == null) {
                    // with no tense to go by, the nearer such month (late November said in January is the one just past)
                    int number = Underspecified.monthNumber(m.group("month"));
                    int shift = number - published.getMonthValue() > 6 ? -1 : published.getMonthValue() - number > 6 ? 1 : 0;
                    String month = String.format(Locale.ROOT, "%04d-%02d", published.getYear() + shift, number);
                    Tense tense = Tense.near(span, article.sentences().get(sentence), article.tokens(),
                            rules.contains(Rule.TENSE_CUES), planning(m.group("month")));
                    value = rules.contains(Rule.TENSE) ? Underspecified.place(m.group("month"), month, published, tense) : month;
                }
                out.add(value(text, span.of(text), span, sentence, "DATE", value, Optional.of(published)));
            }
        }
        out.sort(java.util.Comparator.comparingInt(v -> v.span().begin()));
        return out;
    }

    /** The lengths of period-durations.tsv in place of SUTime's reading of their words; lengths typed DATE as DURATION. */
    private List<TimeValue> periodDurations(String text, List<TimeValue> values, Optional<LocalDate> published) {
        List<TimeValue> out = new ArrayList<>();
        for (TimeValue v : values) {
            out.add(v.type().equals("DATE") && LENGTH_VALUE.matcher(v.value()).matches()
                    ? value(text, v.text(), v.span(), v.sentence(), "DURATION", v.value(), published) : v);
        }
        for (Length row : PERIOD_DURATIONS) {
            Matcher m = row.words().matcher(text);
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                List<TimeValue> inside = out.stream().filter(v -> v.span().overlaps(span)).toList();
                if (inside.isEmpty() || inside.stream().anyMatch(v -> !span.contains(v.span()))) {
                    continue; // not tagged, or SUTime's expression runs on beyond the words: leave it
                }
                out.removeAll(inside);
                int sentence = inside.get(0).sentence();
                Span words = group(m, "time") != null ? new Span(m.start("time"), m.end("time")) : span;
                String length = group(m, "n") != null ? row.value().replace("{n}", Integer.toString(number(m.group("n"))))
                        : row.value();
                out.add(value(text, words.of(text), words, sentence, row.type(), length, published));
                if (group(m, "year") != null) { // "the first nine months of 1997": the year is an expression of its own
                    Span year = new Span(m.start("year"), m.end("year"));
                    out.add(value(text, year.of(text), year, sentence, "DATE", m.group("year"), published));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(v -> v.span().begin()));
        return out;
    }

    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");

    /** "9" or "nine": 9. */
    private static int number(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        return w.matches("\\d+") ? Integer.parseInt(w) : NUMBER_WORDS.indexOf(w) + 1;
    }

    /** A named group's text, null when the pattern has no such group or it did not take part. */
    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The periods of {@link AnchoredPeriods}, in place of what SUTime tagged inside their words. */
    private List<TimeValue> addAnchoredPeriods(String text, List<TimeValue> values, LocalDate published,
            AnnotatedArticle article) {
        List<TimeValue> out = new ArrayList<>(values);
        for (AnchoredPeriods.Found f : AnchoredPeriods.find(text, published)) {
            List<TimeValue> inside = out.stream().filter(v -> v.span().overlaps(f.span())).toList();
            if (inside.stream().anyMatch(v -> !f.span().contains(v.span()))) {
                continue; // SUTime's expression runs on beyond the words: leave it
            }
            int sentence = !inside.isEmpty() ? inside.get(0).sentence() : article != null ? sentenceAt(article, f.span().begin()) : 0;
            if (sentence < 0) {
                continue;
            }
            out.removeAll(inside);
            out.add(value(text, f.span().of(text), f.span(), sentence, "DATE", f.value(), Optional.of(published)));
        }
        out.sort(java.util.Comparator.comparingInt(v -> v.span().begin()));
        return out;
    }

    private static int sentenceAt(AnnotatedArticle article, int offset) {
        for (int i = 0; i < article.sentences().size(); i++) {
            if (article.sentences().get(i).span().begin() <= offset && offset < article.sentences().get(i).span().end()) {
                return i;
            }
        }
        return -1;
    }

    static List<Pattern> patterns(String resource) {
        return lines(resource).stream().map(String::strip).map(Pattern::compile).toList();
    }

    /**
     * Whether {@link Rule#PLANNING_VERBS} reads the tense of these words: a weekday or month is planned ahead; a quarter
     * is a reporting period, reported when it is over ("plans to restructure after a third-quarter loss").
     */
    private boolean planning(String words) {
        return rules.contains(Rule.PLANNING_VERBS) && Underspecified.namesDayOrMonth(words);
    }

    /** The lines of a rule file of this package that are not blank or comments. */
    static List<String> lines(String resource) {
        try (var in = TimeNormalizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private TimeValue value(String text, String words, Span span, int sentence, String type, String value,
            Optional<LocalDate> published) {
        String v = rules.contains(Rule.DECADE_VALUES) ? decade(value) : value;
        if (rules.contains(Rule.UTC_DESIGNATOR)) {
            v = ZERO_OFFSET.matcher(v).replaceFirst("$1Z");
        }
        boolean calendarType = type.equals("DATE") || type.equals("TIME");
        Optional<CalendarPosition> position = calendarType ? CalendarPosition.of(v) : Optional.empty();
        if (calendarType && position.isEmpty() && v.equals("PRESENT_REF") && published.isPresent()) {
            LocalDate day = published.get();
            position = Optional.of(new CalendarPosition(day.atStartOfDay(), day.plusDays(1).atStartOfDay(),
                    Precision.DAY, Optional.empty()));
        }
        boolean anchored = !calendarType || position.isPresent()
                || !v.isEmpty() && !v.startsWith("XXXX") && (published.isPresent() || !v.endsWith("_REF"));
        Optional<ZoneOffset> offset = position.flatMap(CalendarPosition::offset);
        if (offset.isEmpty() && type.equals("TIME") && rules.contains(Rule.ZONE_IN_TEXT)) {
            offset = zoneInWords(words, position.map(CalendarPosition::begin));
        }
        return new TimeValue(words, span, sentence, type, v, position.map(CalendarPosition::begin),
                position.map(CalendarPosition::end), position.map(CalendarPosition::precision), offset, anchored);
    }

    /** "four years ago" is a year, "three months ago" a month: the value cut to the finest unit the words name. */
    private static String unitPrecision(String words, String value) {
        if (DAY_WORDS.matcher(words).find()) {
            return value;
        }
        Matcher unit = UNIT_WORDS.matcher(words);
        Precision finest = null;
        while (unit.find()) {
            Precision p = switch (unit.group(1).toLowerCase(Locale.ROOT)) {
                case "decade" -> Precision.DECADE;
                case "year" -> Precision.YEAR;
                case "quarter" -> Precision.QUARTER;
                case "month" -> Precision.MONTH;
                default -> Precision.WEEK;
            };
            finest = finest == null || p.compareTo(finest) > 0 ? p : finest;
        }
        Optional<CalendarPosition> at = CalendarPosition.of(value);
        if (finest == null || at.isEmpty() || at.get().precision().compareTo(finest) <= 0) {
            return value;
        }
        LocalDate day = at.get().begin().toLocalDate();
        return switch (finest) {
            case DECADE -> Integer.toString(day.getYear() / 10);
            case YEAR -> Integer.toString(day.getYear());
            case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", day.getYear(), day.getMonthValue());
            default -> String.format(Locale.ROOT, "%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }

    /**
     * "March 14-15, 2025" as SUTime splits it: the pieces the pattern covers become its first day and its
     * last ("March 14" and "15, 2025"), which the range rule joins; a date with its year needs no
     * publication date.
     */
    static List<TimeExpression> joinSplitDates(String text, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times);
        for (Pattern p : SPLIT_DATE_PATTERNS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Span whole = new Span(m.start(), m.end());
                List<TimeExpression> pieces = out.stream().filter(te -> te.span().overlaps(whole)).toList();
                if (pieces.size() < 2 || pieces.stream().anyMatch(te -> !whole.contains(te.span()))) {
                    continue; // SUTime read it whole, or the words run on into another expression
                }
                int month = Underspecified.monthNumber(m.group("month"));
                int year = Integer.parseInt(m.group("year"));
                int day = Integer.parseInt(m.group("day"));
                int sentence = pieces.get(0).sentence();
                try {
                    java.time.LocalDate first = java.time.LocalDate.of(year, month, day);
                    out.removeAll(pieces);
                    Span a = new Span(m.start(), m.end("day"));
                    out.add(new TimeExpression(a.of(text), a, "DATE", first.toString(), sentence, ""));
                    if (m.group("lastDay") != null) {
                        java.time.LocalDate last = first.withDayOfMonth(Integer.parseInt(m.group("lastDay")));
                        Span b = new Span(m.start("lastDay"), m.end());
                        out.add(new TimeExpression(b.of(text), b, "DATE", last.toString(), sentence, ""));
                    }
                } catch (java.time.DateTimeException e) {
                    // "February 30-31": no such days; leave SUTime's pieces
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(te -> te.span().begin()));
        return out;
    }

    /** The expression without a preposition at its end. */
    private static TimeExpression withoutTrailingWords(String text, TimeExpression te) {
        Matcher m = TRAILING.matcher(te.text());
        if (!m.find() || m.start() == 0) {
            return te;
        }
        Span span = new Span(te.span().begin(), te.span().begin() + m.start());
        return new TimeExpression(span.of(text), span, te.type(), te.value(), te.sentence(), te.relative());
    }

    /** The same quarter or month a year earlier: "1988-Q3" for "1989-Q3". */
    private static String yearBefore(TimeValue period) {
        LocalDate first = period.firstDay().orElseThrow().minusYears(1);
        return period.precision().orElseThrow() == Precision.QUARTER
                ? first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1)
                : String.format(Locale.ROOT, "%04d-%02d", first.getYear(), first.getMonthValue());
    }

    /** "quarterly" in "a quarterly dividend": a frequency word right before a noun. */
    private static boolean qualifiesANoun(TimeExpression te, AnnotatedArticle article) {
        if (article == null || !FREQUENCY_ADJECTIVE.matcher(te.text()).matches()) {
            return false;
        }
        List<Token> tokens = article.tokens();
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (tokens.get(t).span().end() == te.span().end()) {
                return tokens.get(t + 1).pos().startsWith("NN") && tokens.get(t + 1).sentence() == tokens.get(t).sentence();
            }
        }
        return false;
    }

    /** SUTime's leftovers without a value, and words that place nothing ("once", "6-year-old"). */
    private static boolean notATime(TimeExpression te, Optional<LocalDate> published) {
        boolean leftover = te.value().isEmpty() && te.relative().isEmpty() && published.isPresent();
        return leftover || NOT_TIMES.matcher(te.text()).matches();
    }

    /** "Wednesday" and "night" as SUTime gives them: a day, then a part of the day right after it. */
    private static List<TimeExpression> joinPartOfDay(String text, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression te : times) {
            TimeExpression last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && PART_OF_DAY.matcher(te.text()).matches() && last.type().equals("DATE")
                    && last.span().end() <= te.span().begin()
                    && text.substring(last.span().end(), te.span().begin()).isBlank()) {
                Span joined = new Span(last.span().begin(), te.span().end());
                out.set(out.size() - 1, new TimeExpression(joined.of(text), joined, last.type(), last.value(),
                        last.sentence(), last.relative()));
            } else if (last == null || !te.span().overlaps(last.span())) {
                out.add(te);
            }
        }
        // A day alone with a time in its value ("Thursday" as 1999-02-04TNI, "Friday" given the time of the
        // expression before it) is the day.
        out.replaceAll(te -> te.type().equals("DATE") && te.value().matches("\\d{4}-\\d{2}-\\d{2}T.*")
                && !TIME_OF_DAY_WORDS.matcher(te.text()).find()
                ? new TimeExpression(te.text(), te.span(), te.type(), te.value().substring(0, te.value().indexOf('T')),
                        te.sentence(), te.relative())
                : te);
        return out;
    }

    private static String decade(String value) {
        Matcher m = UNRESOLVED_DECADE.matcher(value);
        if (!m.matches()) {
            return value;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** The offset of a zone the words name ("GMT", "EST"), at the time of the value for zones with summer time. */
    private static Optional<ZoneOffset> zoneInWords(String words, Optional<LocalDateTime> at) {
        Matcher m = ZONE.matcher(words);
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<ZoneId> zone = ZoneNames.zone(m.group(1));
        return zone.map(z -> z.getRules().getOffset(at.orElse(LocalDateTime.of(2000, 1, 1, 12, 0))));
    }

    /** "Every" and "Tuesday" as SUTime gives them: two SETs of one value with only spaces between. */
    private static List<TimeExpression> joinSetPieces(String text, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression te : times) {
            TimeExpression last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && te.type().equals("SET") && last.type().equals("SET") && te.value().equals(last.value())
                    && last.span().end() <= te.span().begin()
                    && text.substring(last.span().end(), te.span().begin()).isBlank()) {
                Span joined = new Span(last.span().begin(), te.span().end());
                out.set(out.size() - 1, new TimeExpression(joined.of(text), joined, "SET", te.value(),
                        last.sentence(), te.relative()));
            } else {
                out.add(te);
            }
        }
        return out;
    }

    /** "July 11 and 12": the bare day after a day of a month is a day of the same month. */
    private List<TimeValue> addSecondDays(String text, List<TimeValue> values, Optional<LocalDate> published) {
        List<TimeValue> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            TimeValue v = values.get(i);
            out.add(v);
            if (!v.type().equals("DATE") || v.day().isEmpty() || !ENDS_IN_DAY_NUMBER.matcher(v.text()).find()) {
                continue;
            }
            int nextBegin = i + 1 < values.size() ? values.get(i + 1).span().begin() : text.length();
            Matcher m = SECOND_DAY.matcher(text.substring(v.span().end(), Math.max(v.span().end(), nextBegin)));
            if (!m.find()) {
                continue;
            }
            LocalDate first = v.day().get();
            int day = Integer.parseInt(m.group(2));
            if (day <= first.getDayOfMonth() || day > first.lengthOfMonth()) {
                continue;
            }
            Span span = new Span(v.span().end() + m.start(2), v.span().end() + m.end(2));
            out.add(value(text, span.of(text), span, v.sentence(), "DATE", first.withDayOfMonth(day).toString(), published));
        }
        return out;
    }
}
