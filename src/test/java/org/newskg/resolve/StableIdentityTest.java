package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;

class StableIdentityTest {
    private static final String P = "https://example.org/person/";
    private final EntityResolver resolver = new EntityResolver();

    private static EntityRecord person(String name, String article) {
        return new EntityRecord(P + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), EntityType.PERSON, name,
                Set.of(), "https://example.org/article/" + article, Set.of(), Set.of());
    }

    /** member -> canonical, as ResolutionGraph writes and reads them. */
    private static Map<String, String> links(Resolution r) {
        return r.canonical();
    }

    @Test
    void nothingPublishedLeavesResolutionAsItIs() {
        List<EntityRecord> records = List.of(person("Helena Brandt", "a"), person("Brandt", "b"));
        Resolution fresh = resolver.resolve(records);
        assertSame(fresh, StableIdentity.keep(fresh, records, Map.of()));
    }

    @Test
    void aPublishedCanonicalStaysWhenAFullerNameArrives() {
        List<EntityRecord> first = List.of(person("Helena Brandt", "a"), person("Brandt", "b"));
        Resolution published = resolver.resolve(first);
        assertEquals(P + "helena-brandt", published.canonicalOf(P + "brandt"));

        List<EntityRecord> later = List.of(person("Helena Brandt", "a"), person("Brandt", "b"), person("Helena Maria Brandt", "c"));
        Resolution fresh = resolver.resolve(later);
        assertEquals(P + "helena-maria-brandt", fresh.canonicalOf(P + "brandt"), "resolution alone moves it");

        Resolution kept = StableIdentity.keep(fresh, later, links(published));
        assertEquals(P + "helena-brandt", kept.canonicalOf(P + "brandt"));
        assertEquals(P + "helena-brandt", kept.canonicalOf(P + "helena-maria-brandt"));
        EntityCluster c = kept.clusters().get(0);
        assertEquals(P + "helena-brandt", c.canonical());
        assertEquals("Helena Maria Brandt", c.name(), "the cluster still shows its fullest name");
        assertTrue(c.joined().get(P + "helena-maria-brandt").startsWith("canonical kept"), c.joined().toString());
        assertEquals(links(kept), links(StableIdentity.keep(fresh, later, links(kept))), "applied again, nothing moves");
    }

    @Test
    void anIriNoArticleNamesAnyMoreLeadsToWhatItsClusterBecame() {
        List<EntityRecord> first = List.of(person("Helena Brandt", "a"), person("Brandt", "b"), person("H. Brandt", "c"));
        Resolution published = resolver.resolve(first);
        // The article naming the canonical entity is removed.
        List<EntityRecord> later = List.of(person("Brandt", "b"), person("H. Brandt", "c"));
        Resolution fresh = resolver.resolve(later);
        Resolution kept = StableIdentity.keep(fresh, later, links(published));
        String now = kept.canonicalOf(P + "brandt");
        assertEquals(now, kept.canonicalOf(P + "helena-brandt"), "the retired IRI leads to the current one");
        EntityCluster c = kept.clusters().stream().filter(x -> x.canonical().equals(now)).findFirst().orElseThrow();
        assertTrue(c.joined().get(P + "helena-brandt").startsWith("retired"), c.joined().toString());
        assertEquals(links(kept), links(StableIdentity.keep(fresh, later, links(kept))), "applied again, nothing moves");
    }

    @Test
    void aClusterWhoseEveryNameIsGoneIsForgotten() {
        List<EntityRecord> first = List.of(person("Helena Brandt", "a"), person("Brandt", "b"), person("Jonas Eriksen", "c"));
        Resolution published = resolver.resolve(first);
        List<EntityRecord> later = List.of(person("Jonas Eriksen", "c"));
        Resolution kept = StableIdentity.keep(resolver.resolve(later), later, links(published));
        assertTrue(kept.clusters().isEmpty());
        assertEquals(P + "brandt", kept.canonicalOf(P + "brandt"));
    }
}
