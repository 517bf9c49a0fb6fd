package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;

/**
 * The TDB2 store on disk: one named graph per article plus a small settings graph.
 * This is the only class that opens transactions; every write is one transaction that commits
 * whole or not at all, so a crash at any moment leaves the store as it was at the last commit.
 */
public final class KnowledgeStore implements AutoCloseable {
    private final Path location;
    private final Dataset dataset;
    private final DatasetGraph dsg;
    private final String baseIri;

    private KnowledgeStore(Path location, Dataset dataset, String baseIri) {
        this.location = location;
        this.dataset = dataset;
        this.dsg = dataset.asDatasetGraph();
        this.baseIri = baseIri;
    }

    /**
     * Opens the store at {@code location}, creating it if needed. The base IRI is fixed when the
     * store is created: a later open with another base is refused rather than mixing two bases.
     *
     * @param requestedBase the base IRI asked for, or empty to use the recorded one (or the default)
     */
    public static KnowledgeStore open(Path location, Optional<String> requestedBase) {
        Path dir = location.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        }
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        String base = ds.calculateWrite(() -> {
            Optional<String> recorded = recordedBase(ds.asDatasetGraph());
            if (recorded.isPresent()) {
                if (requestedBase.isPresent() && !requestedBase.get().equals(recorded.get())) {
                    throw new StoreException("store " + dir + " was created with base IRI " + recorded.get()
                            + ", not " + requestedBase.get());
                }
                return recorded.get();
            }
            String chosen = requestedBase.orElse(Iris.DEFAULT_BASE);
            new Iris(chosen); // validates the form
            ds.asDatasetGraph().add(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.TYPE, Vocab.STORE_SETTINGS);
            ds.asDatasetGraph().add(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.BASE_IRI,
                    NodeFactory.createLiteralString(chosen));
            return chosen;
        });
        return new KnowledgeStore(dir, ds, base);
    }

    /** Opens an existing store for reading; refuses a folder that holds no store. */
    public static KnowledgeStore openExisting(Path location) {
        Path dir = location.toAbsolutePath().normalize();
        if (!isStore(dir)) {
            throw new StoreException("no store at " + dir + ": run 'newskg ingest' first");
        }
        return open(dir, Optional.empty());
    }

    /** A TDB2 database folder holds one "Data-NNNN" folder per generation. */
    public static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    static Optional<String> recordedBase(DatasetGraph dsg) {
        Iterator<Quad> it = dsg.find(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.BASE_IRI, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    public Path location() {
        return location;
    }

    public String baseIri() {
        return baseIri;
    }

    public Iris iris() {
        return new Iris(baseIri);
    }

    /** Runs {@code action} in a read transaction. */
    public <T> T read(Function<Dataset, T> action) {
        return dataset.calculateRead(() -> action.apply(dataset));
    }

    /** The source an article is stored from, if it is stored. */
    public Optional<String> sourceOf(Node article) {
        return dataset.calculateRead(() -> source(article));
    }

    /**
     * Stores one article graph in one transaction. A graph from the same source replaces what
     * that source gave before (also under another IRI, when the article changed); the same
     * article from another source is a duplicate and is not written.
     */
    public WriteOutcome write(ArticleGraph article) {
        return dataset.calculateWrite(() -> {
            Optional<String> existing = source(article.name());
            if (existing.isPresent() && !existing.get().equals(article.source())) {
                return WriteOutcome.DUPLICATE;
            }
            List<Node> previous = graphsFromSource(article.source());
            previous.forEach(dsg::removeGraph);
            dsg.removeGraph(article.name());
            dsg.addGraph(article.name(), article.graph());
            return previous.isEmpty() && existing.isEmpty() ? WriteOutcome.ADDED : WriteOutcome.REPLACED;
        });
    }

    /**
     * Removes an article and everything derived from it alone (its named graph), found by its
     * IRI or by the source it was ingested from; returns the graphs removed.
     */
    public List<Node> remove(String articleIriOrSource) {
        return dataset.calculateWrite(() -> {
            List<Node> graphs = new ArrayList<>(graphsFromSource(articleIriOrSource));
            Node asIri = NodeFactory.createURI(articleIriOrSource);
            if (graphs.isEmpty() && isArticleGraph(asIri) && dsg.containsGraph(asIri)) {
                graphs.add(asIri);
            }
            graphs.forEach(dsg::removeGraph);
            return graphs;
        });
    }

    /**
     * Recomputes the corpus-level graph from the article graphs in one write transaction, so that
     * readers see either the old one or the new one, never a mix, and it never lags the articles.
     */
    public void replaceCorpusGraph(Function<Dataset, Graph> recompute) {
        dataset.executeWrite(() -> {
            Graph corpus = recompute.apply(dataset);
            dsg.removeGraph(Vocab.CORPUS_GRAPH_NAME);
            dsg.addGraph(Vocab.CORPUS_GRAPH_NAME, corpus);
        });
    }

    /** Number of article graphs. */
    public long articleCount() {
        return dataset.calculateRead(() -> {
            long n = 0;
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                if (isArticleGraph(it.next())) {
                    n++;
                }
            }
            return n;
        });
    }

    /** Every graph but the store's own: settings and the corpus graph are not articles. */
    private static boolean isArticleGraph(Node graph) {
        return !graph.equals(Vocab.STORE_GRAPH) && !graph.equals(Vocab.CORPUS_GRAPH_NAME);
    }

    private Optional<String> source(Node article) {
        Iterator<Quad> it = dsg.find(article, article, Vocab.SOURCE, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    private List<Node> graphsFromSource(String source) {
        List<Node> graphs = new ArrayList<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Vocab.SOURCE, NodeFactory.createLiteralString(source));
        while (it.hasNext()) {
            Quad q = it.next();
            // Only the article's own statement about itself marks the graph as that source's.
            if (q.getGraph().equals(q.getSubject())) {
                graphs.add(q.getGraph());
            }
        }
        return graphs;
    }

    /** Releases the store so that another process (or a standalone Fuseki) can open it. */
    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }

    /** Number of quads, for summaries and tests. */
    public long quadCount() {
        return dataset.calculateRead(() -> {
            long n = 0;
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

}
