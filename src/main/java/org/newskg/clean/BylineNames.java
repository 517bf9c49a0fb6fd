package org.newskg.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author names in a page's byline element ("By Jane Doe, John Roe | 8 January 2020, 3:51 pm"): the
 * label ({@code byline-labels.txt}) and any date, time or "Posted on DATE" around them taken off. Empty
 * when what is left is not one or more personal names (a label alone, a photo credit, a date).
 */
public final class BylineNames {
    private static final String WORD = "\\p{Lu}[\\p{L}'\u2019.-]*";
    private static final String PARTICLE = "(?:de|da|van|von|der|den|bin|al|el|le|la|di|du)";
    /** A personal name: two to four capitalised words (particles between), an optional degree after a comma. */
    private static final String NAME = WORD + "(?:\\s+(?:" + WORD + "|" + PARTICLE + ")){1,3}(?:,\\s*(?:PhD|MD|MBA|MPH|Jr\\.?|Sr\\.?))*";
    private static final Pattern NAMES = Pattern.compile(NAME + "(?:\\s*(?:,|and|&|und|et|y)\\s*" + NAME + ")*");
    private static final Pattern LABEL = labels();
    /** "Posted on September 21, 2020 by": a date before the label. */
    private static final Pattern POSTED_ON = Pattern.compile("(?i)^(?:posted|published|written)\\s+on\\s+.{4,40}?\\s+(?=by\\s)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-\u2013\u2014|\u2022\u00b7/]\\s+|\\s*[|\u2022\u00b7]\\s*");
    private static final Pattern FIRST_DIGIT = Pattern.compile("\\s*,?\\s*\\d");
    private static final Pattern LEADING = Pattern.compile("^[-–—|•·/\\s]+");
    /** A month name left before the date's number ("Jane Doe Feb 21, 2020"). */
    private static final Pattern TRAILING_MONTH = Pattern.compile(
            "\\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
            + "|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember)\\.?$");
    private static final int MAX = 120;

    private BylineNames() {}

    /** The names of a byline element's text, as written. */
    public static Optional<String> of(String byline) {
        if (byline == null) {
            return Optional.empty();
        }
        String s = byline.replaceAll("\\s+", " ").strip();
        if (s.isEmpty() || s.length() > MAX) {
            return Optional.empty();
        }
        s = LEADING.matcher(s).replaceFirst("");
        s = POSTED_ON.matcher(s).replaceFirst("");
        s = LABEL.matcher(s).replaceFirst("");
        // The names end at the first separator or number: a date, a time, a reading time follows.
        s = SEPARATOR.split(s, 2)[0];
        Matcher digit = FIRST_DIGIT.matcher(s);
        if (digit.find()) {
            s = s.substring(0, digit.start());
        }
        s = TRAILING_MONTH.matcher(s.strip()).replaceFirst("").strip();
        return NAMES.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }

    private static Pattern labels() {
        List<String> words = new ArrayList<>();
        try (InputStream in = BylineNames.class.getResourceAsStream("byline-labels.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/newskg/clean/byline-labels.txt");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    words.add(Pattern.quote(l).replace(" ", "\\E\\s+\\Q"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        words.sort(Comparator.comparingInt(String::length).reversed()); // "By" must not win over "By line" forms
        return Pattern.compile("^(?i:" + String.join("|", words) + ")(?:\\s*:)?\\s+");
    }
}
