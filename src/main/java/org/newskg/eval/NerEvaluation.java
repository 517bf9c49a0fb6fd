package org.newskg.eval;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "newskg-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Pending> window = new ArrayDeque<>();
            int read = 0;
            int done = 0;
            while (true) {
                while (window.size() < 2 * workers && (limitDocs <= 0 || read < limitDocs)) {
                    Optional<ConllDocument> next = reader.next();
                    if (next.isEmpty()) {
                        break;
                    }
                    ConllDocument doc = next.get();
                    read++;
                    window.add(new Pending(doc, pool.submit(() -> system.tag(doc, source))));
                }
                if (window.isEmpty()) {
                    break;
                }
                Pending p = window.poll();
                List<List<NerSpan>> predicted = await(p, source);
                for (int s = 0; s < p.doc.sentences().size(); s++) {
                    ConllSentence sentence = p.doc.sentences().get(s);
                    listener.sentence(p.doc, sentence, scorer.add(sentence.gold(), predicted.get(s)));
                }
                listener.documentDone(p.doc, ++done);
            }
        } finally {
            pool.shutdownNow();
        }
        return scorer.scores();
    }

    private static List<List<NerSpan>> await(Pending p, String source) {
        try {
            return p.result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(source + ":" + p.doc.line() + ": annotating the document failed: "
                    + e.getCause(), e.getCause());
        }
    }

    private record Pending(ConllDocument doc, Future<List<List<NerSpan>>> result) {}
}
