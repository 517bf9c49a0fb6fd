package org.newskg.extract;

import java.util.Objects;
import org.newskg.core.Span;

/**
 * A name the recogniser found that the entity rules did not keep, with why, so that it can be checked.
 *
 * @param text   the words
 * @param span   their characters in the cleaned text
 * @param label  the recogniser's label for them
 * @param reason why they are no entity of the article
 */
public record NotKept(String text, Span span, String label, String reason) {
    public NotKept {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(reason, "reason");
    }

    /** One line for a log: where, what, why. */
    @Override
    public String toString() {
        return "char=" + span.begin() + "," + span.end() + "  not kept: '" + text + "' (" + label + "): " + reason;
    }
}
