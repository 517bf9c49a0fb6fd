package org.newskg.eval;

/** Hears about an attribution evaluation as it goes, in input order, on the evaluating thread. */
public interface AttributionEvaluationListener {
    /** One article scored; {@code done} counts them from 1. */
    default void article(PolnearArticle article, AttributionComparison comparison, int done) {}

    AttributionEvaluationListener NONE = new AttributionEvaluationListener() {};

    /** Tells one listener, then the other. */
    static AttributionEvaluationListener both(AttributionEvaluationListener first, AttributionEvaluationListener second) {
        return new AttributionEvaluationListener() {
            @Override
            public void article(PolnearArticle article, AttributionComparison comparison, int done) {
                first.article(article, comparison, done);
                second.article(article, comparison, done);
            }
        };
    }
}
