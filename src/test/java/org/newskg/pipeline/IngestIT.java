package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;
import org.newskg.cli.ExitCodes;
import org.newskg.store.KnowledgeStore;

/**
 * The whole pipeline with real CoreNLP and a real TDB2 store, on articles written for the test
 * next to every kind of bad file: the bad ones are reported with path and reason, the rest stored.
 */
class IngestIT {
    @TempDir
    static Path tmp;

    private static Path input;
    private static Path store;
    private static CliRun run;

    @BeforeAll
    static void ingestAFolderOfGoodAndBadFiles() throws Exception {
        input = tmp.resolve("in");
        Files.createDirectories(input.resolve("nested"));
        for (String name : List.of("harbour-herald.txt", "coastal-times.txt", "north-wire.txt")) {
            Files.copy(Path.of("src/test/resources/articles", name), input.resolve(name));
        }
        Files.copy(input.resolve("harbour-herald.txt"), input.resolve("nested/copy-of-herald.txt"));
        Files.writeString(input.resolve("empty.txt"), "");
        Files.write(input.resolve("nested/photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        Files.write(input.resolve("nested/latin1.txt"),
                "Caf\u00e9 owners in Veldhaven welcome port deal\nKatrin Oster visited the caf\u00e9 district on Friday.\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        store = tmp.resolve("store");
        run = CliRun.of("ingest", "--store", store.toString(), input.toString());
    }

    @Test
    void partialFailureIsTheExitStatus() {
        assertEquals(ExitCodes.PARTIAL, run.exitCode(), run.err());
    }

    @Test
    void badFilesAreReportedWithPathAndReason() {
        assertTrue(run.err().contains(input.resolve("empty.txt") + "  source  empty file"), run.err());
        assertTrue(run.err().contains(input.resolve("nested/photo.jpg") + "  source  binary file"), run.err());
        assertTrue(run.err().contains(input.resolve("nested/latin1.txt") + "  source  not valid UTF-8"), run.err());
        assertTrue(run.err().contains(input.resolve("nested/copy-of-herald.txt") + "  store  duplicate"), run.err());
        assertTrue(run.out().contains("2 error(s), 2 warning(s)"), run.out());
    }

    @Test
    void everyGoodArticleIsStoredOnce() {
        try (KnowledgeStore kg = KnowledgeStore.open(store, Optional.empty())) {
            assertEquals(4, kg.articleCount());
        }
    }

    @Test
    void aPersonNamedInSeveralArticlesIsOneNode() {
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "csv", "-e",
                "SELECT ?p (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a schema:mentions ?p . ?p a schema:Person } GROUP BY ?p ORDER BY ?p");
        assertEquals(0, q.exitCode(), q.err());
        assertTrue(q.out().startsWith("p,n\r\n"), "W3C CSV header: " + q.out());
        assertTrue(q.out().contains("https://newskg.org/id/person/katrin-oster,3"), q.out());
        assertTrue(q.out().contains("https://newskg.org/id/person/pavel-lindqvist,2"), q.out());
        // "Oster" joins "Katrin Oster" where an article names both. In the article with the surname
        // alone, and no title, first name, speech or role, it is not kept as a person (issue 15's hygiene).
        assertFalse(q.out().contains("https://newskg.org/id/person/oster,"), q.out());
    }

    @Test
    void mentionOffsetsPointAtTheExactWords() {
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "csv", "-e",
                "SELECT (COUNT(*) AS ?bad) WHERE { ?m nif:referenceContext ?a ; nif:anchorOf ?w ; nif:beginIndex ?b ; nif:endIndex ?e ."
                        + " ?a nif:isString ?t FILTER(SUBSTR(?t, ?b + 1, ?e - ?b) != ?w) }");
        assertEquals("bad\r\n0\r\n", q.out());
    }

    @Test
    void boilerplateDoesNotReachTheGraph() {
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "csv", "-e",
                "SELECT ?t WHERE { ?a nif:isString ?t FILTER(CONTAINS(?t, 'Leave a Reply') || CONTAINS(?t, 'newsletter')) }");
        assertEquals("t\r\n", q.out());
    }

    @Test
    void ingestingAgainGivesTheSameGraph() {
        long before;
        try (KnowledgeStore kg = KnowledgeStore.open(store, Optional.empty())) {
            before = kg.quadCount();
        }
        CliRun again = CliRun.of("ingest", "--store", store.toString(), input.toString());
        assertEquals(ExitCodes.PARTIAL, again.exitCode());
        assertTrue(again.out().contains("0 added, 0 replaced, 4 unchanged"), again.out());
        try (KnowledgeStore kg = KnowledgeStore.open(store, Optional.empty())) {
            assertEquals(before, kg.quadCount());
        }
    }
}
