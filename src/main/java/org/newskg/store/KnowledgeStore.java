package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
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
    private final Dataset tdb;
    private final Dataset dataset;
    private final DatasetGraph dsg;
    private final String baseIri;

    private KnowledgeStore(Path location, Dataset tdb, String baseIri) {
        this.location = location;
        this.tdb = tdb;
        // Every read and write goes through the full-text index, which so follows every change.
        this.dataset = FullText.open(tdb, location);
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
     * The source of the stored article that {@code article} repeats, if any: the same article IRI
     * (same URL, or same text without a URL), or exactly the same text, stored from another source.
     * Two outlets' pages with the same text under different URLs (syndicated copy) are two
     * publications, not duplicates.
     */
    public Optional<String> storedCopyOf(ArticleGraph article) {
        return dataset.calculateRead(() -> copyOf(article));
    }

    /**
     * Whether the one graph stored from {@code source} was made from an input with this
     * fingerprint ({@code newskg:inputFingerprint}): ingesting it again would give the same graph.
     */
    public boolean holds(String source, String inputFingerprint) {
        return dataset.calculateRead(() -> {
            List<Node> graphs = graphsFromSource(source);
            return graphs.size() == 1 && dsg.contains(graphs.get(0), graphs.get(0), Vocab.INPUT_FINGERPRINT,
                    NodeFactory.createLiteralString(inputFingerprint));
        });
    }

    /**
     * Stores one article graph in one transaction. A graph from the same source replaces what
     * that source gave before (also under another IRI, when the article changed), unless it is
     * exactly what is stored; the same article from another source is a duplicate and is not written.
     */
    public WriteOutcome write(ArticleGraph article) {
        return writeAll(List.of(article)).get(0);
    }

    /**
     * Stores several article graphs in one transaction, in order, each as {@link #write} would:
     * a later graph sees what the earlier ones wrote (a write transaction reads its own writes),
     * so a duplicate or a replacement inside the batch is found as across transactions. Either
     * the whole batch is committed or none of it. Returns one outcome per graph, in order.
     */
    public List<WriteOutcome> writeAll(List<ArticleGraph> articles) {
        return dataset.calculateWrite(() -> {
            List<WriteOutcome> outcomes = new ArrayList<>(articles.size());
            for (ArticleGraph article : articles) {
                outcomes.add(writeInTransaction(article));
            }
            return outcomes;
        });
    }

    private WriteOutcome writeInTransaction(ArticleGraph article) {
        if (copyOf(article).isPresent()) {
            return WriteOutcome.DUPLICATE;
        }
        List<Node> previous = graphsFromSource(article.source());
        if (previous.equals(List.of(article.name())) && sameTriples(dsg.getGraph(article.name()), article.graph())) {
            return WriteOutcome.UNCHANGED;
        }
        boolean existed = dsg.containsGraph(article.name());
        previous.forEach(dsg::removeGraph);
        dsg.removeGraph(article.name());
        dsg.addGraph(article.name(), article.graph());
        return previous.isEmpty() && !existed ? WriteOutcome.ADDED : WriteOutcome.REPLACED;
    }

    private Optional<String> copyOf(ArticleGraph article) {
        Optional<String> existing = source(article.name());
        if (existing.isPresent()) {
            return existing.filter(s -> !s.equals(article.source()));
        }
        Iterator<Triple> text = article.graph().find(article.name(), Vocab.IS_STRING, Node.ANY);
        if (!text.hasNext()) {
            return Optional.empty();
        }
        boolean hasUrl = article.graph().contains(article.name(), Vocab.URL, Node.ANY);
        // The object index finds an article with the same text without a scan.
        Iterator<Quad> same = dsg.find(Node.ANY, Node.ANY, Vocab.IS_STRING, text.next().getObject());
        while (same.hasNext()) {
            Quad q = same.next();
            Optional<String> other = q.getGraph().equals(q.getSubject()) ? source(q.getGraph()) : Optional.empty();
            boolean twoPublications = hasUrl && dsg.contains(q.getGraph(), q.getGraph(), Vocab.URL, Node.ANY);
            if (other.isPresent() && !other.get().equals(article.source()) && !twoPublications) {
                return other;
            }
        }
        return Optional.empty();
    }

    private static boolean sameTriples(Graph stored, Graph fresh) {
        if (stored.size() != fresh.size()) {
            return false;
        }
        for (Iterator<Triple> it = fresh.find(); it.hasNext(); ) {
            if (!stored.contains(it.next())) {
                return false;
            }
        }
        return true;
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

    /** A yes/no setting of the store (in its settings graph); false when never set. */
    public boolean flag(Node setting) {
        return dataset.calculateRead(() -> dsg.contains(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, setting,
                NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
    }

    /** A yes/no setting of the store; {@code otherwise} when never set. */
    public boolean flag(Node setting, boolean otherwise) {
        return dataset.calculateRead(() -> {
            var found = dsg.find(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, setting, Node.ANY);
            return found.hasNext() ? "true".equals(found.next().getObject().getLiteralLexicalForm()) : otherwise;
        });
    }

    /** Sets a yes/no setting of the store, in its own write transaction. */
    public void setFlag(Node setting, boolean value) {
        dataset.executeWrite(() -> {
            dsg.deleteAny(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, setting, Node.ANY);
            dsg.add(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, setting,
                    NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
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

    /** Releases the store and its text index so that another process (or a standalone Fuseki) can open them. */
    @Override
    public void close() {
        FullText.index(dataset).close();
        TDBInternal.expel(tdb.asDatasetGraph());
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
