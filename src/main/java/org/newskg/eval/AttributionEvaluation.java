package org.newskg.eval;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scores the product's attributions on a PolNeAR folder. Articles are annotated on a pool of
 * workers, a few per worker in flight, and scored on the calling thread in file-name order, so
 * the outcome does not depend on timing.
 */
public final class AttributionEvaluation {
    private final ProductAttribution system;
    private final int workers;

    public AttributionEvaluation(ProductAttribution system, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.system = system;
        this.workers = workers;
    }

    /** @param limitDocs stop after this many articles; 0 or less means all */
    public AttributionScores run(PolnearCorpus corpus, int limitDocs, AttributionEvaluationListener listener) throws IOException {
        AttributionScorer scorer = new AttributionScorer();
        List<PolnearCorpus.Entry> entries = corpus.entries();
        int n = limitDocs > 0 ? Math.min(limitDocs, entries.size()) : entries.size();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "newskg-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Pending> window = new ArrayDeque<>();
            int read = 0;
            int done = 0;
            while (read < n || !window.isEmpty()) {
                while (window.size() < 2 * workers && read < n) {
                    PolnearArticle article = PolnearCorpus.read(entries.get(read++));
                    window.add(new Pending(article, pool.submit(() -> system.extract(article.name(), article.text()))));
                }
                Pending p = window.poll();
                AttributionComparison c = scorer.add(p.article.text(), p.article.gold(), await(p));
                listener.article(p.article, c, ++done);
            }
        } finally {
            pool.shutdownNow();
        }
        return scorer.scores();
    }

    private static List<SystemAttribution> await(Pending p) {
        try {
            return p.result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(p.article.name() + ": annotating the article failed: " + e.getCause(), e.getCause());
        }
    }

    private record Pending(PolnearArticle article, Future<List<SystemAttribution>> result) {}
}
