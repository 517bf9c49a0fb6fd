package org.newskg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Main-text extraction scored the way trafilatura's public evaluation scores it: each page has
 * text snippets that the extracted text must contain ("with") and boilerplate snippets it must
 * not ("without"); a snippet counts when it is a substring of the text, spaces normalised. A page
 * that gives no text misses all its "with" snippets. The data (evaldata.json with the pages in
 * cache/ or eval/ beside it) is read from where the user put it; it is not part of newskg.
 */
public final class SnippetEvaluation {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Counts of snippets: true/false positives and negatives, and pages with no text at all. */
    public record Counts(int pages, int empty, int tp, int fp, int fn, int tn) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(pages + o.pages, empty + o.empty, tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double accuracy() {
            int all = tp + fp + fn + tn;
            return all == 0 ? 0 : (double) (tp + tn) / all;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public String render() {
            return String.format(Locale.ROOT,
                    "pages %d (%d with no text); snippets: %d text, %d boilerplate%n"
                            + "precision %.3f, recall %.3f, accuracy %.3f, F1 %.3f%n",
                    pages, empty, tp + fn, fp + tn, precision(), recall(), accuracy(), f1());
        }
    }

    /** One annotated page: its file and the snippets. */
    public record Page(String url, Path file, List<String> with, List<String> without) {}

    /** A page's result, with the snippets it got wrong ("missed\tTEXT", "kept-boilerplate\tTEXT"). */
    public record Scored(Page page, Counts counts, List<String> misses) {}

    private SnippetEvaluation() {}

    /** The pages of {@code evaldata.json} in {@code dir} (or the named file), their HTML found in cache/ or eval/. */
    public static List<Page> read(Path dirOrFile) throws IOException {
        Path json = Files.isDirectory(dirOrFile) ? dirOrFile.resolve("evaldata.json") : dirOrFile;
        Path here = json.toAbsolutePath().getParent();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getValue().path("file").asText();
            Path file = null;
            for (String sub : List.of("cache", "eval")) {
                Path p = here.resolve(sub).resolve(name);
                if (Files.isRegularFile(p)) {
                    file = p;
                    break;
                }
            }
            if (file == null) {
                throw new IOException(json + ": page of " + e.getKey() + " not found: " + name);
            }
            pages.add(new Page(e.getKey(), file, strings(e.getValue().path("with")), strings(e.getValue().path("without"))));
        }
        return pages;
    }

    /** Scores {@code extractor}'s text (empty: nothing found) on each page. */
    public static List<Scored> run(List<Page> pages, Function<Path, Optional<String>> extractor) {
        List<Scored> out = new ArrayList<>();
        for (Page p : pages) {
            Optional<String> text = extractor.apply(p.file()).filter(t -> !t.isBlank());
            String norm = text.map(SnippetEvaluation::norm).orElse("");
            int tp = 0;
            int fp = 0;
            List<String> misses = new ArrayList<>();
            for (String w : p.with()) {
                if (text.isPresent() && norm.contains(norm(w))) {
                    tp++;
                } else {
                    misses.add("missed\t" + w);
                }
            }
            for (String w : p.without()) {
                if (text.isPresent() && norm.contains(norm(w))) {
                    fp++;
                    misses.add("kept-boilerplate\t" + w);
                }
            }
            Counts c = new Counts(1, text.isEmpty() ? 1 : 0, tp, fp, p.with().size() - tp, p.without().size() - fp);
            out.add(new Scored(p, c, misses));
        }
        return out;
    }

    public static Counts total(List<Scored> scored) {
        Counts t = Counts.ZERO;
        for (Scored s : scored) {
            t = t.plus(s.counts());
        }
        return t;
    }

    static String norm(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
