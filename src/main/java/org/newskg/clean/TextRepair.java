package org.newskg.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Character- and line-level repair of scraped text: odd spaces and invisible characters, line ends,
 * and drop capitals that the scraper split from their word ("J" / "apanese Prime Minister").
 * Returns one stripped, non-blank line per paragraph.
 */
final class TextRepair {

    /** No-break and other fixed-width spaces, and tabs: plain spaces for every later rule. */
    private static final Pattern ODD_SPACE = Pattern.compile("[\\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    /**
     * Invisible characters that only break words and patterns. The zero-width joiner (U+200D) is kept:
     * emoji sequences and several scripts need it.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u2060\\uFEFF\\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern LINE_END = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");
    /** A drop capital: one upper-case letter alone on its line. */
    private static final Pattern DROP_CAPITAL = Pattern.compile("\\p{Lu}");
    private static final Pattern STARTS_LOWER = Pattern.compile("\\p{Ll}.*", Pattern.DOTALL);

    private TextRepair() {
    }

    /** Normalises characters within one line (no line breaks expected). */
    static String normalizeLine(String line) {
        String s = ODD_SPACE.matcher(line).replaceAll(" ");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = CONTROL.matcher(s).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** The repaired paragraphs of {@code text}: non-blank, stripped, drop capitals re-joined. */
    static List<String> lines(String text) {
        String unified = LINE_END.matcher(text).replaceAll("\n");
        String[] raw = unified.split("\n", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String line = normalizeLine(raw[i]);
            if (line.isEmpty()) {
                continue;
            }
            if (DROP_CAPITAL.matcher(line).matches()) {
                int next = nextNonBlank(raw, i + 1);
                if (next >= 0) {
                    String rawNext = ODD_SPACE.matcher(INVISIBLE.matcher(raw[next]).replaceAll("")).replaceAll(" ");
                    String following = normalizeLine(rawNext);
                    if (STARTS_LOWER.matcher(following).matches()) {
                        // Indented continuation means the letter was a word of its own ("A" / " man said").
                        String glue = rawNext.startsWith(" ") ? " " : "";
                        out.add(line + glue + following);
                        i = next;
                        continue;
                    }
                }
            }
            out.add(line);
        }
        return out;
    }

    private static int nextNonBlank(String[] raw, int from) {
        // A drop capital sits at most a couple of blank lines above its word.
        for (int j = from; j < raw.length && j <= from + 2; j++) {
            if (!normalizeLine(raw[j]).isEmpty()) {
                return j;
            }
        }
        return -1;
    }
}
