package org.newskg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps the IRIs that the corpus graph has published. Resolution alone picks a cluster's
 * canonical IRI by its names (the fullest name, then the most articles), so the canonical IRI
 * would move when an article with a fuller name arrives, and an IRI would vanish when the
 * articles naming it are removed, breaking links that others have made to it. Given what the
 * stored corpus graph published (each member's {@code owl:sameAs} canonical), this keeps:
 *
 * <ul>
 *   <li>a cluster's canonical IRI: when a member was a canonical IRI before, it stays canonical
 *       (when two published clusters merge, resolution's own choice stays if it was one of them,
 *       else the smaller IRI; the other becomes a member);</li>
 *   <li>retired IRIs: a member or canonical IRI that no article names any more stays {@code owl:sameAs}
 *       the current canonical IRI of what its old cluster became, so it still leads somewhere.</li>
 * </ul>
 *
 * A pure function of its inputs; applied to its own output's links it changes nothing, so a
 * rebuild of a current corpus graph writes nothing.
 */
public final class StableIdentity {
    /** How the reason of a retired IRI's link begins. */
    public static final String RETIRED = "retired:";

    private StableIdentity() {}

    /**
     * @param fresh     what resolution found in the article graphs
     * @param records   the article-level entities those graphs hold now
     * @param published the stored corpus graph's links, member IRI -> canonical IRI (empty at first)
     */
    public static Resolution keep(Resolution fresh, List<EntityRecord> records, Map<String, String> published) {
        if (published.isEmpty()) {
            return fresh;
        }
        Map<String, EntityRecord> present = new HashMap<>();
        Map<String, Set<String>> articles = new HashMap<>();
        records.forEach(r -> {
            present.putIfAbsent(r.iri(), r);
            articles.computeIfAbsent(r.iri(), k -> new HashSet<>()).add(r.article());
        });
        Set<String> publishedCanonicals = new TreeSet<>(published.values());

        Map<String, EntityCluster> clusters = new TreeMap<>();
        Map<String, String> canonical = new HashMap<>();
        for (EntityCluster c : fresh.clusters()) {
            EntityCluster kept = keepCanonical(c, publishedCanonicals);
            clusters.put(kept.canonical(), kept);
            kept.joined().keySet().forEach(m -> canonical.put(m, kept.canonical()));
        }

        // Old clusters: canonical -> every IRI it stood for, itself included.
        Map<String, Set<String>> old = new TreeMap<>();
        published.forEach((member, canon) -> {
            old.computeIfAbsent(canon, k -> new TreeSet<>()).add(member);
            old.get(canon).add(canon);
        });
        for (Set<String> members : old.values()) {
            Optional<String> alive = members.stream().filter(present::containsKey).findFirst();
            if (alive.isEmpty()) {
                continue; // nothing it stood for is named any more
            }
            String target = canonical.getOrDefault(alive.get(), alive.get());
            for (String gone : members) {
                if (present.containsKey(gone) || gone.equals(target)) {
                    continue;
                }
                EntityCluster c = clusters.computeIfAbsent(target, t -> singleton(present.get(t), articles.get(t).size()));
                SortedMap<String, String> joined = new TreeMap<>(c.joined());
                joined.put(gone, RETIRED + " no article names it any more; it stood for '" + c.name() + "'");
                clusters.put(target, new EntityCluster(c.canonical(), c.type(), c.name(), c.aliases(), joined, c.articles()));
                canonical.put(gone, target);
            }
        }
        return new Resolution(new ArrayList<>(clusters.values()), canonical);
    }

    /** The cluster with a canonical IRI it had before, when one of its members had one. */
    private static EntityCluster keepCanonical(EntityCluster c, Set<String> publishedCanonicals) {
        if (publishedCanonicals.contains(c.canonical())) {
            return c;
        }
        Optional<String> earlier = c.joined().keySet().stream().filter(publishedCanonicals::contains).findFirst();
        if (earlier.isEmpty()) {
            return c;
        }
        String keep = earlier.get();
        SortedMap<String, String> joined = new TreeMap<>(c.joined());
        joined.remove(keep);
        joined.put(c.canonical(), "canonical kept: '" + c.name() + "' joined an entity already published as " + keep);
        return new EntityCluster(keep, c.type(), c.name(), c.aliases(), joined, c.articles());
    }

    /** A cluster of one present entity, for the IRIs retired into it. */
    private static EntityCluster singleton(EntityRecord r, int articles) {
        return new EntityCluster(r.iri(), r.type(), r.name(), Set.of(), new TreeMap<>(), articles);
    }
}
