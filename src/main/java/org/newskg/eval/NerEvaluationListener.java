package org.newskg.eval;

/** Hears about an NER evaluation as it goes, in input order, on the evaluating thread. */
public interface NerEvaluationListener {
    /** One sentence scored. */
    default void sentence(ConllDocument doc, ConllSentence sentence, SentenceComparison comparison) {}

    /** One more document scored; {@code done} counts them from 1. */
    default void documentDone(ConllDocument doc, int done) {}

    NerEvaluationListener NONE = new NerEvaluationListener() {};
}
