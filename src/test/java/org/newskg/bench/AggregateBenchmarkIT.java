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
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.CorpusRebuild;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.Iris;
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
        int articles = (int) Math.max(50, quads / SyntheticCorpus.QUADS_PER_ARTICLE);
        List<String> report = new ArrayList<>();
        Path store = tmp.resolve("store");
        long start = System.nanoTime();
        writeSynthetic(store, articles);
        long written = System.nanoTime();
        try (KnowledgeStore kg = KnowledgeStore.open(store, Optional.empty())) { // builds the text index
            long indexed = System.nanoTime();
            CorpusRebuild.run(kg);
            long rebuilt = System.nanoTime();
            report.add(String.format(Locale.ROOT, "store: %d articles, %d quads; bulk writing %.1f s, text index %.1f s,"
                    + " corpus rebuild with counts %.1f s", articles, kg.quadCount(), (written - start) / 1e9,
                    (indexed - written) / 1e9, (rebuilt - indexed) / 1e9));

            // Ranking: top-entities.rq against entity-counts.rq.
            Timed plainTop = time(kg, "top-entities.rq", runs);
            Timed countedTop = time(kg, "entity-counts.rq", runs);
            // The same counts in the same order; entities tied at the cut may differ.
            assertEquals(columns(plainTop.rows, "articles", "mentions"), columns(countedTop.rows, "articles", "mentions"));
            assertSameWhereBoth(columns(plainTop.rows, "entity", "articles", "mentions"),
                    columns(countedTop.rows, "entity", "articles", "mentions"), 1);
            // Network: co-mentions.rq (people and organisations) against co-mention-network.rq.
            Timed plainPairs = time(kg, "co-mentions.rq", runs);
            Timed countedPairs = time(kg, "co-mention-network.rq", runs);
            List<String> peopleAndOrgs = columns(countedPairs.rows, "a", "b", "articles").stream()
                    .filter(row -> !row.contains("/place/")).toList();
            List<String> plain = columns(plainPairs.rows, "a", "b", "articles");
            assertTrue(!plain.isEmpty(), "the synthetic store has co-mentions");
            if (countedPairs.rows.size() < 1000) {
                assertEquals(java.util.Set.copyOf(plain), java.util.Set.copyOf(peopleAndOrgs), "every pair, same weights");
            } else {
                assertSameWhereBoth(plain, peopleAndOrgs, 2);
            }
            for (Timed t : List.of(plainTop, countedTop, plainPairs, countedPairs)) {
                report.add(t.toString());
            }
        }
        Path out = Path.of("target", "aggregate-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    // Straight into TDB2, a thousand articles a transaction: one transaction per article, as
    // ingest does, would take hours at millions of quads and is not what is measured here.
    private static void writeSynthetic(Path store, int articles) {
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        SyntheticCorpus corpus = new SyntheticCorpus(new Iris(Iris.DEFAULT_BASE), SEED, Math.max(100, articles / 4));
        for (int from = 0; from < articles; from += 1000) {
            int to = Math.min(articles, from + 1000);
            int first = from;
            Txn.executeWrite(ds, () -> {
                for (int i = first; i < to; i++) {
                    ArticleGraph a = corpus.article(i);
                    ds.asDatasetGraph().addGraph(a.name(), a.graph());
                }
            });
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

    private static Timed time(KnowledgeStore kg, String file, int runs) throws IOException {
        String text = Files.readString(QUERIES.resolve(file));
        List<QuerySolution> rows = run(kg, text); // warm-up, and the answer
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run(kg, text);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return new Timed(file, rows, sorted[runs / 2], ms);
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
