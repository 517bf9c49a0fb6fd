package org.newskg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.newskg.core.Issue;
import org.newskg.source.InputFiles;

/**
 * The files a benchmark reads: the first {@code limit} article files of a corpus in name order
 * (folders recursively), so every run and machine measures the same texts, and a few more for
 * warming up that are not counted.
 *
 * @param measured the files timed, in order
 * @param warmup   the files annotated before timing starts: those after the measured ones, or the
 *                 first measured ones again when the corpus has no more (CoreNLP keeps nothing
 *                 from one text to the next, so a repeated text warms up as well as a new one)
 */
public record CorpusSelection(List<Path> measured, List<Path> warmup) {
    /** Names of the files that document a corpus rather than belong to it. */
    private static final List<String> DOCUMENTATION = List.of("README", "LICENSE", "LICENCE", "COPYING");

    public CorpusSelection {
        measured = List.copyOf(measured);
        warmup = List.copyOf(warmup);
        if (measured.isEmpty()) {
            throw new IllegalArgumentException("no files to measure");
        }
    }

    /**
     * Selects from a corpus folder.
     *
     * @param limit  how many files to measure; 0 means all
     * @param warmup how many files to warm up on
     */
    public static CorpusSelection of(Path corpus, int limit, int warmup, Consumer<Issue> issues) {
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be 0 (all) or more: " + limit);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must be 0 or more: " + warmup);
        }
        List<Path> files = new ArrayList<>();
        for (Path f : InputFiles.expand(List.of(corpus), issues)) {
            if (!isDocumentation(f)) {
                files.add(f);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no article files under " + corpus);
        }
        int n = limit == 0 ? files.size() : Math.min(limit, files.size());
        List<Path> warm = new ArrayList<>(files.subList(n, Math.min(files.size(), n + warmup)));
        for (int i = 0; warm.size() < warmup; i = (i + 1) % n) {
            warm.add(files.get(i));
        }
        return new CorpusSelection(files.subList(0, n), warm);
    }

    /** README, LICENSE and the like, whatever their extension: they describe the corpus. */
    static boolean isDocumentation(Path file) {
        String name = file.getFileName().toString().toUpperCase(Locale.ROOT);
        int dot = name.indexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        return DOCUMENTATION.contains(stem);
    }
}
