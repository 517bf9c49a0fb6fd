package org.newskg.nlp;

import java.util.Objects;
import org.newskg.core.Span;

/**
 * One token with its tags.
 *
 * @param text     the token as it stands in the text
 * @param span     its characters in the cleaned text
 * @param pos      Penn Treebank part of speech
 * @param lemma    base form
 * @param ner       named-entity tag (fine-grained CoreNLP label, "O" for none)
 * @param coarseNer the statistical tagger's label before the fine-grained step (its fine label where that said "O")
 * @param sentence  index of its sentence
 */
public record Token(String text, Span span, String pos, String lemma, String ner, String coarseNer, int sentence) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        pos = pos == null ? "" : pos;
        lemma = lemma == null ? text : lemma;
        ner = ner == null ? "O" : ner;
        coarseNer = coarseNer == null ? ner : coarseNer;
    }
}
