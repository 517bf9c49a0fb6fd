package org.newskg.resolve;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.newskg.extract.EntityType;

/**
 * One entity of the corpus: the article-level IRIs found to name it, one of them canonical.
 *
 * @param canonical the IRI that stands for all of them (the fullest name, then the most articles)
 * @param type      their common type: types never mix
 * @param name      the canonical IRI's name
 * @param aliases   every other name and alias any member has
 * @param joined    each other member IRI with the reason it joined (the rule and the names involved)
 * @param articles  how many articles name one of its members
 */
public record EntityCluster(String canonical, EntityType type, String name, Set<String> aliases,
        SortedMap<String, String> joined, int articles) {
    public EntityCluster {
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = Set.copyOf(aliases);
        joined = new TreeMap<>(joined);
    }

    /** The member IRIs, canonical first. */
    public Set<String> members() {
        Set<String> all = new LinkedHashSet<>();
        all.add(canonical);
        all.addAll(joined.keySet());
        return all;
    }
}
