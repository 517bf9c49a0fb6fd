package org.newskg.eval;

import java.io.IOException;
import java.util.List;

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
        int[] read = {0};
        int[] done = {0};
        OrderedWork.run(() -> read[0] < n ? PolnearCorpus.read(entries.get(read[0]++)) : null, workers,
                article -> system.extract(article.name(), article.text()),
                (article, found) -> listener.article(article, scorer.add(article.text(), article.gold(), found), ++done[0]),
                PolnearArticle::name);
        return scorer.scores();
    }
}
