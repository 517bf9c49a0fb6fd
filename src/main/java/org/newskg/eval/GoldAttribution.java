package org.newskg.eval;

import java.util.List;
import java.util.Objects;
import org.newskg.core.Span;

/**
 * One gold attribution: what was attributed, to whom, by which cue. Spans may be discontinuous
 * ("“A,” she said. “B.”" has one content in two pieces).
 *
 * @param id      the event id in its file ("E3")
 * @param content the attributed content, never empty
 * @param source  the source, empty when the annotators marked none ({@code Attribution-no-source})
 * @param cue     the cue, possibly empty
 */
public record GoldAttribution(String id, List<Span> content, List<Span> source, List<Span> cue) {
    public GoldAttribution {
        Objects.requireNonNull(id, "id");
        content = List.copyOf(content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("attribution " + id + " has no content");
        }
        source = List.copyOf(source);
        cue = List.copyOf(cue);
    }
}
