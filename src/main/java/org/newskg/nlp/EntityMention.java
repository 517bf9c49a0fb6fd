package org.newskg.nlp;

import java.util.Objects;
import org.newskg.core.Span;

/**
 * A named-entity mention as the recogniser found it.
 *
 * @param text       the exact words
 * @param span       their characters in the cleaned text
 * @param type       fine-grained CoreNLP label (PERSON, ORGANIZATION, CITY, COUNTRY, ...)
 * @param sentence   index of the sentence
 * @param firstToken index of its first token in the article
 * @param endToken   index after its last token
 */
public record EntityMention(String text, Span span, String type, int sentence, int firstToken, int endToken) {
    public EntityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        if (endToken <= firstToken) {
            throw new IllegalArgumentException("empty mention " + text);
        }
    }
}
