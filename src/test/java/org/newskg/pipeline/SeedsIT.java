package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;

/**
 * The reference case: five real scraped articles from five outlets about one story, read from
 * ../shared at run time. People named across articles are one node; people from the lists of
 * unrelated headlines under an article are not that article's people.
 */
class SeedsIT {
    @TempDir
    static Path tmp;

    private static Path store;
    /** Person IRI -> number of articles mentioning it. */
    private static final Map<String, Integer> PEOPLE = new HashMap<>();

    @BeforeAll
    static void ingestSeeds() {
        Path seeds = Path.of(System.getProperty("newskg.shared", "../shared"), "corpus", "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no reference corpus at " + seeds);
        store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), seeds.toString());
        assertEquals(0, run.exitCode(), run.err());
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "tsv", "-e",
                "SELECT ?p (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a schema:mentions ?p . ?p a schema:Person } GROUP BY ?p");
        q.out().lines().skip(1).forEach(line -> {
            String[] cols = line.split("\t");
            PEOPLE.put(cols[0].replaceAll("[<>]", ""), Integer.parseInt(cols[1].replaceAll("\"|\\^\\^.*", "")));
        });
    }

    private static int articles(String slug) {
        return PEOPLE.getOrDefault("https://newskg.org/id/person/" + slug, 0);
    }

    @Test
    void peopleNamedInSeveralArticlesAreOneNodeEach() {
        assertEquals(5, articles("fumio-kishida"), PEOPLE.toString());
        assertEquals(4, articles("mao-ning"), PEOPLE.toString());
        assertEquals(3, articles("jens-stoltenberg"), PEOPLE.toString());
        assertEquals(2, articles("koji-tomita"), PEOPLE.toString());
    }

    @Test
    void everyCrossDocumentJoinStaysWithinOneTypeAndOneName() {
        List<String[]> joins = tsv("SELECT ?m ?c WHERE { GRAPH <urn:newskg:corpus> { ?m owl:sameAs ?c ; newskg:sameAsReason ?why } }");
        for (String[] j : joins) {
            String member = j[0].replaceAll("[<>]", "");
            String canonical = j[1].replaceAll("[<>]", "");
            String type = member.replaceAll(".*/id/([a-z]+)/.*", "$1");
            assertTrue(canonical.contains("/id/" + type + "/"), member + " joined " + canonical);
            if (type.equals("person")) {
                String slug = member.substring(member.lastIndexOf('/') + 1);
                assertTrue(canonical.endsWith("-" + slug) || canonical.contains("/" + slug + "-"), member + " joined " + canonical);
            }
        }
    }

    @Test
    void surnamesDoNotBecomePeopleOfTheirOwn() {
        for (String surname : new String[] {"kishida", "mao", "tomita", "lungescu", "stoltenberg"}) {
            assertEquals(0, articles(surname), surname + " in " + PEOPLE);
        }
    }

    @Test
    void peopleFromUnrelatedHeadlineListsAreNotExtracted() {
        for (String slug : new String[] {"narendra-modi", "jim-kenney", "willie-walsh", "carsten-spohr"}) {
            assertEquals(0, articles(slug), slug + " comes from a teaser list: " + PEOPLE);
        }
    }

    @Test
    void pronounsAreNotPeople() {
        for (String p : new String[] {"he", "his", "she", "her", "they"}) {
            assertFalse(PEOPLE.containsKey("https://newskg.org/id/person/" + p), p);
        }
        assertTrue(PEOPLE.size() > 5);
    }

    @Test
    void peopleOrganisationsAndPlacesAreLinkedToWikipediaWithTheirEvidence() {
        List<String[]> links = tsv("SELECT ?e ?page ?ev WHERE { GRAPH <urn:newskg:corpus> { ?e schema:sameAs ?page ;"
                + " newskg:linkEvidence ?ev FILTER(STRSTARTS(STR(?page), 'https://en.wikipedia.org/wiki/')) } }");
        Map<String, String> pageOf = new HashMap<>();
        links.forEach(l -> pageOf.put(l[0].replaceAll("[<>]", "").replaceAll(".*/id/", ""),
                l[1].replaceAll("[<>]", "").replace("https://en.wikipedia.org/wiki/", "")));
        assertEquals("Fumio_Kishida", pageOf.get("person/fumio-kishida"), pageOf.toString());
        assertEquals("NATO", pageOf.get("organization/nato"), pageOf.toString());
        assertEquals("Tokyo", pageOf.get("place/tokyo"), pageOf.toString());
        assertEquals("United_States", pageOf.get("place/united-states"), "US and United States: one entity, one page");
        assertFalse(pageOf.containsKey("place/us"), "linked through its canonical entity only");
    }

    @Test
    void anAgencyCreditedByOneArticleIsTheOrganisationAnotherNamesInItsText() {
        String reuters = "<https://newskg.org/id/organization/reuters>";
        List<String[]> crediting = tsv("SELECT DISTINCT ?a WHERE { GRAPH ?a { ?a schema:sourceOrganization " + reuters + " } }");
        List<String[]> naming = tsv("SELECT DISTINCT ?a WHERE { GRAPH ?a { ?a schema:mentions " + reuters + " } }");
        assertEquals(1, crediting.size(), "one seed credits the agency");
        assertTrue(naming.stream().anyMatch(n -> !n[0].equals(crediting.get(0)[0])), "another names it in its text: " + naming);
    }

    @Test
    void theOutletFourSeedsNameIsOneNodeNamedInAllFour() {
        // Named as "the X newspaper", "X reported" at a sentence's start and "told X that" (NameRepairs' outlet context).
        List<String[]> naming = tsv("SELECT DISTINCT ?a WHERE { GRAPH ?a { ?a schema:mentions <https://newskg.org/id/organization/nikkei-asia> } }");
        assertEquals(4, naming.size(), "articles naming the outlet: " + naming.stream().map(n -> n[0]).toList());
    }

    private static List<String[]> tsv(String query) {
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "tsv", "-e", query);
        assertEquals(0, q.exitCode(), q.err());
        return q.out().lines().skip(1).map(l -> l.split("\t", -1)).toList();
    }

    /** Speaker IRIs (or "" where none was found) of the reports whose words contain {@code words}. */
    private static List<String> speakersOf(String words) {
        return tsv("SELECT ?r ?s WHERE { ?r a newskg:Report ; schema:text ?t OPTIONAL { ?r newskg:speaker ?s }"
                + " FILTER(CONTAINS(LCASE(?t), '" + words + "')) }").stream()
                .map(r -> r.length > 1 ? r[1].replaceAll("[<>]", "") : "").toList();
    }

    @Test
    void quotedSentencesOfNamedPeopleLandOnThem() {
        List<String> aware = speakersOf("not aware of any decision");
        assertTrue(aware.size() >= 4, aware.toString());
        assertTrue(aware.stream().allMatch(s -> s.equals("https://newskg.org/id/person/fumio-kishida")), aware.toString());
        List<String> expansion = speakersOf("eastward expansion in the asia-pacific");
        assertTrue(expansion.size() >= 3, expansion.toString());
        assertTrue(expansion.stream().allMatch(s -> s.equals("https://newskg.org/id/person/mao-ning")), expansion.toString());
        List<String> partnership = speakersOf("liaison arrangements with a number of international organizations");
        assertEquals(List.of("https://newskg.org/id/person/oana-lungescu"), partnership);
    }

    @Test
    void theSameRemarkAcrossOutletsIsOneStatement() {
        List<String[]> rows = tsv("SELECT ?st ?n WHERE { GRAPH <urn:newskg:corpus> { ?st newskg:speaker <https://newskg.org/id/person/mao-ning> ;"
                + " newskg:articleCount ?n ; schema:text ?t FILTER(CONTAINS(LCASE(?t), 'eastward expansion in the asia-pacific')) } }");
        assertEquals(1, rows.size(), "one statement for all wordings");
        assertTrue(Integer.parseInt(rows.get(0)[1].replaceAll("\"|\\^\\^.*", "")) >= 2, rows.get(0)[1]);
    }

    @Test
    void aRemarkMadeOnWednesdayInAnArticleDatedThatWednesdayIsDatedThatDay() {
        List<String[]> rows = tsv("SELECT ?d WHERE { ?r a newskg:Report ; schema:text ?t ; newskg:statedOn ?d ; newskg:dateFromText true"
                + " FILTER(CONTAINS(?t, 'had no plans to become a NATO member')) }");
        assertEquals(1, rows.size());
        assertTrue(rows.get(0)[0].startsWith("\"2023-05-24\""), rows.get(0)[0]);
    }
}
