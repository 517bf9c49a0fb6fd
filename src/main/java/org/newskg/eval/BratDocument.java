package org.newskg.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newskg.core.Span;

/**
 * The annotations of one brat standoff ({@code .ann}) file: text-bound annotations ({@code T}
 * lines) and events ({@code E} lines) that tie several of them together.
 *
 * @param source     the file, for messages
 * @param textBounds by id, in file order
 * @param events     in file order
 */
public record BratDocument(String source, Map<String, TextBound> textBounds, List<Event> events) {
    public BratDocument {
        Objects.requireNonNull(source, "source");
        textBounds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(textBounds));
        events = List.copyOf(events);
    }

    /**
     * {@code T12<TAB>Content 315 448;463 553<TAB>text}: a label over one or more character ranges.
     *
     * @param text the covered text as the file gives it (pieces joined by one space)
     * @param line the file line, for messages
     */
    public record TextBound(String id, String type, List<Span> spans, String text, int line) {
        public TextBound {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            spans = List.copyOf(spans);
            if (spans.isEmpty()) {
                throw new IllegalArgumentException("text-bound " + id + " has no span");
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * {@code E3<TAB>Attribution:T12 Source:T11 Cue:T10 Content:T9}: a trigger and its arguments.
     *
     * @param type      the trigger's label ("Attribution", "Attribution-no-source")
     * @param trigger   the trigger's text-bound id
     * @param arguments role and text-bound id, in file order ("Content", "T9"); a role may repeat
     * @param line      the file line, for messages
     */
    public record Event(String id, String type, String trigger, List<Argument> arguments, int line) {
        public Event {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(trigger, "trigger");
            arguments = List.copyOf(arguments);
        }
    }

    /** One argument of an event. */
    public record Argument(String role, String id) {
        public Argument {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(id, "id");
        }
    }
}
