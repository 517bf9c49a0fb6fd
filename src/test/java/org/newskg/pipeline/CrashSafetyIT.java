package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;
import org.newskg.cli.ExitCodes;
import org.newskg.rdf.Vocab;
import org.newskg.store.KnowledgeStore;

/**
 * Crash safety and idempotence with the real command line, CoreNLP and TDB2: an ingest in a child
 * JVM, committing two articles a transaction, is killed (SIGKILL) at several moments; after each
 * kill the store opens, every article graph in it is whole and at least the articles the progress
 * line counted are in it; the same ingest run again gives exactly the quads of an uninterrupted run.
 * Then a changed article replaces only its own graph, and {@code newskg remove} leaves the store
 * exactly as if the article had never been ingested.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashSafetyIT {
    @TempDir
    static Path tmp;

    private static Path in;
    private static Path reference;
    private static Path store;
    private static int articles;

    @BeforeAll
    static void anUninterruptedRun() throws IOException {
        in = tmp.resolve("in");
        Files.createDirectories(in);
        for (String folder : List.of("src/test/resources/articles", "src/test/resources/statements", "samples")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    Files.copy(f, in.resolve(f.getFileName()));
                }
            }
        }
        try (Stream<Path> files = Files.list(in)) {
            articles = (int) files.count();
        }
        reference = tmp.resolve("reference");
        CliRun r = CliRun.of("ingest", "--store", reference.toString(), "--workers", "2", in.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        store = tmp.resolve("store");
    }

    @Test
    @Order(1)
    void killedAtSeveralMomentsThenRunAgainGivesTheUninterruptedGraph() throws Exception {
        Map<Node, Set<Quad>> expected = graphs(reference);
        List<Long> storedAfterKill = new ArrayList<>();
        List<Predicate<String>> moments = List.of(
                line -> line.startsWith("Loading CoreNLP models"),         // store created, nothing stored
                line -> line.matches("ingest: .* 4 articles, .*"),          // the second batch of two is committed, the third under way
                line -> line.startsWith("ingest: recomputing the statements")); // every article stored, corpus graph next
        for (Predicate<String> moment : moments) {
            killWhen(moment);
            storedAfterKill.add(assertWhole(expected));
        }
        assertEquals(0L, storedAfterKill.get(0), "killed while loading models");
        assertTrue(storedAfterKill.get(1) >= 4 && storedAfterKill.get(1) < articles, "killed between batches: " + storedAfterKill);
        assertEquals((long) articles, storedAfterKill.get(2), "killed at the rebuild: " + storedAfterKill);

        CliRun again = CliRun.of("ingest", "--store", store.toString(), "--workers", "2", in.toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertTrue(again.out().contains(articles + " unchanged"), "what was stored is not written again: " + again.out());
        assertEquals(graphs(reference), graphs(store), "same quads as the uninterrupted run");
    }

    @Test
    @Order(2)
    void aChangedArticleReplacesOnlyItsGraph() throws IOException {
        Map<Node, Set<Quad>> before = graphs(store);
        Path changed = in.resolve("north-wire.txt");
        Files.writeString(changed, Files.readString(changed).strip()
                + "\nThe harbour master, Elin Sandvik, said the first ships would berth in the spring.\n");
        CliRun r = CliRun.of("ingest", "--store", store.toString(), "--workers", "2", in.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("0 added, 1 replaced, " + (articles - 1) + " unchanged"), r.out());
        Map<Node, Set<Quad>> after = graphs(store);
        Set<Node> gone = new HashSet<>(before.keySet());
        gone.removeAll(after.keySet());
        Set<Node> added = new HashSet<>(after.keySet());
        added.removeAll(before.keySet());
        assertEquals(1, gone.size(), "the old version's graph");
        assertEquals(1, added.size(), "the new version's graph");
        assertTrue(after.get(added.iterator().next()).toString().contains("Elin Sandvik"));
        Set<Node> replaced = new HashSet<>(gone);
        replaced.addAll(added);
        for (Node g : after.keySet()) {
            if (!added.contains(g) && !g.equals(Vocab.CORPUS_GRAPH_NAME)) {
                // The settings graph keeps records and pages per article: the replaced version's go, the new one's come.
                assertEquals(withoutKeptFor(before.get(g), replaced), withoutKeptFor(after.get(g), replaced), "untouched: " + g);
            }
        }
    }

    @Test
    @Order(3)
    void removeLeavesTheStoreAsIfTheArticleHadNeverBeenIngested() throws IOException {
        Path removed = in.resolve("north-wire.txt");
        CliRun r = CliRun.of("remove", "--store", store.toString(), removed.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        Files.move(removed, tmp.resolve("north-wire.txt"));
        Path without = tmp.resolve("without");
        CliRun fresh = CliRun.of("ingest", "--store", without.toString(), "--workers", "2", in.toString());
        assertEquals(ExitCodes.OK, fresh.exitCode(), fresh.err());
        Map<Node, Set<Quad>> left = graphs(store);
        assertFalse(left.toString().contains("Elin Sandvik"));
        // By design (stable identity) the removed article's entity IRIs stay as owl:sameAs links
        // ("retired: ..."); everything else is as if the article had never been ingested.
        assertEquals(graphs(without), withoutRetiredIris(left), "article graphs and corpus graph as if never ingested");
    }

    /** The graphs without the corpus graph's links of retired IRIs (those no article names any more). */
    private static Map<Node, Set<Quad>> withoutRetiredIris(Map<Node, Set<Quad>> graphs) {
        Set<Node> retired = new HashSet<>();
        for (Quad q : graphs.getOrDefault(Vocab.CORPUS_GRAPH_NAME, Set.of())) {
            if (q.getPredicate().equals(Vocab.SAME_AS_REASON) && q.getObject().getLiteralLexicalForm().startsWith("retired")) {
                retired.add(q.getSubject());
            }
        }
        Map<Node, Set<Quad>> out = new HashMap<>(graphs);
        out.computeIfPresent(Vocab.CORPUS_GRAPH_NAME, (g, quads) -> {
            Set<Quad> kept = new HashSet<>(quads);
            kept.removeIf(q -> retired.contains(q.getSubject())
                    && (q.getPredicate().equals(Vocab.SAME_AS) || q.getPredicate().equals(Vocab.SAME_AS_REASON)));
            return kept;
        });
        return out;
    }

    /** Starts the ingest in a child JVM and kills it (SIGKILL) when it prints a line matching {@code moment}. */
    private static void killWhen(Predicate<String> moment) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "org.newskg.cli.Main", "ingest", "--store", store.toString(), "--workers", "2", "--progress-interval", "0",
                "--batch-size", "2", "--batch-seconds", "600", in.toString()).redirectErrorStream(true);
        Process child = pb.start();
        StringBuilder seen = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                seen.append(line).append('\n');
                if (moment.test(line)) {
                    child.destroyForcibly();
                    break;
                }
            }
            assertNotNull(line, "the child ended before the moment to kill it:\n" + seen);
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
    }

    /** The store opens after a kill and every article graph in it is exactly the uninterrupted run's; returns how many. */
    private static long assertWhole(Map<Node, Set<Quad>> expected) {
        Map<Node, Set<Quad>> found = graphs(store);
        long stored = 0;
        for (Map.Entry<Node, Set<Quad>> g : found.entrySet()) {
            if (g.getKey().equals(Vocab.CORPUS_GRAPH_NAME) || g.getKey().equals(Vocab.STORE_GRAPH)) {
                continue;
            }
            assertEquals(expected.get(g.getKey()), g.getValue(), "a whole article graph: " + g.getKey());
            stored++;
        }
        assertTrue(found.containsKey(Vocab.STORE_GRAPH), "the store's settings");
        return stored;
    }

    /** Every quad of a store, by graph. */
    private static Map<Node, Set<Quad>> graphs(Path dir) {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            return kg.read(ds -> {
                Map<Node, Set<Quad>> byGraph = new HashMap<>();
                for (Iterator<Quad> it = ds.asDatasetGraph().find(); it.hasNext(); ) {
                    Quad q = it.next();
                    byGraph.computeIfAbsent(q.getGraph(), g -> new HashSet<>()).add(q);
                }
                return byGraph;
            });
        }
    }

    private static Set<Quad> withoutKeptFor(Set<Quad> quads, Set<Node> articles) {
        Set<Quad> kept = new HashSet<>(quads);
        kept.removeIf(q -> IngestBatchIT.keptFor(q, articles));
        return kept;
    }
}
