package org.newskg.nlp;

import java.util.Objects;
import org.newskg.core.Span;

/**
 * A sentence: its characters and its tokens as a half-open index range into the article's tokens.
 */
public record Sentence(int index, Span span, int firstToken, int endToken) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        if (firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("bad token range [" + firstToken + "," + endToken + ")");
        }
    }
}
