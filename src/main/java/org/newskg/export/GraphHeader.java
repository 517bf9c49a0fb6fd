package org.newskg.export;

import java.util.Objects;

/** What a writer needs to know before the first node: the graph's name and whether its edges have a direction. */
public record GraphHeader(String name, boolean directed) {
    public GraphHeader {
        Objects.requireNonNull(name, "name");
    }
}
