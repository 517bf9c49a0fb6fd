package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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
}
