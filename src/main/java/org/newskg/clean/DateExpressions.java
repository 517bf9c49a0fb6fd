package org.newskg.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions of the kinds news pages print in their header ("2023-05-24T16:38:14+07:00",
 * "24 May 2023, 18:13 GMT+10", "Wed, May 24, 2023", "March 3, 2023 5:30 PM ET") and reads them into
 * {@link PublicationDate}s. Numeric day/month forms ("03/04/2023") are skipped: their order is ambiguous.
 */
final class DateExpressions {

    /** A date found in a line, with what the words before it say about it. */
    record Found(PublicationDate date, Label label, int start, int end) {
        /** 2 = instant with offset, 1 = calendar date only. */
        int precision() {
            return date.instant().isPresent() ? 2 : 1;
        }
    }

    enum Label { PUBLISHED, UPDATED, NONE }

    private static final String MONTH =
            "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY =
            "(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|urday|rsday)?\\.?,?\\s+)?";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    /** Time of day, optional seconds and am/pm, then an optional zone (numeric offset or abbreviation). */
    private static final String TIME = "(?:(?:,|\\s+at|\\s*[-\u2013|\u2022\u00b7])?\\s*"
            + "(?<hour>[0-2]?\\d)[:.](?<minute>[0-5]\\d)(?::(?<second>[0-5]\\d))?"
            + "(?:\\s*(?<ampm>[AaPp]\\.?\\s?[Mm]\\.?))?"
            + "(?:\\s*\\(?(?<zone>(?:GMT|UTC)\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?|[A-Z]{2,5})\\)?(?![\\p{L}\\d]))?)?";

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d-])(?<date>(?:19|20)\\d{2}-[01]\\d-[0-3]\\d)"
            + "(?:[T ](?<time>[0-2]\\d:[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?)(?<offset>Z|[+-][01]\\d:?[0-5]\\d)?)?(?![\\d])");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i:" + WEEKDAY + MONTH + ")\\s+" + DAY + ",?\\s+" + YEAR + "(?!\\d)" + TIME);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i:" + WEEKDAY + ")" + DAY + "\\s+(?i:" + MONTH + "),?\\s+" + YEAR + "(?!\\d)" + TIME);

    private static final Pattern YEAR_HINT = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern UPDATED_WORDS = Pattern.compile("(?i)\\b(updated?|modified|edited|revised)\\b");
    private static final Pattern PUBLISHED_WORDS =
            Pattern.compile("(?i)\\b(published|posted|first published|created|released|issued)\\b");

    private DateExpressions() {
    }

    /** All date expressions in {@code line}, left to right, non-overlapping. */
    static List<Found> find(String line) {
        List<Found> found = new ArrayList<>();
        if (!YEAR_HINT.matcher(line).find()) {
            return found; // every supported form has a four-digit year; most lines have none
        }
        collect(ISO, line, found, true);
        collect(MONTH_FIRST, line, found, false);
        collect(DAY_FIRST, line, found, false);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Found> labelled = new ArrayList<>();
        int previousEnd = 0;
        for (Found f : found) {
            if (f.start() < previousEnd) {
                continue;
            }
            String before = line.substring(previousEnd, f.start());
            labelled.add(new Found(f.date(), labelOf(before), f.start(), f.end()));
            previousEnd = f.end();
        }
        return labelled;
    }

    /**
     * The best publication date among {@code found}: published beats unlabelled beats updated; then the
     * most precise; then the earliest mention.
     */
    static Optional<Found> best(List<Found> found) {
        Found best = null;
        for (Found f : found) {
            if (best == null || rank(f) > rank(best)) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int rank(Found f) {
        int label = switch (f.label()) {
            case PUBLISHED -> 2;
            case NONE -> 1;
            case UPDATED -> 0;
        };
        return label * 10 + f.precision();
    }

    private static Label labelOf(String before) {
        // Only the words right before the date speak about it: "Published on".
        String near = before.length() > 40 ? before.substring(before.length() - 40) : before;
        if (UPDATED_WORDS.matcher(near).find()) {
            return Label.UPDATED;
        }
        if (PUBLISHED_WORDS.matcher(near).find()) {
            return Label.PUBLISHED;
        }
        return Label.NONE;
    }

    private static void collect(Pattern pattern, String line, List<Found> out, boolean iso) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            try {
                PublicationDate date = iso ? readIso(m) : readWords(m);
                if (date != null) {
                    out.add(new Found(date, Label.NONE, m.start(), m.end()));
                }
            } catch (DateTimeException e) {
                // "31 February": not a date, skip it.
            }
        }
    }

    private static PublicationDate readIso(Matcher m) {
        LocalDate date = LocalDate.parse(m.group("date"));
        String evidence = m.group().strip();
        if (m.group("time") != null && m.group("offset") != null) {
            String offset = m.group("offset");
            if (offset.length() == 5) {
                offset = offset.substring(0, 3) + ":" + offset.substring(3);
            }
            LocalTime time = LocalTime.parse(m.group("time"));
            return PublicationDate.of(OffsetDateTime.of(date, time, ZoneOffset.of(offset)), evidence);
        }
        return PublicationDate.of(date, evidence);
    }

    private static PublicationDate readWords(Matcher m) {
        int month = monthNumber(m.group("month"));
        LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("day")));
        String hour = m.group("hour");
        if (hour == null) {
            return PublicationDate.of(date, m.group().strip());
        }
        int h = Integer.parseInt(hour);
        String ampm = m.group("ampm");
        if (ampm != null) {
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            if (h < 1 || h > 12) {
                return PublicationDate.of(date, trimTime(m));
            }
            h = h % 12 + (pm ? 12 : 0);
        }
        if (h > 23) {
            return PublicationDate.of(date, trimTime(m));
        }
        LocalTime time = LocalTime.of(h, Integer.parseInt(m.group("minute")),
                m.group("second") == null ? 0 : Integer.parseInt(m.group("second")));
        Optional<ZoneId> zone = ZoneNames.zone(m.group("zone"));
        if (zone.isEmpty()) {
            // A time without a known zone is no instant; keep the date and drop the words we could not read.
            return PublicationDate.of(date, m.group("zone") == null ? m.group().strip() : trimZone(m));
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        ZoneOffset offset = zone.get().getRules().getOffset(local);
        return PublicationDate.of(OffsetDateTime.of(local, offset), m.group().strip());
    }

    private static String trimTime(Matcher m) {
        return m.group().substring(0, m.end("year") - m.start()).strip();
    }

    private static String trimZone(Matcher m) {
        return m.group().substring(0, m.start("zone") - m.start()).replaceAll("[\\s(]+$", "").strip();
    }

    private static int monthNumber(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (key) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new DateTimeException("month " + name);
        };
    }
}
