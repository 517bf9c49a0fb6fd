package org.newskg.eval;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Scores the product's entity recognition on a CoNLL file. Documents are annotated on a pool of
 * workers, at most a few per worker in flight so memory stays bounded however large the file,
 * and scored on the calling thread in input order, so the outcome does not depend on timing.
 */
public final class NerEvaluation {
    private final ProductNer system;
    private final int workers;

    public NerEvaluation(ProductNer system, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.system = system;
        this.workers = workers;
    }

    /**
     * @param limitDocs stop after this many documents; 0 or less means all
     */
    public NerScores run(ConllReader reader, String source, int limitDocs, NerEvaluationListener listener) throws IOException {
        NerScorer scorer = new NerScorer();
        int[] read = {0};
        int[] done = {0};
        OrderedWork.run(() -> {
            if (limitDocs > 0 && read[0] >= limitDocs) {
                return null;
            }
            Optional<ConllDocument> next = reader.next();
            next.ifPresent(d -> read[0]++);
            return next.orElse(null);
        }, workers, doc -> system.tag(doc, source), (doc, predicted) -> {
            for (int s = 0; s < doc.sentences().size(); s++) {
                ConllSentence sentence = doc.sentences().get(s);
                listener.sentence(doc, sentence, scorer.add(sentence.gold(), predicted.get(s)));
            }
            listener.documentDone(doc, ++done[0]);
        }, doc -> source + ":" + doc.line());
        return scorer.scores();
    }
}
