package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gold for one real page that stays where it is (under {@code ../shared}): which of its lines are the
 * story, told by a few words that open them, so no text of the page is copied into the project.
 * The format is described in {@code eval/clean/README.md}: tab-separated {@code key value...} lines:
 * {@code page PATH[#row=N]}, {@code content FIRST-WORDS [LAST-WORDS]} (a run of story lines, in page
 * order), {@code exclude WORDS} (a line inside a run that is not story), {@code lines N} (how many story
 * lines the anchors give: a check that the page is the one annotated), and the expected {@code title},
 * {@code byline}, {@code published} (YYYY-MM-DD) and {@code language}; {@code -} means none.
 *
 * @param source    the gold file
 * @param page      the page's path under the shared folder, with {@code #row=N} for a CSV row
 * @param runs      story runs: first and last line anchors (equal for a one-line run)
 * @param excludes  anchors of non-story lines inside the runs
 * @param lines     the number of story lines the annotator counted
 * @param title     opening words of the expected title; empty when the page states none
 * @param byline    expected byline; empty when none
 * @param published expected publication date (YYYY-MM-DD); empty when the text states none
 * @param language  expected language code
 */
public record PageGold(String source, String page, List<Run> runs, List<String> excludes, int lines,
        Optional<String> title, Optional<String> byline, Optional<String> published, String language) {

    /** A run of story lines, from the line opening with {@code first} to the one opening with {@code last}. */
    public record Run(String first, String last) {}

    public PageGold {
        runs = List.copyOf(runs);
        excludes = List.copyOf(excludes);
    }

    public static PageGold read(Path file) throws IOException {
        String page = null;
        List<Run> runs = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        int lines = -1;
        Optional<String> title = null, byline = null, published = null;
        String language = null;
        List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < raw.size(); i++) {
            String s = raw.get(i);
            if (s.isBlank() || s.startsWith("#")) {
                continue;
            }
            String[] f = s.split("\t");
            String where = file + ":" + (i + 1) + ": ";
            if (f.length < 2 || f[1].isBlank()) {
                throw new CleanGold.GoldFormatException(where + "a line is a key, a tab and a value");
            }
            String v = f[1].strip();
            switch (f[0]) {
                case "page" -> page = v;
                case "content" -> runs.add(new Run(v, f.length > 2 ? f[2].strip() : v));
                case "exclude" -> excludes.add(v);
                case "lines" -> lines = number(v, where);
                case "title" -> title = none(v);
                case "byline" -> byline = none(v);
                case "published" -> published = none(v);
                case "language" -> language = v;
                default -> throw new CleanGold.GoldFormatException(where + "unknown key '" + f[0] + "'");
            }
        }
        if (page == null || runs.isEmpty() != (lines == 0) || lines < 0 || title == null || byline == null || published == null
                || language == null) {
            throw new CleanGold.GoldFormatException(file
                    + ": needs page, content (none only with lines 0), lines, title, byline, published and language");
        }
        return new PageGold(file.toString(), page, runs, excludes, lines, title, byline, published, language);
    }

    /** Every {@code *.page} file of a folder, in name order (or the one file named). */
    public static List<PageGold> readAll(Path folderOrFile) throws IOException {
        List<PageGold> pages = new ArrayList<>();
        for (Path f : CleanGold.files(folderOrFile, ".page")) {
            pages.add(read(f));
        }
        return pages;
    }

    private static Optional<String> none(String v) {
        return v.equals("-") ? Optional.empty() : Optional.of(v);
    }

    private static int number(String v, String where) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new CleanGold.GoldFormatException(where + "'lines' takes a number, not '" + v + "'");
        }
    }
}
