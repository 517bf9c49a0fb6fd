package org.newskg.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Chrome known by its wording in many languages ("Anzeige", "Foto: ...", "Czytaj też"), read from the
 * rule file {@code chrome-phrases.tsv}: buttons and labels that are a whole line, credit and source
 * labels that open a short line, notices to the reader inside a short line, and 'related' markers.
 */
final class ChromePhrases {
    enum Kind { LINE, LABEL, NOTICE, MARKER }

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** What may stand around a button's word: bullets, dashes, brackets, a count ("Kommentare (3)"). */
    private static final String AROUND = "[-\u2013\u2014\u2022*|()\\[\\]>\u00bb\\d\\s]*";
    private static final int LABEL_MAX = 120;
    private static final int NOTICE_MAX = 200;
    /** Quoted speech is story, whatever words it uses. */
    private static final Pattern QUOTE = Pattern.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]");

    private static final Map<Kind, Pattern> PATTERNS = load();

    private ChromePhrases() {}

    /** The line is a button, label, credit or notice this file names. */
    static boolean isChrome(String line) {
        String t = line.strip();
        if (PATTERNS.get(Kind.LINE).matcher(t).matches()) {
            return true;
        }
        boolean quoted = QUOTE.matcher(t).find();
        if (!quoted && t.length() <= LABEL_MAX && PATTERNS.get(Kind.LABEL).matcher(t).lookingAt()) {
            return true;
        }
        return !quoted && t.length() <= NOTICE_MAX && PATTERNS.get(Kind.NOTICE).matcher(t).find();
    }

    /** The line opens with a 'related' marker this file names. */
    static boolean isMarker(String line) {
        return PATTERNS.get(Kind.MARKER).matcher(line.strip()).lookingAt();
    }

    private static Map<Kind, Pattern> load() {
        Map<Kind, List<String>> phrases = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            phrases.put(k, new ArrayList<>());
        }
        for (String row : text().split("\n")) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] cols = row.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException("org/newskg/clean/chrome-phrases.tsv: a row needs kind and phrase: " + row);
            }
            Kind kind = Kind.valueOf(cols[0].strip().toUpperCase(Locale.ROOT));
            phrases.get(kind).add(asRegex(cols[1].strip()));
        }
        Map<Kind, Pattern> out = new EnumMap<>(Kind.class);
        String any = "(?:" + String.join("|", phrases.get(Kind.LINE)) + ")";
        out.put(Kind.LINE, Pattern.compile(AROUND + any + "[-\u2013\u2014\u2022*|().:!?\\d\\s]*", CI));
        out.put(Kind.LABEL, Pattern.compile("[(\\s]*(?:" + String.join("|", phrases.get(Kind.LABEL)) + ")", CI));
        out.put(Kind.NOTICE, Pattern.compile("(?:" + String.join("|", phrases.get(Kind.NOTICE)) + ")", CI));
        // A marker ends the line, or a separator or a teaser's first word follows it.
        out.put(Kind.MARKER, Pattern.compile("[\\s\u2022*>\u00bb-]*(?:" + String.join("|", phrases.get(Kind.MARKER))
                + ")(?=$|[\\s:|>\u00bb\u2013\u2014.!?-])", CI));
        return out;
    }

    /** A phrase as a pattern: literal words, any spaces between them, whole words at the ends. */
    private static String asRegex(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : phrase.split("\\s+")) {
            words.add(Pattern.quote(w));
        }
        String body = String.join("\\s+", words);
        boolean wordStart = Character.isLetterOrDigit(phrase.charAt(0));
        boolean wordEnd = Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
        return (wordStart ? "(?<![\\p{L}\\p{N}])" : "") + body + (wordEnd ? "(?![\\p{L}\\p{N}])" : "");
    }

    private static String text() {
        try (InputStream in = ChromePhrases.class.getResourceAsStream("chrome-phrases.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/newskg/clean/chrome-phrases.tsv");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
