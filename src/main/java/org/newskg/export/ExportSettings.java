package org.newskg.export;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.EntityType;

/**
 * The filters of one export.
 *
 * @param types     entity types kept (empty: all); nodes of other kinds (statements) are never dropped by type
 * @param from      first publication day of the articles counted (views only)
 * @param to        last publication day of the articles counted (views only)
 * @param minWeight edges lighter than this are left out
 * @param maxNodes  keep only this many nodes, the heaviest by weighted degree (0: all)
 */
public record ExportSettings(Set<EntityType> types, Optional<LocalDate> from, Optional<LocalDate> to,
        double minWeight, int maxNodes) {
    public ExportSettings {
        types = Set.copyOf(types);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (maxNodes < 0) {
            throw new IllegalArgumentException("--max-nodes must be 0 or more: " + maxNodes);
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("--from " + from.get() + " is after --to " + to.get());
        }
    }

    public static ExportSettings none() {
        return new ExportSettings(Set.of(), Optional.empty(), Optional.empty(), 0, 0);
    }

    /** Whether a node of this type (as {@link GraphNode#type}) passes the type filter. */
    boolean keepsType(String type) {
        if (types.isEmpty()) {
            return true;
        }
        for (EntityType t : EntityType.values()) {
            if (t.name().toLowerCase(java.util.Locale.ROOT).equals(type)) {
                return types.contains(t);
            }
        }
        return true;
    }
}
