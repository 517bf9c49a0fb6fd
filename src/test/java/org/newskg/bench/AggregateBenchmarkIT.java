package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.CorpusRebuild;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.store.FullText;
import org.newskg.store.KnowledgeStore;

/**
 * The library's aggregate queries, computed from the articles (plain) and read from the counts
 * that ingest keeps in the corpus graph (precomputed), on a synthetic store: both give the same
 * answers, and the run reports how long each takes. By default the store is small, so this runs
 * with the other tests; {@code -Dnewskg.bench.quads=5000000} measures at scale and writes the
 * figures to {@code target/aggregate-benchmark.md} (see docs/PERFORMANCE.md). Speed is never asserted.
 */
class AggregateBenchmarkIT {
    private static final Path QUERIES = Path.of("queries");
    private static final long SEED = 20240501L;

    @TempDir
    Path tmp;

    @Test
    void precomputedCountsAnswerLikeThePlainQueries() throws IOException {
        long quads = Long.getLong("newskg.bench.quads", 30_000);
        int runs = Integer.getInteger("newskg.bench.runs", 3);
        // The plain queries take minutes each at millions of quads: fewer runs of them may be asked for.
        int plainRuns = Integer.getInteger("newskg.bench.plainRuns", runs);
        Path out = Path.of("target", "aggregate-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.write(out, List.of());
        // -Dnewskg.bench.store=DIR keeps the synthetic store there and reuses it on the next run
        // (the text index and the corpus rebuild are redone every time), to measure query changes
        // without rewriting millions of quads.
        Path store = Optional.ofNullable(System.getProperty("newskg.bench.store")).map(Path::of).orElse(tmp.resolve("store"));
        long start = System.nanoTime();
        if (!KnowledgeStore.isStore(store)) {
            writeSynthetic(store, quads);
        }
        deleteTextIndex(store);
        long written = System.nanoTime();
        try (KnowledgeStore kg = KnowledgeStore.open(store, Optional.empty())) { // builds the text index
            long indexed = System.nanoTime();
            // -Dnewskg.bench.link=false: without linking, as ingest --no-link.
            kg.setFlag(Vocab.LINK_ENTITIES, Boolean.parseBoolean(System.getProperty("newskg.bench.link", "true")), true);
            CorpusRebuild.run(kg);
            long rebuilt = System.nanoTime();
            report(out, String.format(Locale.ROOT, "store: %d article graphs, %d quads (%d in the corpus graph);"
                    + " bulk writing %.1f s, text index %.1f s, corpus rebuild with counts %.1f s",
                    kg.articleCount(), kg.quadCount(), corpusQuads(kg), (written - start) / 1e9,
                    (indexed - written) / 1e9, (rebuilt - indexed) / 1e9));

            // -Dnewskg.bench.updatesOnly=true: only the one-article updates (the queries take minutes at 1M quads).
            if (Boolean.getBoolean("newskg.bench.updatesOnly")) {
                oneArticleUpdates(kg, out);
                return;
            }
            // Ranking: top-entities.rq against entity-counts.rq.
            Timed plainTop = time(kg, out, "top-entities.rq", null, plainRuns);
            Timed countedTop = time(kg, out, "entity-counts.rq", null, runs);
            // The same counts in the same order; entities tied at the cut may differ.
            assertEquals(columns(plainTop.rows, "articles", "mentions"), columns(countedTop.rows, "articles", "mentions"));
            assertSameWhereBoth(columns(plainTop.rows, "entity", "type", "articles", "mentions"),
                    columns(countedTop.rows, "entity", "type", "articles", "mentions"), 1);

            // One entity's partners: co-mentioned-with.rq against co-mentioned-with-counts.rq,
            // for the most-mentioned entity (the one whose plain answer grows most with the store).
            String hub = "VALUES ?wanted { \"" + countedTop.rows.get(0).getLiteral("name").getLexicalForm() + "\" }";
            Timed plainHub = time(kg, out, "co-mentioned-with.rq", hub, plainRuns);
            Timed countedHub = time(kg, out, "co-mentioned-with-counts.rq", hub, runs);
            assertTrue(!plainHub.rows.isEmpty(), "the top entity has partners");
            // The same weights in the same order; partners tied at the cut of 100 may differ.
            assertEquals(columns(plainHub.rows, "articles"), columns(countedHub.rows, "articles"));
            assertSameWhereBoth(columns(plainHub.rows, "other", "entity", "otherName", "articles"),
                    columns(countedHub.rows, "other", "entity", "otherName", "articles"), 1);

            // Network: co-mentions.rq (people and organisations) against co-mention-network.rq.
            Timed plainPairs = time(kg, out, "co-mentions.rq", null, plainRuns);
            Timed countedPairs = time(kg, out, "co-mention-network.rq", null, runs);
            List<String> peopleAndOrgs = columns(countedPairs.rows, "a", "b", "articles").stream()
                    .filter(row -> !row.contains("/place/")).toList();
            List<String> plain = columns(plainPairs.rows, "a", "b", "articles");
            assertTrue(!plain.isEmpty(), "the synthetic store has co-mentions");
            if (countedPairs.rows.size() < 500) {
                assertEquals(java.util.Set.copyOf(plain), java.util.Set.copyOf(peopleAndOrgs), "every pair, same weights");
            } else {
                assertSameWhereBoth(plain, peopleAndOrgs, 2);
            }
            oneArticleUpdates(kg, out);
        }
    }

    /**
     * What the corpus layer costs for the small changes users make most: ten (or
     * {@code -Dnewskg.bench.updates}) one-article ingests,
     * a remove and a rerun with nothing new, each a write plus {@code CorpusRebuild.update} as ingest
     * and remove run it (annotation aside), with the disk space before and after and compacted.
     */
    static void oneArticleUpdates(KnowledgeStore kg, Path out) throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(kg.iris(), SEED + 1, 100);
        long diskBefore = kg.sizeOnDisk();
        int first = (int) kg.articleCount() + 1_000_000; // indices no stored article has
        double[] ingestMs = new double[Integer.getInteger("newskg.bench.updates", 10)];
        for (int k = 0; k < ingestMs.length; k++) {
            long t = System.nanoTime();
            kg.write(corpus.article(first + k));
            CorpusRebuild.Result r = CorpusRebuild.update(kg);
            ingestMs[k] = (System.nanoTime() - t) / 1e6;
            assertTrue(r.recomputed());
            report(out, String.format(Locale.ROOT, "one-article update %d: %.0f ms, %s, wrote %d and deleted %d corpus triples;%s",
                    k + 1, ingestMs[k], r.byBlocks() ? "by blocks (" + r.blockEntities() + " entities)" : "whole",
                    r.change().added(), r.change().removed(), compactAsCommandsDo(kg)));
        }
        long t = System.nanoTime();
        kg.remove(corpus.article(first).source());
        CorpusRebuild.Result removed = CorpusRebuild.update(kg);
        double removeMs = (System.nanoTime() - t) / 1e6;
        report(out, "remove:" + compactAsCommandsDo(kg));
        report(out, String.format(Locale.ROOT, "remove: %.0f ms, %s, wrote %d and deleted %d corpus triples", removeMs,
                removed.byBlocks() ? "by blocks (" + removed.blockEntities() + " entities)" : "whole",
                removed.change().added(), removed.change().removed()));
        t = System.nanoTime();
        CorpusRebuild.Result nothing = CorpusRebuild.update(kg);
        double nothingMs = (System.nanoTime() - t) / 1e6;
        assertTrue(!nothing.recomputed(), "nothing changed: nothing recomputed");
        long diskAfter = kg.sizeOnDisk();
        // -Dnewskg.bench.finalCompact=false: not the closing compaction (minutes at 5M quads on a busy machine).
        var compacted = Boolean.parseBoolean(System.getProperty("newskg.bench.finalCompact", "true")) ? kg.compact()
                : new org.newskg.store.Compaction(diskAfter, diskAfter);
        Arrays.sort(ingestMs);
        report(out, String.format(Locale.ROOT, "one-article ingest + corpus update: median %.0f ms (min %.0f, max %.0f);"
                + " remove + update %.0f ms; rerun with nothing new %.1f ms", ingestMs[ingestMs.length / 2], ingestMs[0],
                ingestMs[ingestMs.length - 1], removeMs, nothingMs));
        report(out, String.format(Locale.ROOT, "disk: %.1f MiB before, %.1f MiB after %d ingests and a remove, %.1f MiB compacted",
                diskBefore / 1048576.0, diskAfter / 1048576.0, ingestMs.length, compacted.after() / 1048576.0));
    }

    /**
     * What ingest and remove do after their update: compact once the database has grown past
     * {@code -Dnewskg.bench.compactFactor} (default {@link KnowledgeStore#COMPACT_FACTOR}; 0 never)
     * times its last compacted size; says the disk size, and the compaction's time when there was one.
     */
    static String compactAsCommandsDo(KnowledgeStore kg) {
        double factor = Double.parseDouble(System.getProperty("newskg.bench.compactFactor",
                Double.toString(KnowledgeStore.COMPACT_FACTOR)));
        long t = System.nanoTime();
        var compaction = factor > 0 ? kg.compactIfGrown(factor) : Optional.<org.newskg.store.Compaction>empty();
        return String.format(Locale.ROOT, " disk %.1f MiB%s", kg.sizeOnDisk() / 1048576.0, compaction
                .map(c -> String.format(Locale.ROOT, " (compacted from %.1f MiB in %.1f s)", c.before() / 1048576.0,
                        (System.nanoTime() - t) / 1e9)).orElse(""));
    }

    /** Prints a line of the report and adds it to {@code out} at once, so a long run shows progress. */
    static void report(Path out, String line) throws IOException {
        System.out.println(line);
        Files.writeString(out, line + System.lineSeparator(), java.nio.file.StandardOpenOption.APPEND);
    }

    private static long corpusQuads(KnowledgeStore kg) {
        return kg.read(ds -> ds.getNamedModel(Vocab.CORPUS_GRAPH_NAME.getURI()).size());
    }

    private static void deleteTextIndex(Path store) throws IOException {
        Path index = store.resolve(FullText.FOLDER);
        if (Files.isDirectory(index)) {
            try (var files = Files.walk(index)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    // Straight into TDB2 with its bulk loader (one index at a time, as `tdb2.tdbloader
    // --loader=phased` does): a transaction per article, as ingest does, would take hours at
    // millions of quads and is not what is measured here.
    static void writeSynthetic(Path store, long quads) {
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        // Articles until the store holds the quads asked for; the pool of entities grows with them.
        int expected = (int) Math.max(50, quads / SyntheticCorpus.QUADS_PER_ARTICLE);
        SyntheticCorpus corpus = new SyntheticCorpus(new Iris(Iris.DEFAULT_BASE), SEED, Math.max(100, expected / 4));
        DataLoader loader = LoaderFactory.phasedLoader(ds.asDatasetGraph(), (format, args) -> {});
        loader.startBulk();
        try {
            StreamRDF sink = loader.stream();
            long written = 0;
            for (int i = 0; written < quads; i++) {
                ArticleGraph a = corpus.article(i);
                a.graph().find().forEachRemaining(t -> sink.quad(Quad.create(a.name(), t)));
                written += a.graph().size();
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        TDBInternal.expel(ds.asDatasetGraph());
    }

    /** Rows of a query (each solution as "var=value" cells), with the median of {@code runs} timed runs. */
    private record Timed(String query, List<QuerySolution> rows, double medianMs, double[] ms) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-24s median %9.1f ms  runs %s  (%d rows)", query, medianMs,
                    Arrays.toString(Arrays.stream(ms).map(m -> Math.round(m * 10) / 10.0).toArray()), rows.size());
        }
    }

    /** Times a library query, with its VALUES line replaced by {@code values} unless that is null. */
    private static Timed time(KnowledgeStore kg, Path out, String file, String values, int runs) throws IOException {
        String text = Files.readString(QUERIES.resolve(file));
        if (values != null) {
            text = text.replaceFirst("(?m)^( *)VALUES .*$", "$1" + java.util.regex.Matcher.quoteReplacement(values));
        }
        List<QuerySolution> rows = run(kg, text); // warm-up, and the answer
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run(kg, text);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        Timed timed = new Timed(file, rows, sorted[runs / 2], ms);
        report(out, timed.toString());
        return timed;
    }

    private static List<QuerySolution> run(KnowledgeStore kg, String query) {
        return kg.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).timeout(10, TimeUnit.MINUTES).build()) {
                List<QuerySolution> out = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(out::add);
                return out;
            }
        });
    }

    /** Rows of two answers agree wherever both have the key (the first {@code keyCells} cells). */
    private static void assertSameWhereBoth(List<String> a, List<String> b, int keyCells) {
        java.util.Map<String, String> byKey = new java.util.HashMap<>();
        a.forEach(row -> byKey.put(key(row, keyCells), row));
        int common = 0;
        for (String row : b) {
            String key = key(row, keyCells);
            if (byKey.containsKey(key)) {
                assertEquals(byKey.get(key), row);
                common++;
            }
        }
        assertTrue(common > 0, "the answers share rows");
    }

    private static String key(String row, int cells) {
        return String.join(" ", Arrays.asList(row.split(" ")).subList(0, cells));
    }

    private static List<String> columns(List<QuerySolution> rows, String... vars) {
        return rows.stream().map(s -> {
            StringBuilder b = new StringBuilder();
            for (String v : vars) {
                b.append(s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()).append(' ');
            }
            return b.toString().trim();
        }).toList();
    }
}
