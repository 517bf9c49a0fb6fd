package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;
import org.newskg.cli.ExitCodes;
import org.newskg.rdf.Vocab;
import org.newskg.store.KnowledgeStore;

/**
 * The path beyond one machine, end to end with real CoreNLP, Spark (local[2]) and TDB2: a store
 * built by {@code load} from ingest's own dump, and one built by {@code load} from the Spark job's
 * output, hold the same quads as the store {@code ingest} built from the same inputs (literals
 * compared by value), answer queries and full-text search the same, and take later ingests and removes.
 */
class SparkIngestIT {
    static final Path NEWSKG = NewskgProcess.NEWSKG;

    @TempDir
    static Path tmp;

    static Path input;
    static Path ingested;
    static Path dump;
    static Path fromDump;
    static Path sparkOut;
    static Path fromSpark;
    static NewskgProcess spark;
    static Path corpusOut;
    static NewskgProcess corpus;
    static CliRun loadDump;
    static CliRun loadSpark;

    /** Every graph but the store's settings (which say how the store came to be, not what it holds). */
    static final Predicate<Node> CONTENT = g -> !g.equals(Vocab.STORE_GRAPH);
    static final Predicate<Node> ARTICLES = g -> CONTENT.test(g) && !g.equals(Vocab.CORPUS_GRAPH_NAME);

    @BeforeAll
    static void ingestDumpLoadAndRunSpark() throws Exception {
        input = tmp.resolve("in");
        Files.createDirectories(input.resolve("nested"));
        try (Stream<Path> samples = Files.list(NEWSKG.resolve("samples"))) {
            for (Path p : samples.toList()) {
                Files.copy(p, input.resolve(p.getFileName()));
            }
        }
        Files.copy(NEWSKG.resolve("src/test/resources/articles/north-wire.txt"), input.resolve("nested/north-wire.txt"));
        Files.writeString(input.resolve("nested/empty.txt"), "");
        ingested = tmp.resolve("ingested");
        CliRun ingest = CliRun.of("ingest", "--store", ingested.toString(), input.toString());
        assertEquals(ExitCodes.PARTIAL, ingest.exitCode(), ingest.err());

        dump = tmp.resolve("dump.nq");
        CliRun d = CliRun.of("dump", "--store", ingested.toString(), "-o", dump.toString());
        assertEquals(0, d.exitCode(), d.err());
        fromDump = tmp.resolve("from-dump");
        loadDump = CliRun.of("load", "--store", fromDump.toString(), dump.toString());

        sparkOut = tmp.resolve("spark-out");
        spark = NewskgProcess.run(tmp.resolve("spark.log"), "spark", "--master", "local[2]", "--output", sparkOut.toString(),
                input.toString());
        corpusOut = tmp.resolve("corpus-out");
        corpus = NewskgProcess.run(tmp.resolve("corpus.log"), "corpus", sparkOut.toString(), corpusOut.toString());
        fromSpark = tmp.resolve("from-spark");
        loadSpark = CliRun.of("load", "--store", fromSpark.toString(), sparkOut.toString());
    }

    @Test
    void aStoreLoadedFromIngestsDumpHoldsWhatIngestStored() {
        assertEquals(0, loadDump.exitCode(), loadDump.err());
        assertTrue(loadDump.out().contains("phased loader"), loadDump.out());
        assertEquals(QuadSets.ofStore(ingested, CONTENT), QuadSets.ofStore(fromDump, CONTENT));
    }

    @Test
    void sparkWritesTheQuadsIngestStoresForEachArticle() throws Exception {
        assertEquals(ExitCodes.PARTIAL, spark.exitCode(), spark.log());
        Set<String> fromIngest = QuadSets.ofStore(ingested, ARTICLES);
        assertFalse(fromIngest.isEmpty());
        assertEquals(fromIngest, QuadSets.ofFiles(sparkOut, ARTICLES));
        assertTrue(Files.exists(sparkOut.resolve(IngestJob.DONE)));
    }

    @Test
    void theCorpusStagesOnSparkGiveTheCorpusGraphIngestBuilt() throws Exception {
        assertEquals(0, corpus.exitCode(), corpus.log());
        Set<String> fromIngest = QuadSets.corpusStagesPart(ingested);
        assertTrue(fromIngest.stream().anyMatch(q -> q.contains("Statement")), "the samples' statements: " + fromIngest);
        assertEquals(fromIngest, QuadSets.ofFiles(corpusOut, g -> true));
    }

    @Test
    void sparkReportsBadFilesWithPathAndReasonAsJsonLines() throws Exception {
        String issues;
        try (Stream<Path> files = Files.list(sparkOut)) {
            issues = String.join("", files.filter(p -> p.toString().endsWith(".issues.jsonl")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList());
        }
        assertTrue(issues.contains("\"source\":\"" + input.resolve("nested/empty.txt").toRealPath() + "\""), issues);
        assertTrue(issues.contains("empty file"), issues);
    }

    @Test
    void theSparkOutputLoadedIsTheStoreIngestBuilt() {
        assertEquals(0, loadSpark.exitCode(), loadSpark.err());
        // The corpus graph too: load recomputes it as ingest does after its last article.
        assertEquals(QuadSets.ofStore(ingested, CONTENT), QuadSets.ofStore(fromSpark, CONTENT));
    }

    @Test
    void theLoadedStoreAnswersQueriesAndSearchAsTheIngestedOne() {
        for (List<String> query : List.of(List.of("queries/people.rq"), List.of("queries/corroboration.rq"),
                List.of("-e", "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query (schema:name 'Oster') } ORDER BY ?s"))) {
            CliRun a = query(ingested, query);
            CliRun b = query(fromSpark, query);
            assertEquals(0, b.exitCode(), b.err());
            assertEquals(a.out(), b.out(), query.toString());
        }
    }

    @Test
    void aLoadedStoreTakesLaterIngestsAndRemoves() throws Exception {
        Path later = tmp.resolve("later");
        Files.createDirectories(later);
        Files.copy(NEWSKG.resolve("src/test/resources/articles/coastal-times.txt"), later.resolve("coastal-times.txt"));
        Path extended = tmp.resolve("extended");
        assertEquals(0, CliRun.of("load", "--store", extended.toString(), dump.toString()).exitCode());
        long before;
        try (KnowledgeStore kg = KnowledgeStore.openExisting(extended)) {
            before = kg.articleCount();
        }
        CliRun add = CliRun.of("ingest", "--store", extended.toString(), later.toString());
        assertEquals(0, add.exitCode(), add.err());
        CliRun rm = CliRun.of("remove", "--store", extended.toString(), later.resolve("coastal-times.txt").toRealPath().toString());
        assertEquals(0, rm.exitCode(), rm.err());
        assertTrue(add.out().contains("articles: 1 added"), add.out());
        try (KnowledgeStore kg = KnowledgeStore.openExisting(extended)) {
            assertEquals(before, kg.articleCount());
        }
    }

    private static CliRun query(Path store, List<String> query) {
        String[] args = Stream.concat(Stream.of("query", "--store", store.toString(), "--format", "csv"), query.stream())
                .toArray(String[]::new);
        return CliRun.of(args);
    }
}
