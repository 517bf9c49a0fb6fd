package org.newskg.eval;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newskg.source.RawArticle;

/**
 * Scores the product's statements and speakers on the speaker gold. Articles are annotated on a
 * pool of workers and scored on the calling thread in gold order, so the outcome does not depend
 * on timing.
 */
public final class SpeakerEvaluation {
    /** Hears each article's comparison, in gold order. */
    public interface Listener {
        void article(SpeakerComparison comparison, int done);
    }

    private final Function<RawArticle, ProductSpeakers.Extracted> system;
    private final int workers;

    public SpeakerEvaluation(Function<RawArticle, ProductSpeakers.Extracted> system, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.system = system;
        this.workers = workers;
    }

    /** @param articles the raw article of each gold article's locator (see {@link ProductSpeakers#read}) */
    public SpeakerScores run(List<SpeakerGold> gold, Map<String, RawArticle> articles, Listener listener) throws IOException {
        SpeakerScores scores = new SpeakerScores();
        int[] next = {0};
        int[] done = {0};
        OrderedWork.run(() -> next[0] < gold.size() ? gold.get(next[0]++) : null, workers,
                g -> system.apply(articles.get(g.article())),
                (g, found) -> {
                    SpeakerComparison c = SpeakerScorer.compare(g, found.text(), found.statements());
                    scores.add(c);
                    listener.article(c, ++done[0]);
                },
                SpeakerGold::article);
        return scores;
    }
}
