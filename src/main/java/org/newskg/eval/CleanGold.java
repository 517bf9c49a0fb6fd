package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One page of the boilerplate gold set: every line of a scraped page marked as story content
 * ({@code + }) or not ({@code - }); {@code #} lines are comments, blank lines are the page's own.
 * The format is described in {@code eval/clean/README.md}.
 *
 * @param source the gold file
 * @param lines  the page's lines in order, blank ones included
 */
public record CleanGold(String source, List<Line> lines) {

    /** One line of the page; {@code content} is false for boilerplate and for blank lines. */
    public record Line(int number, String text, boolean content) {}

    public CleanGold {
        lines = List.copyOf(lines);
    }

    /** The page as the scraper saved it: the text of every line, markers and comments left out. */
    public String page() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            sb.append(l.text()).append('\n');
        }
        return sb.toString();
    }

    public static CleanGold read(Path file) throws IOException {
        List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String s = raw.get(i);
            int number = i + 1;
            if (s.isBlank()) {
                lines.add(new Line(number, "", false));
            } else if (s.startsWith("+ ") || s.startsWith("- ")) {
                lines.add(new Line(number, s.substring(2), s.charAt(0) == '+'));
            } else if (!s.startsWith("#")) {
                throw new GoldFormatException(file + ":" + number + ": a line starts with '+ ', '- ' or '#'");
            }
        }
        return new CleanGold(file.toString(), lines);
    }

    /** Every {@code *.txt} page of a folder, in name order (or the one file named). */
    public static List<CleanGold> readAll(Path folderOrFile) throws IOException {
        List<CleanGold> pages = new ArrayList<>();
        for (Path f : files(folderOrFile, ".txt")) {
            pages.add(read(f));
        }
        return pages;
    }

    /** The files of a folder whose names end with {@code suffix}, in name order (or the one file named); none is an error. */
    static List<Path> files(Path folderOrFile, String suffix) throws IOException {
        if (!Files.isDirectory(folderOrFile)) {
            return List.of(folderOrFile);
        }
        try (Stream<Path> files = Files.list(folderOrFile)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
            if (found.isEmpty()) {
                throw new GoldFormatException("no *" + suffix + " gold files in " + folderOrFile);
            }
            return found;
        }
    }

    /** A gold file that does not follow the format. */
    public static final class GoldFormatException extends IllegalArgumentException {
        public GoldFormatException(String message) {
            super(message);
        }
    }
}
