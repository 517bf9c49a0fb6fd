package org.newskg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.Vocab;
import org.newskg.store.KnowledgeStore;

/**
 * Times the store stage alone (not a test; run by hand, figures go to docs/PERFORMANCE.md): the
 * article graphs of an existing store are written again into fresh stores with
 * {@link KnowledgeStore#writeAll} (as ingest does) in transactions of 1, 8 and 32 articles, and
 * with the bare TDB2 operations in transactions of 1, 10 and 100 articles.
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.newskg.bench.StoreWriteTiming STORE [ROUNDS]
 * </pre>
 */
public final class StoreWriteTiming {
    private StoreWriteTiming() {}

    public static void main(String[] args) throws IOException {
        Path from = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<ArticleGraph> graphs = articleGraphs(from);
        long triples = graphs.stream().mapToLong(g -> g.graph().size()).sum();
        System.out.printf(Locale.ROOT, "%d article graphs, %d triples (%.0f per article)%n",
                graphs.size(), triples, (double) triples / graphs.size());
        System.out.println("round\tmethod\tms total\tms per article");
        for (int round = 1; round <= rounds; round++) {
            Path dir = Files.createTempDirectory("newskg-writes");
            for (int batch : new int[] {1, 8, 32}) {
                // What ingest does: KnowledgeStore.writeAll (duplicate, unchanged and replace checks,
                // full-text index) with WriteBatch.articles() graphs per transaction.
                long t0 = System.nanoTime();
                long cpu0 = cpuNanos();
                try (KnowledgeStore kg = KnowledgeStore.open(dir.resolve("ks-" + batch), Optional.empty())) {
                    for (int i = 0; i < graphs.size(); i += batch) {
                        kg.writeAll(graphs.subList(i, Math.min(graphs.size(), i + batch)));
                    }
                }
                print(round, "KnowledgeStore.writeAll, " + batch + " per transaction", t0, graphs.size());
                System.out.printf(Locale.ROOT, "%d	  (CPU of the writing thread: %.2f ms per article)%n",
                        round, (cpuNanos() - cpu0) / 1e6 / graphs.size());
            }
            for (int batch : new int[] {1, 10, 100}) {
                Dataset ds = TDB2Factory.connectDataset(dir.resolve("raw-" + batch).toString());
                long t = System.nanoTime();
                for (int i = 0; i < graphs.size(); i += batch) {
                    List<ArticleGraph> part = graphs.subList(i, Math.min(graphs.size(), i + batch));
                    ds.executeWrite(() -> part.forEach(g -> {
                        ds.asDatasetGraph().removeGraph(g.name());
                        ds.asDatasetGraph().addGraph(g.name(), g.graph());
                    }));
                }
                print(round, "bare TDB2, " + batch + " per transaction", t, graphs.size());
                TDBInternal.expel(ds.asDatasetGraph());
            }
            deleteTree(dir);
        }
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void print(int round, String method, long start, int n) {
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "%d\t%s\t%.0f\t%.2f%n", round, method, ms, ms / n);
    }

    /** Every article graph of the store, copied into memory, with the source it was ingested from. */
    private static List<ArticleGraph> articleGraphs(Path store) {
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store)) {
            return kg.read(ds -> {
                List<ArticleGraph> out = new ArrayList<>();
                for (Iterator<Quad> it = ds.asDatasetGraph().find(Node.ANY, Node.ANY, Vocab.SOURCE, Node.ANY); it.hasNext(); ) {
                    Quad q = it.next();
                    if (q.getGraph().equals(q.getSubject())) {
                        Graph g = GraphFactory.createDefaultGraph();
                        ds.asDatasetGraph().getGraph(q.getGraph()).find().forEachRemaining(g::add);
                        out.add(new ArticleGraph(q.getGraph(), q.getObject().getLiteralLexicalForm(), g));
                    }
                }
                return out;
            });
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
