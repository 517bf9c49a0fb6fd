package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which lines of a page survive cleaning: the cleaned text is a subsequence of the page's lines
 * (repaired: odd spaces made plain, runs of spaces collapsed), so each page line is matched, in
 * order, against the next cleaned line. A cleaned line that is a drop capital joined to its word
 * ("J" + "apanese ...") keeps both page lines; a cleaned line found nowhere further down the page
 * (changed beyond spaces) is passed over, so it does not hide the lines after it.
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
        List<String> page = pageLines.stream().map(KeptLines::normalize).toList();
        // page lines (and drop capitals glued to their word) not passed yet: a cleaned line not among them is passed over
        Map<String, Integer> ahead = new HashMap<>();
        for (int i = 0; i < page.size(); i++) {
            ahead.merge(page.get(i), 1, Integer::sum);
            ahead.merge(joined(page, i), 1, Integer::sum);
        }
        boolean[] kept = new boolean[page.size()];
        int next = 0;
        for (int i = 0; i < page.size(); i++) {
            String line = page.get(i);
            while (next < cleaned.size() && ahead.getOrDefault(cleaned.get(next), 0) == 0) {
                next++;
            }
            if (!line.isEmpty() && next < cleaned.size()) {
                if (line.equals(cleaned.get(next))) {
                    kept[i] = true;
                    next++;
                } else if (joinsNext(page, i, cleaned.get(next))) {
                    int j = nextNonBlank(page, i);
                    kept[i] = kept[j] = true;
                    next++;
                    for (int k = i; k <= j; k++) {
                        pass(ahead, page, k);
                    }
                    i = j;
                    continue;
                }
            }
            pass(ahead, page, i);
        }
        return kept;
    }

    private static void pass(Map<String, Integer> ahead, List<String> page, int i) {
        ahead.merge(page.get(i), -1, Integer::sum);
        ahead.merge(joined(page, i), -1, Integer::sum);
    }

    /** Page line {@code i} glued to the next non-blank line when it is a drop capital (one or two characters), else "". */
    private static String joined(List<String> page, int i) {
        String line = page.get(i);
        int j = nextNonBlank(page, i);
        return !line.isEmpty() && line.length() <= 2 && j < page.size() ? line + page.get(j) : "";
    }

    /** Whether {@code cleaned} is page line {@code i} (a drop capital) glued to the next non-blank line. */
    private static boolean joinsNext(List<String> page, int i, String cleaned) {
        String glued = joined(page, i);
        return !glued.isEmpty() && cleaned.equals(glued);
    }

    private static int nextNonBlank(List<String> page, int i) {
        int j = i + 1;
        while (j < page.size() && page.get(j).isEmpty()) {
            j++;
        }
        return j;
    }

    static String normalize(String line) {
        return SPACES.matcher(INVISIBLE.matcher(line).replaceAll("")).replaceAll(" ").strip();
    }
}
