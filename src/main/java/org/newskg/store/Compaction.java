package org.newskg.store;

import java.util.Locale;

/** A compaction of the store: its database's size on disk before and after, in bytes. */
public record Compaction(long before, long after) {
    /** One line for people: "compacted the store: 1,767.0 MiB -> 457.0 MiB". */
    public String describe() {
        return String.format(Locale.ROOT, "compacted the store: %,.1f MiB -> %,.1f MiB", before / 1048576.0, after / 1048576.0);
    }
}
