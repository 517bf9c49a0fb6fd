package org.newskg.extract;

import java.util.Objects;
import org.newskg.core.Span;

/**
 * One place in the article where an entity is named.
 *
 * @param text     the exact words
 * @param span     their characters in the cleaned text
 * @param nerLabel the recogniser's fine-grained label for these words
 * @param sentence index of the sentence
 */
public record Mention(String text, Span span, String nerLabel, int sentence) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(nerLabel, "nerLabel");
    }
}
