package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;
import org.newskg.extract.Names;

/** Each resolution rule and each guard against a false merge, on invented names. */
class EntityResolverTest {
    private final EntityResolver resolver = new EntityResolver();

    private static EntityRecord person(String name, String article) {
        return record(EntityType.PERSON, name, article, Set.of());
    }

    private static EntityRecord org(String name, String article) {
        return record(EntityType.ORGANIZATION, name, article, Set.of());
    }

    private static EntityRecord record(EntityType type, String name, String article, Set<String> acronyms) {
        return new EntityRecord(iri(type, name), type, name, Set.of(), article, acronyms, Set.of());
    }

    private static String iri(EntityType type, String name) {
        return "https://example.org/" + type.name().toLowerCase() + "/" + Names.slug(Names.key(name));
    }

    private static String p(String name) {
        return iri(EntityType.PERSON, name);
    }

    private static String o(String name) {
        return iri(EntityType.ORGANIZATION, name);
    }

    private static void assertSame(Resolution r, String a, String b) {
        assertEquals(r.canonicalOf(a), r.canonicalOf(b), a + " and " + b + " should be one entity: " + r.clusters());
    }

    private static void assertApart(Resolution r, String a, String b) {
        assertNotEquals(r.canonicalOf(a), r.canonicalOf(b), a + " and " + b + " should stay apart: " + r.clusters());
    }

    @Test
    void aSurnameAloneJoinsTheOneFullNameWithIt() {
        Resolution r = resolver.resolve(List.of(person("Marta Quintela", "a1"), person("Quintela", "a2")));
        assertSame(r, p("Marta Quintela"), p("Quintela"));
        assertEquals(p("Marta Quintela"), r.canonicalOf(p("Quintela")), "the full name is canonical");
        EntityCluster c = r.clusters().get(0);
        assertEquals("Marta Quintela", c.name());
        assertTrue(c.aliases().contains("Quintela"), c.aliases().toString());
        assertTrue(c.joined().get(p("Quintela")).startsWith("surname:"), c.joined().toString());
        assertEquals(2, c.articles());
    }

    @Test
    void aFamilyNameWrittenFirstJoinsToo() {
        Resolution r = resolver.resolve(List.of(person("Zhou Lanfen", "a1"), person("Zhou", "a2")));
        assertSame(r, p("Zhou Lanfen"), p("Zhou"));
    }

    @Test
    void aSurnameSharedByTwoFullNamesJoinsNeither() {
        Resolution r = resolver.resolve(List.of(person("Marta Quintela", "a1"), person("Rui Quintela", "a2"),
                person("Quintela", "a3")));
        assertApart(r, p("Quintela"), p("Marta Quintela"));
        assertApart(r, p("Quintela"), p("Rui Quintela"));
        assertApart(r, p("Marta Quintela"), p("Rui Quintela"));
    }

    @Test
    void middleNamesAndInitialsJoinTheOneFullNameTheyFit() {
        Resolution r = resolver.resolve(List.of(person("Tomas Ekdal", "a1"), person("Tomas B. Ekdal", "a2"),
                person("T. Ekdal", "a3")));
        assertSame(r, p("Tomas Ekdal"), p("Tomas B. Ekdal"));
        assertSame(r, p("T. Ekdal"), p("Tomas Ekdal"));
    }

    @Test
    void differentFirstNamesOrMiddleNamesStayApart() {
        Resolution r = resolver.resolve(List.of(person("Tomas Ekdal", "a1"), person("Tobias Ekdal", "a2"),
                person("T. Ekdal", "a3"), person("Anna Maria Lind", "a4"), person("Anna Sofia Lind", "a5")));
        assertApart(r, p("Tomas Ekdal"), p("Tobias Ekdal"));
        assertApart(r, p("T. Ekdal"), p("Tomas Ekdal"));
        assertApart(r, p("T. Ekdal"), p("Tobias Ekdal"));
        assertApart(r, p("Anna Maria Lind"), p("Anna Sofia Lind"));
    }

    @Test
    void spellingVariantsAreOneEntity() {
        // Accents and hyphens are already one IRI; spaces, and letters without a decomposable accent, are joined here.
        Resolution r = resolver.resolve(List.of(person("Søren Dahl-Berg", "a1"), person("Soren Dahlberg", "a2"),
                org("Al Harbi Foundation", "a1"), org("AlHarbi Foundation", "a2")));
        assertSame(r, p("Søren Dahl-Berg"), p("Soren Dahlberg"));
        assertSame(r, o("Al Harbi Foundation"), o("AlHarbi Foundation"));
        assertEquals(p("Renée Dahl-Berg"), p("Renee Dahl Berg"), "hyphens and accents share the IRI already");
    }

    @Test
    void countryQualifiedFormsOfAnOrganisationAreOne() {
        Resolution r = resolver.resolve(List.of(org("Norway's Fisheries Directorate", "a1"),
                org("Norwegian Fisheries Directorate", "a2"), org("Fisheries Directorate of Norway", "a3"),
                org("Norway Fisheries Directorate", "a4")));
        assertSame(r, o("Norway's Fisheries Directorate"), o("Norwegian Fisheries Directorate"));
        assertSame(r, o("Norway's Fisheries Directorate"), o("Fisheries Directorate of Norway"));
        assertSame(r, o("Norway's Fisheries Directorate"), o("Norway Fisheries Directorate"));
        assertTrue(r.clusters().get(0).joined().values().stream().allMatch(s -> s.startsWith("country:")),
                r.clusters().toString());
    }

    @Test
    void theCountryWordsBeforeAnOrganisationQualifyItWhenEveryArticleHasThem() {
        EntityRecord possessive = new EntityRecord(o("Fisheries Directorate"), EntityType.ORGANIZATION, "Fisheries Directorate",
                Set.of(), "a2", Set.of(), Set.of("Norway's"));
        Resolution r = resolver.resolve(List.of(org("Norwegian Fisheries Directorate", "a1"), possessive));
        assertSame(r, o("Fisheries Directorate"), o("Norwegian Fisheries Directorate"));
        assertEquals(o("Norwegian Fisheries Directorate"), r.canonicalOf(o("Fisheries Directorate")));

        EntityRecord bare = new EntityRecord(o("Fisheries Directorate"), EntityType.ORGANIZATION, "Fisheries Directorate",
                Set.of(), "a3", Set.of(), Set.of());
        Resolution unsure = resolver.resolve(List.of(org("Norwegian Fisheries Directorate", "a1"), possessive, bare));
        assertApart(unsure, o("Fisheries Directorate"), o("Norwegian Fisheries Directorate"));
    }

    @Test
    void theSameOfficeOfTwoCountriesStaysApart() {
        Resolution r = resolver.resolve(List.of(org("Norwegian Fisheries Directorate", "a1"),
                org("Danish Fisheries Directorate", "a2"), org("Fisheries Directorate", "a3")));
        assertApart(r, o("Norwegian Fisheries Directorate"), o("Danish Fisheries Directorate"));
        assertApart(r, o("Fisheries Directorate"), o("Danish Fisheries Directorate"));
    }

    @Test
    void anAcronymJoinsTheOneExpansionWhoseInitialsItIs() {
        Resolution r = resolver.resolve(List.of(org("Coastal Freight Alliance", "a1"), org("CFA", "a2"),
                org("Organisation for Tidal Energy Research", "a1"), org("OTER", "a3")));
        assertSame(r, o("CFA"), o("Coastal Freight Alliance"));
        assertSame(r, o("OTER"), o("Organisation for Tidal Energy Research"));
        assertEquals(o("Coastal Freight Alliance"), r.canonicalOf(o("CFA")));
    }

    @Test
    void anAcronymStatedInAnArticleJoinsItsExpansion() {
        EntityRecord stated = record(EntityType.ORGANIZATION, "Bureau of Harbour Pilots", "a1", Set.of("BHPS"));
        Resolution r = resolver.resolve(List.of(stated, org("BHPS", "a2")));
        assertSame(r, o("BHPS"), o("Bureau of Harbour Pilots"));
        assertTrue(r.clusters().get(0).joined().get(o("BHPS")).contains("stated"), r.clusters().toString());
    }

    @Test
    void aNameThatCarriesItsAcronymJoinsBoth() {
        Resolution r = resolver.resolve(List.of(org("Harbour Safety Board (HSB)", "a1"), org("Harbour Safety Board", "a2"),
                org("HSB", "a3")));
        assertSame(r, o("Harbour Safety Board (HSB)"), o("Harbour Safety Board"));
        assertSame(r, o("HSB"), o("Harbour Safety Board"));
    }

    @Test
    void anAcronymOfTwoExpansionsJoinsNeither() {
        Resolution r = resolver.resolve(List.of(org("Coastal Freight Alliance", "a1"), org("Central Farmers Association", "a2"),
                org("CFA", "a3")));
        assertApart(r, o("CFA"), o("Coastal Freight Alliance"));
        assertApart(r, o("CFA"), o("Central Farmers Association"));
    }

    @Test
    void aTwoLetterAcronymJoinsByInitialsOnlyANameOfItsOwnArticle() {
        EntityRecord county = record(EntityType.PLACE, "Lune Alder", "a1", Set.of());
        EntityRecord elsewhere = record(EntityType.PLACE, "LA", "a2", Set.of());
        Resolution apart = resolver.resolve(List.of(county, elsewhere));
        assertApart(apart, county.iri(), elsewhere.iri());
        EntityRecord beside = record(EntityType.PLACE, "LA", "a1", Set.of());
        Resolution joined = resolver.resolve(List.of(county, beside));
        assertSame(joined, county.iri(), beside.iri());
    }

    @Test
    void aTwoLetterAcronymThatAnArticleAlsoGivesItsLongNameJoinsThatName() {
        // "Garnet Mills" named in full in a1; in a2 the article says "GM" and "Garnet Mills", one entity named "GM".
        EntityRecord full = org("Garnet Mills", "a1");
        EntityRecord acronym = new EntityRecord(o("GM"), EntityType.ORGANIZATION, "GM", Set.of("Garnet Mills"), "a2", Set.of(), Set.of());
        assertSame(resolver.resolve(List.of(full, acronym)), full.iri(), acronym.iri());
        // Without the long name in its own article, "GM" stays apart from a namesake elsewhere.
        EntityRecord bare = org("GM", "a3");
        EntityRecord other = org("Grey Marsh", "a4");
        assertApart(resolver.resolve(List.of(bare, other)), bare.iri(), other.iri());
    }

    @Test
    void namesTheLinkerGivesOnePageAreOneEntityOfOneType() {
        EntityRecord full = record(EntityType.PLACE, "Federated Isles", "a1", Set.of());
        EntityRecord nickname = record(EntityType.PLACE, "the Isles", "a2", Set.of());
        EntityRecord company = org("Isles", "a3");
        Resolution r = resolver.resolve(List.of(full, nickname, company), java.util.Map.of(full.iri(), "Federated_Isles",
                nickname.iri(), "Federated_Isles", company.iri(), "Federated_Isles"));
        assertSame(r, full.iri(), nickname.iri());
        assertTrue(r.clusters().get(0).joined().values().iterator().next().startsWith("page: "), r.clusters().toString());
        assertApart(r, full.iri(), company.iri());
    }

    @Test
    void peopleAndOrganisationsNeverMerge() {
        Resolution r = resolver.resolve(List.of(person("Lena Brightwater", "a1"), org("Brightwater", "a2"),
                person("Brightwater", "a3"), org("Lena Brightwater", "a4")));
        assertSame(r, p("Lena Brightwater"), p("Brightwater"));
        assertApart(r, p("Brightwater"), o("Brightwater"));
        assertApart(r, p("Lena Brightwater"), o("Lena Brightwater"));
        assertTrue(r.clusters().stream().allMatch(c -> c.members().stream().allMatch(m -> m.contains("/person/"))
                || c.members().stream().noneMatch(m -> m.contains("/person/"))), r.clusters().toString());
    }

    @Test
    void theOutcomeDoesNotDependOnTheOrderOfTheRecords() {
        List<EntityRecord> records = new ArrayList<>(List.of(person("Marta Quintela", "a1"), person("Quintela", "a2"),
                person("Tomas Ekdal", "a1"), person("Tomas B. Ekdal", "a2"), person("T. Ekdal", "a3"), person("Ekdal", "a4"),
                org("Coastal Freight Alliance", "a1"), org("CFA", "a2"), org("Norwegian Fisheries Directorate", "a3"),
                org("Norway's Fisheries Directorate", "a4")));
        Resolution first = resolver.resolve(records);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(records, random);
            assertEquals(first, resolver.resolve(records));
        }
    }
}
