package org.newskg.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options every {@code newskg evaluate} task over a set of gold documents shares: how many of
 * them to score, and on how many workers to annotate them. Mixed into each task's command.
 */
final class EvaluationOptions {
    @Option(names = "--limit-docs", paramLabel = "N", defaultValue = "0",
            description = "Score only the first N documents (in the gold data's order); 0 means all (default: ${DEFAULT-VALUE}).")
    private int limitDocs;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "0",
            description = "Documents annotated at once; 0 means one per core (default: ${DEFAULT-VALUE}).")
    private int workers;

    /** The most documents to score, 0 for all. */
    int limitDocs() {
        check();
        return limitDocs;
    }

    /** The number of annotation workers, one per core unless set. */
    int workers() {
        check();
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }

    /** The first {@link #limitDocs()} of {@code documents}, or all of them. */
    <T> List<T> first(List<T> documents) {
        int limit = limitDocs();
        return limit > 0 && documents.size() > limit ? documents.subList(0, limit) : documents;
    }

    /** The pipeline, loaded on first use with a line on stderr: runs on stored annotations load no models. */
    static <P> java.util.function.Supplier<P> announced(java.io.PrintWriter err, java.util.function.Supplier<P> pipeline) {
        boolean[] said = {false};
        return () -> {
            synchronized (said) {
                if (!said[0]) {
                    said[0] = true;
                    err.println("Loading CoreNLP models ...");
                    err.flush();
                }
            }
            return pipeline.get();
        };
    }

    private void check() {
        if (limitDocs < 0 || workers < 0) {
            throw new IllegalArgumentException("--limit-docs and --workers take 0 or more");
        }
    }
}
