package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;

/**
 * The linking rules on a small dictionary written for the test, in WikiDict's shape (string ->
 * pages with priors): full names link, bare surnames and generic words are never looked up, and a
 * page must fit the entity's names and kind.
 */
class EntityLinkerTest {
    private static final Map<String, List<WikiDict.Candidate>> DICTIONARY = Map.of(
            "Tomas Ekdal", List.of(new WikiDict.Candidate("Tomas_Ekdal", 0.97)),
            "Ekdal", List.of(new WikiDict.Candidate("Ekdal_(surname)", 0.9)),
            "Marta Quintela", List.of(new WikiDict.Candidate("Marta_Quintela_(film)", 0.8)),
            "Rui Quintela", List.of(new WikiDict.Candidate("Rui_Quintela", 0.3), new WikiDict.Candidate("Quintela", 0.2)),
            "Coastal Freight Alliance", List.of(new WikiDict.Candidate("Coastal_Freight_Alliance", 0.9)),
            "CFA", List.of(new WikiDict.Candidate("Coastal_Freight_Alliance", 0.6)),
            "Ministry", List.of(new WikiDict.Candidate("Ministry_(government_department)", 0.9)),
            "Harbour Board", List.of(new WikiDict.Candidate("Harbour_Board", 0.9)),
            "Port Authority", List.of(new WikiDict.Candidate("Port_Authority_of_Somewhere", 0.9)));

    private final Set<String> askedFor = new HashSet<>();
    private final EntityLinker linker = new EntityLinker(names -> {
        askedFor.addAll(names);
        return DICTIONARY;
    });

    private static EntityLinker.Subject person(String iri, String... names) {
        return new EntityLinker.Subject(iri, EntityType.PERSON, Set.of(names));
    }

    private static EntityLinker.Subject org(String iri, String... names) {
        return new EntityLinker.Subject(iri, EntityType.ORGANIZATION, Set.of(names));
    }

    @Test
    void aFullNameLinksToThePageNamedAfterIt() {
        List<EntityLink> links = linker.link(List.of(person("p1", "Tomas Ekdal", "Ekdal")));
        assertEquals(1, links.size());
        assertEquals("Tomas_Ekdal", links.get(0).title());
        assertEquals(0.97, links.get(0).confidence(), 1e-9);
        assertEquals("http://dbpedia.org/resource/Tomas_Ekdal", links.get(0).dbpedia());
        assertTrue(!askedFor.contains("Ekdal"), "a bare surname is never looked up: " + askedFor);
    }

    @Test
    void aBareSurnameOrAGenericWordIsNotLinked() {
        assertEquals(List.of(), linker.link(List.of(person("p2", "Ekdal"), org("o1", "Ministry"))));
    }

    @Test
    void aPageOfAnotherKindOrALowPriorIsNotLinked() {
        assertEquals(List.of(), linker.link(List.of(person("p3", "Marta Quintela"))), "a film is not a person");
        assertEquals(List.of(), linker.link(List.of(person("p4", "Rui Quintela"))), "prior below " + EntityLinker.MIN_PRIOR);
        assertEquals(List.of(), linker.link(List.of(org("o2", "Port Authority"))), "the page is not one of its names");
    }

    @Test
    void anAcronymAndItsExpansionLinkTogether() {
        List<EntityLink> links = linker.link(List.of(org("o3", "Coastal Freight Alliance", "CFA")));
        assertEquals(1, links.size());
        assertEquals("Coastal_Freight_Alliance", links.get(0).title());
        assertTrue(links.get(0).evidence().contains("'CFA'") && links.get(0).evidence().contains("'Coastal Freight Alliance'"),
                links.get(0).evidence());
    }

    @Test
    void namesLeadingToDifferentPagesLeaveTheEntityUnlinked() {
        assertEquals(List.of(), linker.link(List.of(org("o4", "Coastal Freight Alliance", "Harbour Board"))));
    }
}
