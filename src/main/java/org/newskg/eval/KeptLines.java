package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which lines of a page survive cleaning: the cleaned text is a subsequence of the page's lines
 * (repaired: odd spaces made plain, runs of spaces collapsed), so each page line is matched, in
 * order, against the next cleaned line. A line the cleaner changed beyond spaces (a drop
 * capital joined to its word) counts as dropped.
 */
public final class KeptLines {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u2060\\uFEFF\\u00AD]");

    private KeptLines() {}

    /** For each of {@code pageLines}, whether it is in {@code cleanedText}; blank lines are never kept. */
    public static boolean[] of(List<String> pageLines, String cleanedText) {
        List<String> cleaned = new ArrayList<>();
        for (String l : cleanedText.split("\n")) {
            cleaned.add(normalize(l));
        }
        boolean[] kept = new boolean[pageLines.size()];
        int next = 0;
        for (int i = 0; i < pageLines.size(); i++) {
            String line = normalize(pageLines.get(i));
            if (!line.isEmpty() && next < cleaned.size() && line.equals(cleaned.get(next))) {
                kept[i] = true;
                next++;
            }
        }
        return kept;
    }

    static String normalize(String line) {
        return SPACES.matcher(INVISIBLE.matcher(line).replaceAll("")).replaceAll(" ").strip();
    }
}
