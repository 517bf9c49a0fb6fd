package org.newskg.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.newskg.clean.Cleaner;
import org.newskg.core.Issue;
import org.newskg.source.ArticleSink;
import org.newskg.source.InputFiles;
import org.newskg.source.RawArticle;
import org.newskg.source.Readers;

/**
 * What the cleaner drops on a corpus without gold data: lines in, kept and dropped, per article
 * and in all, and optionally every line with its fate, for reading a sample by hand.
 */
public final class CorpusCleaning {
    /** Counts over a corpus. */
    public record Counts(int articles, int articlesTouched, int lines, int kept, int dropped) {
        public String render() {
            return String.format(Locale.ROOT,
                    "articles %d (%d with some line dropped); non-blank lines %d: kept %d, dropped %d (%.1f%%)%n",
                    articles, articlesTouched, lines, kept, dropped, lines == 0 ? 0 : 100.0 * dropped / lines);
        }
    }

    private final Readers readers;
    private final Cleaner cleaner;

    public CorpusCleaning(Readers readers, Cleaner cleaner) {
        this.readers = readers;
        this.cleaner = cleaner;
    }

    /**
     * Cleans every article under {@code inputs}; {@code lines}, when given, receives one
     * tab-separated row per non-blank line: source, line number, kept|dropped, text.
     */
    public Counts run(List<Path> inputs, PrintWriter lines, Consumer<Issue> issues) {
        int[] c = new int[5];
        for (Path file : InputFiles.expand(inputs, issues)) {
            readers.read(file, new ArticleSink() {
                @Override
                public void article(RawArticle raw) {
                    List<String> page = Arrays.asList(raw.text().split("\\r\\n?|\\n", -1));
                    boolean[] kept = KeptLines.of(page, cleaner.clean(raw).text());
                    int dropped = 0;
                    for (int i = 0; i < kept.length; i++) {
                        String text = KeptLines.normalize(page.get(i));
                        if (text.isEmpty()) {
                            continue;
                        }
                        c[2]++;
                        if (kept[i]) {
                            c[3]++;
                        } else {
                            dropped++;
                        }
                        if (lines != null) {
                            lines.println(raw.source() + "\t" + (i + 1) + "\t" + (kept[i] ? "kept" : "dropped") + "\t" + text);
                        }
                    }
                    c[0]++;
                    c[1] += dropped > 0 ? 1 : 0;
                    c[4] += dropped;
                }

                @Override
                public void issue(Issue issue) {
                    issues.accept(issue);
                }
            });
        }
        return new Counts(c[0], c[1], c[2], c[3], c[4]);
    }
}
