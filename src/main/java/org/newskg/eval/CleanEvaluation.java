package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import org.newskg.clean.CleanArticle;
import org.newskg.clean.Cleaner;
import org.newskg.source.RawArticle;

/** Runs the product's cleaner on gold pages and scores which lines it kept. */
public final class CleanEvaluation {
    /** A line the cleaner got wrong: story content it dropped, or boilerplate it kept. */
    public record Mistake(String source, int line, boolean content, String text) {
        @Override
        public String toString() {
            return (content ? "content dropped" : "boilerplate kept") + "\t" + source + ":" + line + "\t" + text;
        }
    }

    /** The scores of a run and every mistake behind them. */
    public record Result(CleanScores scores, List<Mistake> mistakes) {}

    private final Cleaner cleaner;

    public CleanEvaluation(Cleaner cleaner) {
        this.cleaner = cleaner;
    }

    public Result run(List<CleanGold> pages) {
        CleanScores total = CleanScores.ZERO;
        List<Mistake> mistakes = new ArrayList<>();
        for (CleanGold page : pages) {
            CleanArticle clean = cleaner.clean(new RawArticle(page.source(), page.page()));
            List<String> texts = page.lines().stream().map(CleanGold.Line::text).toList();
            boolean[] kept = KeptLines.of(texts, clean.text());
            int ck = 0, cl = 0, bk = 0, bd = 0;
            for (int i = 0; i < kept.length; i++) {
                CleanGold.Line l = page.lines().get(i);
                if (l.text().isBlank()) {
                    continue;
                }
                if (l.content() && kept[i]) {
                    ck++;
                } else if (l.content()) {
                    cl++;
                } else if (kept[i]) {
                    bk++;
                } else {
                    bd++;
                }
                if (l.content() != kept[i]) {
                    mistakes.add(new Mistake(page.source(), l.number(), l.content(), l.text()));
                }
            }
            total = total.plus(new CleanScores(1, ck, cl, bk, bd));
        }
        return new Result(total, mistakes);
    }
}
