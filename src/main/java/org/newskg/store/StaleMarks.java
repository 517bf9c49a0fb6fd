package org.newskg.store;

import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * What changed in the store since the corpus graph was last written.
 *
 * @param stale    whether anything did
 * @param all      whether only a recomputation of everything covers it (a setting changed)
 * @param entities the entity IRIs that the added, replaced and removed articles name, before and after
 * @param events   whether any of those articles holds event mentions
 */
public record StaleMarks(boolean stale, boolean all, Set<Node> entities, boolean events) {
    public StaleMarks {
        entities = Set.copyOf(entities);
    }
}
