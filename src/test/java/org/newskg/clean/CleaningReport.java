package org.newskg.clean;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newskg.source.RawArticle;

/**
 * Measures the cleaner on the shared corpora (not a test; run by hand, figures go to docs/cleaning.md):
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.newskg.clean.CleaningReport ../shared [--show-removed]
 * </pre>
 */
public final class CleaningReport {

    private final Cleaner cleaner = new Cleaner();
    private final PrintStream out;
    private final boolean showRemoved;

    private CleaningReport(PrintStream out, boolean showRemoved) {
        this.out = out;
        this.showRemoved = showRemoved;
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        boolean show = args.length > 1 && args[1].equals("--show-removed");
        CleaningReport report = new CleaningReport(System.out, show);
        report.seeds(shared.resolve("corpus/seeds"));
        report.usNews(shared.resolve("corpus/us-news-2023-03/cleaned.csv"));
        report.bbc(shared.resolve("corpus/bbc-2005"));
    }

    private void seeds(Path dir) throws IOException {
        out.println("## seeds");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f);
                CleanArticle a = cleaner.clean(new RawArticle(f.toString(), text));
                out.printf("%s lines=%d kept=%d removed=%d title=%s date=%s agency=%s publisher=%s%n",
                        f.getFileName(), nonBlank(text).size(), a.text().split("\n").length, a.removedLines(),
                        a.metadata().title().isPresent(), a.metadata().published().map(d -> d.evidence()).orElse("-"),
                        a.metadata().agency().orElse("-"), a.metadata().publisher().orElse("-"));
            }
        }
    }

    private void usNews(Path csv) throws IOException {
        out.println("## us-news-2023-03 raw_text");
        int rows = 0;
        int lines = 0;
        int removed = 0;
        int touched = 0;
        int withDate = 0;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String text = rec.get("raw_text");
                CleanArticle a = cleaner.clean(new RawArticle(rec.get("url"), text));
                rows++;
                List<String> in = nonBlank(text);
                lines += in.size();
                removed += a.removedLines();
                touched += a.removedLines() > 0 ? 1 : 0;
                withDate += a.metadata().published().isPresent() ? 1 : 0;
                showRemoved(rec.get("url"), in, a);
            }
        }
        out.printf("rows=%d lines=%d removed=%d (%.1f%%) rowsWithRemovals=%d meanRemovedPerRow=%.2f datesFound=%d%n",
                rows, lines, removed, 100.0 * removed / lines, touched, (double) removed / rows, withDate);
    }

    private void bbc(Path dir) throws IOException {
        out.println("## bbc-2005");
        int files = 0;
        int lines = 0;
        int kept = 0;
        int titled = 0;
        int untouched = 0;
        long nanos = 0;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("README.TXT"))
                    .sorted().toList()) {
                String text = read(f);
                long start = System.nanoTime();
                CleanArticle a = cleaner.clean(new RawArticle(f.toString(), text));
                nanos += System.nanoTime() - start;
                List<String> in = nonBlank(text);
                files++;
                lines += in.size();
                kept += in.size() - a.removedLines();
                untouched += a.removedLines() == 0 ? 1 : 0;
                titled += a.metadata().title().map(t -> t.equals(in.get(0).strip())).orElse(false) ? 1 : 0;
                showRemoved(f.toString(), in, a);
            }
        }
        out.printf("files=%d lines=%d kept=%d (%.2f%%) filesUntouched=%d titleIsFirstLine=%d cleanMs=%d%n",
                files, lines, kept, 100.0 * kept / lines, untouched, titled, nanos / 1_000_000);
    }

    private void showRemoved(String source, List<String> in, CleanArticle a) {
        if (!showRemoved || a.removedLines() == 0) {
            return;
        }
        Set<String> keptLines = new HashSet<>(List.of(a.text().split("\n")));
        for (String line : in) {
            String norm = TextRepair.normalizeLine(line);
            if (!keptLines.contains(norm)) {
                out.println("  - " + source.replaceAll(".*/", "") + " | " + (norm.length() > 160 ? norm.substring(0, 160) : norm));
            }
        }
    }

    private static List<String> nonBlank(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\\R")) {
            if (!TextRepair.normalizeLine(l).isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }

    private static String read(Path f) throws IOException {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return Files.readString(f, StandardCharsets.ISO_8859_1); // one BBC file is Latin-1
        }
    }
}
