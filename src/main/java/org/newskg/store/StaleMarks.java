package org.newskg.store;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.newskg.rdf.ArticleCounts;

/**
 * What changed in the store since the corpus graph was last written.
 *
 * @param stale    whether anything did
 * @param all      whether only a recomputation of everything covers it (a setting changed)
 * @param entities the entity IRIs that the added, replaced and removed articles name, before and after
 * @param events   whether any of those articles holds event mentions
 * @param added    the article graphs written since, still stored: their parts are not in the counts yet
 * @param gone     the parts in the counts of the article graphs counted and since removed or replaced
 */
public record StaleMarks(boolean stale, boolean all, Set<Node> entities, boolean events, Set<Node> added,
        List<ArticleCounts> gone) {
    public StaleMarks {
        entities = Set.copyOf(entities);
        added = Set.copyOf(added);
        gone = List.copyOf(gone);
    }
}
