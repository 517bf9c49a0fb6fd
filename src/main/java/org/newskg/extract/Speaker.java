package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newskg.core.Span;

/**
 * Who a report says is speaking, as the article puts it.
 *
 * @param text   the words that name the speaker here ("she", "the ministry", "Helena Brandt")
 * @param span   their characters
 * @param entity the entity those words refer to, when it can be found; empty rather than a guess.
 *               For people who said it together ("Jane Smith and Tom Brown wrote"), the first named
 * @param joint  the others who said it together with {@code entity}, in the order named; mostly empty
 */
public record Speaker(String text, Span span, Optional<Entity> entity, List<Entity> joint) {
    public Speaker {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        entity = entity == null ? Optional.empty() : entity;
        joint = joint == null ? List.of() : List.copyOf(joint);
    }

    /** One speaker, or none found. */
    public Speaker(String text, Span span, Optional<Entity> entity) {
        this(text, span, entity, List.of());
    }
}
