package org.newskg.eval;

/** Hears about a time expression evaluation as it goes, in input order, on the evaluating thread. */
@FunctionalInterface
public interface TimexEvaluationListener {
    /** One more document scored; {@code done} counts them from 1. */
    void document(TimemlDocument doc, TimexComparison comparison, int done);

    static TimexEvaluationListener both(TimexEvaluationListener a, TimexEvaluationListener b) {
        return (doc, c, done) -> {
            a.document(doc, c, done);
            b.document(doc, c, done);
        };
    }
}
