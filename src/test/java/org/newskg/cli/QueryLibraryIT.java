package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysts' query library in queries/, run by the real command line against a store built
 * from the project's own sample articles (several outlets' versions of one invented story).
 */
class QueryLibraryIT {
    private static final Path QUERIES = Path.of("queries");

    @TempDir
    static Path tmp;

    private static Path store;

    @BeforeAll
    static void ingestTheSamples() {
        store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), "samples");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    }

    private static List<List<String>> rows(String queryFile) {
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "tsv", QUERIES.resolve(queryFile).toString());
        assertEquals(ExitCodes.OK, q.exitCode(), q.err());
        return q.out().lines().map(l -> List.of(l.split("\t", -1))).toList();
    }

    private static List<String> header(String queryFile) {
        return rows(queryFile).get(0);
    }

    @Test
    void everyQueryHasAHeaderSayingWhatItAnswersAndRuns() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(QUERIES)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 8, files.toString());
        for (Path f : files) {
            String first = Files.readAllLines(f).get(0);
            assertTrue(first.startsWith("# ") && first.length() > 20, f + " starts with a comment header: " + first);
            CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "tsv", f.toString());
            assertEquals(ExitCodes.OK, q.exitCode(), f + ": " + q.err());
            assertTrue(q.out().lines().count() > 1, f + " finds something in the samples:\n" + q.out());
        }
    }

    @Test
    void contractQueriesHaveExactlyTheirColumns() {
        assertEquals(List.of("?article", "?source", "?title", "?publisher", "?published"), header("articles.rq"));
        assertEquals(List.of("?person", "?name", "?article"), header("people.rq"));
        assertEquals(List.of("?org", "?name", "?article"), header("organizations.rq"));
        assertEquals(List.of("?person", "?name", "?role", "?affiliation", "?affiliationName", "?article"), header("roles.rq"));
    }

    @Test
    void articlesAreListedWithTheirSourceAndWhatTheyStateAboutThemselves() {
        List<List<String>> rows = rows("articles.rq");
        assertEquals(5, rows.size(), rows.toString());
        List<String> ledger = rows.stream().filter(r -> r.get(1).contains("01-harbour-ledger.txt")).findFirst().orElseThrow();
        assertEquals("\"Norway and Portugal sign deal for North Sea power cable\"", ledger.get(2));
        assertEquals("\"The Harbour Ledger\"", ledger.get(3));
        assertTrue(ledger.get(4).startsWith("\"2025-03-12T09:40:00+01:00\"^^"), ledger.toString());
        // An article that states no date keeps none, and is listed last.
        assertEquals("", rows.get(4).get(4), rows.toString());
    }

    @Test
    void aPersonNamedByEveryOutletIsOneNodeWithOneRowPerArticle() {
        List<List<String>> halvorsen = rows("people.rq").stream().filter(r -> r.get(1).equals("\"Eirik Halvorsen\"")).toList();
        assertEquals(4, halvorsen.size(), halvorsen.toString());
        assertEquals(Set.of("<https://newskg.org/id/person/eirik-halvorsen>"),
                halvorsen.stream().map(r -> r.get(0)).collect(Collectors.toSet()));
        assertEquals(4, halvorsen.stream().map(r -> r.get(2)).distinct().count());
    }

    @Test
    void peopleFromTeaserListsAreNotInTheGraph() {
        List<String> names = rows("people.rq").stream().map(r -> r.get(1)).toList();
        assertFalse(names.contains("\"Jonas Weber\""), names.toString());
        assertFalse(names.contains("\"Raul Ortega\""), names.toString());
    }

    @Test
    void placesSayWhatKindOfPlaceTheyAre() {
        assertTrue(rows("places.rq").stream().anyMatch(r -> r.get(1).equals("\"Oslo\"") && r.get(2).equals("<http://schema.org/City>")));
    }

    @Test
    void coMentionsCountArticlesOncePerUnorderedPair() {
        List<List<String>> rows = rows("co-mentions.rq");
        List<String> top = rows.get(1);
        assertEquals(List.of("\"Eirik Halvorsen\"", "\"Marta Quintela\"", "4"),
                List.of(top.get(1), top.get(3), top.get(4)), rows.toString());
        assertEquals(rows.size(), rows.stream().map(r -> r.get(0) + r.get(2)).distinct().count());
    }

    @Test
    void theEntityQueryGivesTheExactWordsOfEveryMention() {
        List<List<String>> rows = rows("entity.rq");
        assertTrue(rows.size() > 4, rows.toString());
        assertTrue(rows.stream().skip(1).allMatch(r -> r.get(5).equals("\"Marta Quintela\"") || r.get(5).equals("\"Quintela\"")),
                rows.toString());
    }
}
