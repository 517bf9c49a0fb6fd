package org.newskg.extract;

import java.util.Objects;
import java.util.Optional;
import org.newskg.core.Span;

/**
 * Who a report says is speaking, as the article puts it.
 *
 * @param text   the words that name the speaker here ("she", "the ministry", "Helena Brandt")
 * @param span   their characters
 * @param entity the entity those words refer to, when it can be found; empty rather than a guess
 */
public record Speaker(String text, Span span, Optional<Entity> entity) {
    public Speaker {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        entity = entity == null ? Optional.empty() : entity;
    }
}
