package org.newskg.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines that carry nothing but metadata: dates ("Published on ..."), bylines ("By Jane Smith",
 * "Jane Smith | Reporter"), bare agency names, site names and dateline places. Such lines leave the text
 * and fill {@link ArticleMetadata}; nothing is invented when a page states nothing.
 */
final class MetadataDetector {

    /** What one metadata-only line says. */
    record LineMeta(List<DateExpressions.Found> dates, Optional<String> byline, Optional<String> agency) {
        boolean labelled() {
            return dates.stream().anyMatch(d -> d.label() != DateExpressions.Label.NONE);
        }
    }

    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s+[|\u2022\u00b7]\\s+|\\s*\\|\\s*");
    private static final Pattern DATE_LABELS = Pattern.compile(
            "(?i)\\b(?:first |last )?(?:published|updated?|posted|modified|edited|created|released|issued|"
            + "on|at|date|time|am|pm)\\b|[\\s,:;|\u2022\u00b7()\\[\\]\u2013\u2014/-]+");
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'\u2019.-]*|de|da|van|von|der|den|bin|al|el|le|la|di|du)";
    private static final String NAME = "\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+" + NAME_WORD + "){1,3}";
    private static final Pattern BYLINE = Pattern.compile(
            "(?:By|BY|Written by|Words by|Story by)\\s+(" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*)"
            + "(?:\\s*[,\u2013\u2014-]\\s*(?:[\\p{L} ]{2,40}))?");
    /** A byline's label and names alone, without anything after them. */
    private static final Pattern BYLINE_NAMES = Pattern.compile(
            "(?:By|BY|Written by|Words by|Story by)\\s+" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*");
    /** Where a byline's names end and a trailing agency begins: "By JANE SMITH, Associated Press", "By Jane Smith - AFP". */
    private static final Pattern TRAILER_SEPARATOR = Pattern.compile("\\s*[,\u2013\u2014|/]\\s*|\\s+-\\s+");
    private static final Pattern NAME_ONLY = Pattern.compile(NAME);
    private static final Pattern ROLE = Pattern.compile(
            // Up to three words of beat or rank before the job: "Energy correspondent", "Senior Europe editor".
            "(?i)(?:[\\p{L}'\u2019-]+\\s+){0,3}(?:reporter|correspondent|editor|writer|journalist|"
            + "contributor|columnist|analyst|producer|staff|staff writer|desk)");
    private static final Pattern PLACE = Pattern.compile(
            "\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s\\p{Lu}[\\p{L}.'\u2019-]*){0,2}(?:,\\s*\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s\\p{Lu}[\\p{L}.'\u2019-]*){0,2}){1,2}");
    private static final Pattern DOMAIN_LINE = Pattern.compile(
            "(?:www\\.)?[\\p{L}\\d][\\p{L}\\d-]*(?:\\.[\\p{L}\\d-]+)*\\.(?:com|net|org|info|news|co|io|tv|[a-z]{2})(?:\\.[a-z]{2})?",
            Pattern.CASE_INSENSITIVE);
    /** "SPRINGFIELD (Agency) -" opening a story. */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{L} ,.'\u2019-]{1,40}\\(([\\p{L} .&-]{2,30})\\)\\s*[-\u2013\u2014]");

    /** The places of a dateline before its date: "LONDON,", "Springfield, Ill.,". */
    private static final Pattern DATELINE_PLACE = Pattern.compile(
            "\\p{Lu}[\\p{L} .'\u2019-]{1,30}(?:,\\s*\\p{Lu}[\\p{L} .'\u2019-]{1,30}){0,2},\\s*");
    /** What follows a dateline's date: an agency or wire in brackets or slashes, then a dash or colon. */
    private static final Pattern DATELINE_END = Pattern.compile(
            "^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:/[^/]{1,40}/\\s*)?[-\u2013\u2014:]");

    private MetadataDetector() {
    }

    /** The full date of a dateline opening a paragraph: "LONDON, 24 May 2023 (Agency) - The ...". */
    static Optional<DateExpressions.Found> datelineDate(String paragraph) {
        List<DateExpressions.Found> found = DateExpressions.find(paragraph.length() > 120 ? paragraph.substring(0, 120) : paragraph);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DateExpressions.Found first = found.get(0);
        boolean placeBefore = DATELINE_PLACE.matcher(paragraph.substring(0, first.start())).matches();
        boolean endAfter = DATELINE_END.matcher(paragraph.substring(first.end())).find();
        return placeBefore && endAfter ? Optional.of(first) : Optional.empty();
    }

    /** Present when the whole line is metadata: every part of it a date, a byline, a role or an agency. */
    static Optional<LineMeta> metadataLine(String line) {
        if (line.length() > 200) {
            return Optional.empty();
        }
        List<DateExpressions.Found> dates = new ArrayList<>();
        String byline = null;
        String agency = null;
        boolean bareName = false;
        boolean role = false;
        String roleText = null;
        for (String segment : SEGMENT_SEPARATOR.split(line.strip())) {
            String seg = segment.strip();
            if (seg.isEmpty()) {
                continue;
            }
            Optional<String> named = ChromeRules.agencyLine(seg);
            List<DateExpressions.Found> found = DateExpressions.find(seg);
            Optional<LineMeta> trailed;
            if (named.isPresent()) {
                agency = agency == null ? named.get() : agency;
            } else if (!found.isEmpty() && onlyDates(seg, found)) {
                dates.addAll(found);
            } else if ((trailed = bylineWithTrailer(seg, found)).isPresent()) {
                byline = byline == null ? trailed.get().byline().orElseThrow() : byline;
                dates.addAll(trailed.get().dates());
                agency = agency == null ? trailed.get().agency().orElse(null) : agency;
            } else if (BYLINE.matcher(seg).matches()) {
                byline = byline == null ? seg : byline;
            } else if (ROLE.matcher(seg).matches()) {
                role = true;
                roleText = roleText == null ? seg : roleText;
            } else if (NAME_ONLY.matcher(seg).matches() && Prose.words(seg) <= 4) {
                bareName = true;
                byline = byline == null ? seg : byline;
            } else {
                return Optional.empty();
            }
        }
        if (bareName && !role && !line.contains("|")) {
            return Optional.empty(); // a bare name is a byline only beside a role: "Jane Smith | Reporter"
        }
        if (bareName && roleText != null) {
            byline = byline + " | " + roleText; // as written: "Jane Smith | Reporter"
        }
        if (dates.isEmpty() && byline == null && agency == null) {
            return Optional.empty();
        }
        return Optional.of(new LineMeta(dates, Optional.ofNullable(byline), Optional.ofNullable(agency)));
    }

    /**
     * A byline whose names a date or a known agency follows, in plain text: "By Jane Smith 8 January 2020",
     * "By Jane Smith and Tom Roe, 8 January 2020, 3:51 pm", "By JANE SMITH, Associated Press". The byline is the label and
     * names as written; the date and the agency are read as on their own lines.
     */
    static Optional<LineMeta> bylineWithTrailer(String segment, List<DateExpressions.Found> found) {
        if (!found.isEmpty()) {
            String head = segment.substring(0, found.get(0).start()).replaceAll("[\\s,;|\u2013\u2014-]+$", "");
            String rest = segment.substring(found.get(0).start());
            List<DateExpressions.Found> restDates = DateExpressions.find(rest);
            if (BYLINE_NAMES.matcher(head).matches() && !restDates.isEmpty() && onlyDates(rest, restDates)) {
                return Optional.of(new LineMeta(restDates, Optional.of(head), Optional.empty()));
            }
            return Optional.empty();
        }
        Matcher sep = TRAILER_SEPARATOR.matcher(segment);
        int at = -1, after = -1;
        while (sep.find()) {
            at = sep.start();
            after = sep.end();
        }
        if (at < 0 || !BYLINE_NAMES.matcher(segment.substring(0, at)).matches()) {
            return Optional.empty();
        }
        String names = segment.substring(0, at);
        Optional<String> agency = Agencies.lookup(segment.substring(after).strip());
        return agency.map(a -> new LineMeta(List.of(), Optional.of(names), Optional.of(a)));
    }

    private static boolean onlyDates(String segment, List<DateExpressions.Found> found) {
        StringBuilder rest = new StringBuilder();
        int from = 0;
        for (DateExpressions.Found f : found) {
            rest.append(segment, from, f.start()).append(' ');
            from = f.end();
        }
        rest.append(segment.substring(from));
        return DATE_LABELS.matcher(rest).replaceAll("").isEmpty();
    }

    /** "Springfield, Illinois": the place of a dateline, printed on its own beside the other header facts. */
    static boolean isPlaceLine(String line) {
        return line.length() <= 40 && PLACE.matcher(line).matches();
    }

    /** A site name at the top: a bare domain ("Example.com"). */
    static Optional<String> domainPublisher(String line) {
        return line.length() <= 40 && DOMAIN_LINE.matcher(line).matches() && !line.contains(" ")
                ? Optional.of(line) : Optional.empty();
    }

    /**
     * A short line naming the site, recognised because the page's chrome repeats the name ("Subscribe to The Daily Planet
     * today"). Returns the name as the chrome spells it, or empty.
     */
    static Optional<String> repeatedNamePublisher(String line, String chromeText) {
        if (line.length() > 40 || Prose.words(line) > 5 || !Prose.isUnpunctuated(line)) {
            return Optional.empty();
        }
        String key = letters(line);
        if (key.length() < 4 || !Character.isUpperCase(line.codePointAt(0))) {
            return Optional.empty();
        }
        StringBuilder spaced = new StringBuilder("(?i)(?:\\bthe\\s+)?");
        for (int i = 0; i < key.length(); i++) {
            if (i > 0) {
                spaced.append("[\\s.'\u2019-]?");
            }
            spaced.append(Pattern.quote(String.valueOf(key.charAt(i))));
        }
        Matcher m = Pattern.compile(spaced.toString()).matcher(chromeText);
        String best = null;
        while (m.find()) {
            boolean wordStart = m.start() == 0 || !Character.isLetterOrDigit(chromeText.charAt(m.start() - 1));
            boolean wordEnd = m.end() == chromeText.length() || !Character.isLetterOrDigit(chromeText.charAt(m.end()));
            if (wordStart && wordEnd && Character.isUpperCase(m.group().charAt(0))
                    && (best == null || m.group().length() > best.length())) {
                best = m.group();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The agency in a story's opening dateline ("SPRINGFIELD (Agency) - ..."), if it is a known one. */
    static Optional<String> datelineAgency(String line) {
        Matcher m = AGENCY_DATELINE.matcher(line);
        return m.find() ? Agencies.lookup(m.group(1)) : Optional.empty();
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(c -> b.appendCodePoint(Character.toLowerCase(c)));
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
