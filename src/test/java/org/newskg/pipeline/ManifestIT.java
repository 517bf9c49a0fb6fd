package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;
import org.newskg.cli.ExitCodes;

/**
 * The real command line on two plain-text files with a manifest giving their URL, publisher, date
 * and title, plus one article on standard input: the manifest's metadata is on the stored articles.
 */
class ManifestIT {
    @TempDir
    static Path tmp;

    private static Path input;
    private static Path store;
    private static CliRun run;

    @BeforeAll
    static void ingestTwoFilesWithAManifestAndStandardInput() throws Exception {
        input = tmp.resolve("in");
        Files.createDirectories(input.resolve("day2"));
        Files.writeString(input.resolve("bridge.txt"), """
                Bridge works begin

                Work on the new bridge over the river Elde in Ostbury began on Monday, the city council said.
                Engineer Marta Kowalczyk said the bridge would open to traffic in two years.
                """);
        Files.writeString(input.resolve("day2/school.txt"), """
                The school board of Veldhaven approved a plan for three new primary schools on Tuesday.
                Board chair Henrik Aalto said the first school would open next autumn.
                """);
        Files.writeString(input.resolve("export.jsonl"), """
                {"headline": "Library opens", "body": "The new public library of Ostbury opened on Saturday. Librarian Anna Berg said it holds forty thousand books.", "link": "https://wire.example/library"}
                """);
        // Relative to the manifest's folder; one row names a file that is not an input, one is broken.
        Files.writeString(input.resolve("manifest.csv"), """
                path,url,publisher,published,title
                bridge.txt,https://courier.example/bridge,Ostbury Courier,2024-05-06T09:30:00+02:00,Ostbury starts bridge works
                day2/school.txt,https://post.example/schools,Veldhaven Post,2024-05-07,Three new schools for Veldhaven
                export.jsonl,https://post.example/export,Veldhaven Post,2024-05-08,One title for a whole export
                absent.txt,https://post.example/absent,Veldhaven Post,2024-05-08,Not here
                broken.txt,https://post.example/broken
                """);
        store = tmp.resolve("store");
        byte[] stdin = "Ferry fares on the island routes will rise by eight percent from March, the operator said on Thursday.\n"
                .getBytes(StandardCharsets.UTF_8);
        run = CliRun.withInput(new ByteArrayInputStream(stdin), "ingest", "--store", store.toString(), "--workers", "2",
                "--manifest", input.resolve("manifest.csv").toString(),
                input.resolve("bridge.txt").toString(), input.resolve("day2/school.txt").toString(),
                input.resolve("export.jsonl").toString(), "-");
    }

    @Test
    void theManifestsMetadataIsOnTheArticles() {
        // Warnings only: everything was stored.
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "csv", "-e",
                "SELECT ?h ?u ?p (STR(?d) AS ?date) WHERE { ?a a nif:Context ; schema:headline ?h ; schema:url ?u ;"
                        + " schema:datePublished ?d ; schema:publisher/schema:name ?p } ORDER BY ?h");
        assertEquals(0, q.exitCode(), q.err());
        assertEquals(String.join("\r\n", List.of(
                "h,u,p,date",
                "Ostbury starts bridge works,https://courier.example/bridge,Ostbury Courier,2024-05-06T09:30:00+02:00",
                "Three new schools for Veldhaven,https://post.example/schools,Veldhaven Post,2024-05-07",
                "")), q.out());
    }

    @Test
    void standardInputIsOneArticle() {
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "csv", "-e",
                "SELECT ?t WHERE { ?a a nif:Context ; newskg:source 'stdin' ; nif:isString ?t }");
        assertEquals(0, q.exitCode(), q.err());
        assertTrue(q.out().contains("Ferry fares on the island routes will rise"), q.out());
    }

    @Test
    void badManifestRowsAreWarningsWithTheirLine() {
        String manifest = input.resolve("manifest.csv").toString();
        assertTrue(run.err().contains(manifest + "  line 5  source  absent.txt is not among the inputs"), run.err());
        assertTrue(run.err().contains(manifest + "  line 6  source  row has 2 fields, the header has 5; row ignored"), run.err());
    }

    /** A row for a file of many articles would give them all one URL: it is not used, and said so. */
    @Test
    void aManifestRowForAnExportIsNotUsed() {
        assertTrue(run.err().contains(input.resolve("export.jsonl") + "  source  the manifest's metadata is for one-article files"), run.err());
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "csv", "-e",
                "SELECT ?h ?u WHERE { ?a a nif:Context ; schema:headline ?h ; schema:url ?u FILTER(CONTAINS(?h, 'Library')) }");
        assertEquals("h,u\r\nLibrary opens,https://wire.example/library\r\n", q.out());
    }

    @Test
    void anUnreadableManifestIsAUsageErrorBeforeAnythingIsIngested() {
        Path other = tmp.resolve("other-store");
        CliRun bad = CliRun.of("ingest", "--store", other.toString(), "--manifest", tmp.resolve("no-such.csv").toString(),
                input.resolve("bridge.txt").toString());
        assertEquals(ExitCodes.USAGE, bad.exitCode(), bad.err());
        assertTrue(bad.err().startsWith("ingest: --manifest " + tmp.resolve("no-such.csv")), bad.err());
        assertFalse(Files.exists(other), "no store is created");
    }
}
