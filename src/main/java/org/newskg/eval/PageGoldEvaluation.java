package org.newskg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.clean.Cleaner;
import org.newskg.source.ArticleSink;
import org.newskg.source.RawArticle;
import org.newskg.source.Readers;

/**
 * Scores the cleaner on real pages that stay under the shared folder ({@link PageGold}): each page is read
 * as ingest reads it, its story lines are found by the gold's anchors at run time, and the cleaner's
 * text (of the page alone: metadata the input supplies, such as a CSV's title column, is left out so
 * that the title, byline and date are the cleaner's own) is scored line by line as {@link CleanEvaluation} does.
 */
public final class PageGoldEvaluation {
    /** One page's outcome; {@code error} is set (and nothing scored) when the page or an anchor is not found. */
    public record Page(PageGold gold, CleanScores scores, List<String> fields, List<String> mistakes, String error) {
        public String render() {
            String name = Path.of(gold.source()).getFileName().toString();
            if (error != null) {
                return name + "\tERROR " + error;
            }
            if (gold.lines() == 0) {
                return String.format(Locale.ROOT, "%s\tno story: %d of %d lines kept\t%s", name, scores.boilerplateKept(),
                        scores.boilerplateKept() + scores.boilerplateDropped(), String.join(" ", fields));
            }
            return String.format(Locale.ROOT, "%s\tP %.3f\tR %.3f\tF1 %.3f\t(%d story lines, %d kept; %d other kept)\t%s",
                    name, scores.precision(), scores.recall(), scores.f1(), scores.contentKept() + scores.contentLost(),
                    scores.contentKept(), scores.boilerplateKept(), String.join(" ", fields));
        }
    }

    /** The pages and their sum. */
    public record Result(List<Page> pages, CleanScores total, int[] fieldsRight, int[] fieldsTotal) {
        public static final List<String> FIELDS = List.of("title", "byline", "published", "language");

        public String render() {
            StringBuilder sb = new StringBuilder();
            pages.forEach(p -> sb.append(p.render()).append('\n'));
            sb.append(total.render());
            double macro = pages.stream().filter(p -> p.error() == null && p.gold().lines() > 0).mapToDouble(p -> p.scores().f1()).average().orElse(0);
            sb.append(String.format(Locale.ROOT, "mean F1 of the pages with a story %.4f; pages that lost their whole story: %d; pages not scored: %d%n",
                    macro, pages.stream().filter(p -> p.error() == null && p.gold().lines() > 0 && p.scores().contentKept() == 0).count(),
                    pages.stream().filter(p -> p.error() != null).count()));
            for (int i = 0; i < FIELDS.size(); i++) {
                sb.append(FIELDS.get(i)).append(' ').append(fieldsRight[i]).append(" of ").append(fieldsTotal[i])
                        .append(i + 1 < FIELDS.size() ? "; " : "\n");
            }
            return sb.toString();
        }
    }

    private final Readers readers;
    private final Cleaner cleaner;
    private final Path shared;
    /** Articles of each input read so far: many pages are rows of one CSV file. */
    private final Map<Path, List<RawArticle>> read = new HashMap<>();

    public PageGoldEvaluation(Readers readers, Cleaner cleaner, Path shared) {
        this.readers = readers;
        this.cleaner = cleaner;
        this.shared = shared;
    }

    public Result run(List<PageGold> golds) {
        List<Page> pages = new ArrayList<>();
        CleanScores total = CleanScores.ZERO;
        int[] right = new int[4], all = new int[4];
        for (PageGold gold : golds) {
            Page page = score(gold);
            pages.add(page);
            if (page.error() == null) {
                total = total.plus(page.scores());
                for (int i = 0; i < 4; i++) {
                    all[i]++;
                    right[i] += page.fields().get(i).endsWith("ok") ? 1 : 0;
                }
            }
        }
        return new Result(pages, total, right, all);
    }

    private Page score(PageGold gold) {
        Optional<RawArticle> raw = article(gold.page());
        if (raw.isEmpty()) {
            return new Page(gold, null, List.of(), List.of(), "no article at " + shared.resolve(gold.page()));
        }
        List<String> lines = List.of(raw.get().text().split("\\r\\n?|\\n", -1));
        boolean[] story;
        try {
            story = storyLines(gold, lines);
        } catch (IllegalArgumentException e) {
            return new Page(gold, null, List.of(), List.of(), e.getMessage());
        }
        CleanArticle clean = cleaner.clean(new RawArticle(raw.get().source(), raw.get().text()));
        boolean[] kept = KeptLines.of(lines, clean.text());
        int ck = 0, cl = 0, bk = 0, bd = 0;
        List<String> mistakes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (KeptLines.normalize(lines.get(i)).isEmpty()) {
                continue;
            }
            if (story[i] && kept[i]) {
                ck++;
            } else if (story[i]) {
                cl++;
            } else if (kept[i]) {
                bk++;
            } else {
                bd++;
            }
            if (story[i] != kept[i]) {
                mistakes.add((story[i] ? "content dropped" : "boilerplate kept") + "\t" + gold.page() + ":" + (i + 1)
                        + "\t" + KeptLines.normalize(lines.get(i)));
            }
        }
        return new Page(gold, new CleanScores(1, ck, cl, bk, bd), fields(gold, clean), mistakes, null);
    }

    /** title, byline, published, language: "name ok" or "name WRONG(got)" each. */
    private static List<String> fields(PageGold gold, CleanArticle clean) {
        ArticleMetadata m = clean.metadata();
        Optional<String> title = m.title().map(KeptLines::normalize);
        boolean titleOk = gold.title().isEmpty() ? title.isEmpty()
                : title.isPresent() && title.get().startsWith(KeptLines.normalize(gold.title().get()));
        Optional<String> byline = m.byline().map(KeptLines::normalize);
        boolean bylineOk = gold.byline().map(b -> KeptLines.normalize(b).toLowerCase(Locale.ROOT))
                .equals(byline.map(b -> b.toLowerCase(Locale.ROOT)));
        Optional<String> date = m.published().map(p -> p.date().toString());
        return List.of(
                field("title", titleOk, title),
                field("byline", bylineOk, byline),
                field("published", gold.published().equals(date), date),
                field("language", gold.language().equals(clean.language()), Optional.of(clean.language())));
    }

    private static String field(String name, boolean ok, Optional<String> got) {
        return ok ? name + " ok" : name + " WRONG(" + got.orElse("-") + ")";
    }

    /** Which lines the gold's anchors make story lines; an anchor not found, or a count that differs, is an error. */
    static boolean[] storyLines(PageGold gold, List<String> lines) {
        boolean[] story = new boolean[lines.size()];
        int from = 0;
        for (PageGold.Run run : gold.runs()) {
            int first = find(run.first(), lines, from, lines.size());
            int last = find(run.last(), lines, first, lines.size());
            for (int i = first; i <= last; i++) {
                story[i] = !KeptLines.normalize(lines.get(i)).isEmpty();
            }
            from = last + 1;
        }
        int searchFrom = 0;
        for (String anchor : gold.excludes()) {
            int i = searchFrom;
            String a = KeptLines.normalize(anchor);
            while (i < lines.size() && !(story[i] && KeptLines.normalize(lines.get(i)).startsWith(a))) {
                i++;
            }
            if (i == lines.size()) {
                throw new IllegalArgumentException("no story line opens with '" + anchor + "' to exclude");
            }
            story[i] = false;
            searchFrom = i + 1;
        }
        int count = 0;
        for (boolean b : story) {
            count += b ? 1 : 0;
        }
        if (count != gold.lines()) {
            throw new IllegalArgumentException("the anchors give " + count + " story lines, the gold says " + gold.lines());
        }
        return story;
    }

    private static int find(String anchor, List<String> lines, int from, int to) {
        String a = KeptLines.normalize(anchor);
        for (int i = from; i < to; i++) {
            if (KeptLines.normalize(lines.get(i)).startsWith(a)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no line after line " + from + " opens with '" + anchor + "'");
    }

    /** The article at {@code page} (path under the shared folder, {@code #row=N} for a CSV row). */
    private Optional<RawArticle> article(String page) {
        int hash = page.indexOf('#');
        Path file = shared.resolve(hash < 0 ? page : page.substring(0, hash));
        String fragment = hash < 0 ? null : page.substring(hash);
        return read.computeIfAbsent(file, f -> {
            ArticleSink.Collecting sink = ArticleSink.collecting();
            readers.read(f, sink);
            return sink.result().articles();
        }).stream()
                .filter(a -> fragment == null || a.source().endsWith(fragment))
                .findFirst();
    }
}
