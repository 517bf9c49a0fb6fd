package org.newskg.nlp;

import java.util.Objects;
import org.newskg.core.Span;

/**
 * A time expression normalised by SUTime against the article's publication date.
 *
 * @param text     the exact words ("on Wednesday")
 * @param span     their characters in the cleaned text
 * @param type     TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value    TIMEX3 value ("2023-05-24", "2023-W21", "P1Y"), empty when SUTime gives none
 * @param sentence index of the sentence
 * @param relative SUTime's description of a value it could not resolve, for want of a document date
 *                 ("OFFSET P-1D" for "yesterday"); empty otherwise
 */
public record TimeExpression(String text, Span span, String type, String value, int sentence, String relative) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        value = value == null ? "" : value;
        relative = relative == null ? "" : relative;
    }

    public TimeExpression(String text, Span span, String type, String value, int sentence) {
        this(text, span, type, value, sentence, "");
    }
}
