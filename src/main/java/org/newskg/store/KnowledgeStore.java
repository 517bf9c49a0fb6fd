package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.Iris;
import org.newskg.rdf.ArticleCounts;
import org.newskg.rdf.Sources;
import org.newskg.rdf.Vocab;

/**
 * The TDB2 store on disk: one named graph per article plus a small settings graph.
 * This is the only class that opens transactions; every write is one transaction that commits
 * whole or not at all, so a crash at any moment leaves the store as it was at the last commit.
 */
public final class KnowledgeStore implements AutoCloseable {
    /**
     * Compaction after an ingest or remove once the database takes this many times its size right
     * after the last compaction: deletions and replacements leave old copies on disk until then.
     */
    public static final double COMPACT_FACTOR = 1.5;

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
        if (!isStore(dir) && holdsOtherFiles(dir)) {
            // TDB2 would write its files among the user's (a --store pointing at a folder of articles).
            throw new StoreException("no store at " + dir + ", and the folder holds other files: a store is created only "
                    + "in a new or empty folder. Give --store a new folder (e.g. " + dir.resolve("store") + ")");
        }
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        }
        Dataset ds = connect(dir);
        String base = ds.calculateWrite(() -> {
            // A store written before sources were keyed holds local paths, which it would serve.
            if (LegacySources.present(ds.asDatasetGraph())) {
                LegacySources.publish(ds.asDatasetGraph());
            }
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
            throw new StoreException("no store at " + dir + " (no TDB2 database in that folder): run 'newskg ingest' to make one,"
                    + " or name an existing store with --store DIR");
        }
        return open(dir, Optional.empty());
    }

    /**
     * Connects to the TDB2 database, or says what to do when another process holds it: TDB2 allows
     * one process per store, and the one holding it is most often a running server.
     */
    private static Dataset connect(Path dir) {
        try {
            return TDB2Factory.connectDataset(dir.toString());
        } catch (DBOpEnvException e) {
            // "Failed to get a lock: file='.../tdb.lock': held by process N"
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new StoreInUseException(dir, e);
            }
            throw e;
        }
    }

    private static boolean holdsOtherFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (java.io.IOException e) {
            return false;
        }
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

    /** The source an article is stored from as the store shows it (its public form), if it is stored. */
    public Optional<String> sourceOf(Node article) {
        return dataset.calculateRead(() -> source(article));
    }

    /**
     * The source (public form) of the stored article that {@code article} repeats, if any: the same article IRI
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
        previous.forEach(this::markDirty);
        markDirty(article.name());
        previous.forEach(this::noteRemoved);
        if (existed && !previous.contains(article.name())) {
            noteRemoved(article.name());
        }
        previous.forEach(dsg::removeGraph);
        dsg.removeGraph(article.name());
        dsg.addGraph(article.name(), article.graph());
        markDirty(article.name());
        dsg.add(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_ADDED, article.name());
        return previous.isEmpty() && !existed ? WriteOutcome.ADDED : WriteOutcome.REPLACED;
    }

    private Optional<String> copyOf(ArticleGraph article) {
        String key = Sources.key(article.source());
        Optional<String> existing = source(article.name());
        if (existing.isPresent()) {
            return sourceKey(article.name()).equals(Optional.of(key)) ? Optional.empty() : existing;
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
            Optional<String> other = q.getGraph().equals(q.getSubject()) ? sourceKey(q.getGraph()) : Optional.empty();
            boolean twoPublications = hasUrl && dsg.contains(q.getGraph(), q.getGraph(), Vocab.URL, Node.ANY);
            if (other.isPresent() && !other.get().equals(key) && !twoPublications) {
                return source(q.getGraph());
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
     * Replaces every source stated without a key by its public form and key ({@link LegacySources}):
     * for graphs loaded in bulk from files written before keys. Returns how many.
     */
    public int publishLegacySources() {
        return dataset.calculateWrite(() -> LegacySources.publish(dsg));
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
            graphs.forEach(this::markDirty);
            graphs.forEach(this::noteRemoved);
            graphs.forEach(dsg::removeGraph);
            return graphs;
        });
    }

    /**
     * Recomputes the corpus-level graph from the article graphs and writes what changed. The
     * recomputation runs in a read transaction, so readers, and the store's lock holder's other
     * work, are not held up by it; the write transaction then adds and deletes only the triples
     * that differ, which keeps it short and keeps TDB2 from storing a second copy of the unchanged
     * part (TDB2 keeps deleted data until compaction). Should the articles have changed in between
     * (another write in this process), the write transaction recomputes from what it sees, so the
     * corpus graph never lags the articles. Readers see the old graph or the new one, never a mix.
     * Clears the stale mark ({@link #isCorpusStale}).
     */
    public CorpusChange replaceCorpusGraph(Function<Dataset, Graph> recompute) {
        return patchCorpusGraph(ds -> new CorpusPatch(recompute.apply(ds), List.of(CorpusPatch.Part.subject(null, Set.of()))));
    }

    private void clearStaleMarks() {
        for (Node mark : List.of(Vocab.CORPUS_STALE, Vocab.CORPUS_STALE_ALL, Vocab.CORPUS_DIRTY, Vocab.CORPUS_DIRTY_EVENTS,
                Vocab.CORPUS_ADDED, Vocab.CORPUS_GONE)) {
            dsg.deleteAny(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, mark, Node.ANY);
        }
    }

    /**
     * What changed since the corpus graph was last written: whether only a recomputation of
     * everything covers it, the entity IRIs the changed articles name, and whether they hold event
     * mentions. Call inside a transaction.
     */
    public StaleMarks staleMarks() {
        Set<Node> entities = new HashSet<>();
        dsg.find(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_DIRTY, Node.ANY).forEachRemaining(q -> entities.add(q.getObject()));
        Set<Node> added = new HashSet<>();
        dsg.find(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_ADDED, Node.ANY).forEachRemaining(q -> {
            if (dsg.containsGraph(q.getObject())) {
                added.add(q.getObject());
            }
        });
        List<ArticleCounts> gone = new ArrayList<>();
        dsg.find(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_GONE, Node.ANY)
                .forEachRemaining(q -> gone.add(ArticleCounts.decode(q.getObject().getLiteralLexicalForm())));
        return new StaleMarks(dsg.contains(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_STALE, Node.ANY),
                dsg.contains(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_STALE_ALL, Node.ANY), entities,
                dsg.contains(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_DIRTY_EVENTS, Node.ANY), added, gone);
    }

    /**
     * Brings the corpus graph up to date by a patch: {@code compute} (run in a read transaction, and
     * again in the write transaction should the articles have changed in between) gives the fresh
     * triples of some parts of the corpus graph; only those parts are compared with the stored graph
     * and written by difference. Clears the stale marks.
     */
    public CorpusChange patchCorpusGraph(Function<Dataset, CorpusPatch> compute) {
        long[] readVersion = new long[1];
        CorpusPatch computed = dataset.calculateRead(() -> {
            readVersion[0] = dataVersion();
            return compute.apply(dataset);
        });
        return dataset.calculateWrite(() -> {
            CorpusPatch fresh = dataVersion() == readVersion[0] ? computed : compute.apply(dataset);
            CorpusChange change = writeDifference(Vocab.CORPUS_GRAPH_NAME, fresh.selected(dsg.getGraph(Vocab.CORPUS_GRAPH_NAME)),
                    fresh.selected(fresh.graph()));
            if (fresh.kept() != null) {
                writeDifference(Vocab.STORE_GRAPH, storedKept(fresh.kept().articles()), fresh.kept().graph().find().toList());
            }
            clearStaleMarks();
            return change;
        });
    }

    /** The version of the data this thread's transaction sees: it grows with every committed write. */
    private long dataVersion() {
        return TDBInternal.getDatasetGraphTDB(tdb).getTxnSystem().getThreadTransaction().getDataVersion();
    }

    /**
     * Deletes the stored triples that are not fresh and adds the fresh ones not stored. Literals are
     * compared in their canonical form: TDB2 stores numbers and dates by value, so "0.800" comes
     * back as "0.8", and a comparison of lexical forms would delete such a triple and not add it back.
     */
    /** The stored triples of what the settings graph keeps per article, for the given articles (every article when null). */
    private List<Triple> storedKept(Set<Node> articles) {
        Set<Node> nodes = new HashSet<>();
        for (Node p : List.of(Vocab.FOUND_IN, Vocab.RECORD_IN)) {
            if (articles == null) {
                dsg.find(Vocab.STORE_GRAPH, Node.ANY, p, Node.ANY).forEachRemaining(q -> nodes.add(q.getSubject()));
            } else {
                articles.forEach(a -> dsg.find(Vocab.STORE_GRAPH, Node.ANY, p, a).forEachRemaining(q -> nodes.add(q.getSubject())));
            }
        }
        List<Triple> out = new ArrayList<>();
        nodes.forEach(n -> dsg.find(Vocab.STORE_GRAPH, n, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple())));
        return out;
    }

    private CorpusChange writeDifference(Node graph, Collection<Triple> stored, Collection<Triple> fresh) {
        Set<Triple> freshByValue = byValue(fresh);
        Set<Triple> storedByValue = byValue(stored);
        List<Triple> gone = stored.stream().filter(t -> !freshByValue.contains(canonical(t))).distinct().toList();
        List<Triple> added = fresh.stream().filter(t -> !storedByValue.contains(canonical(t))).distinct().toList();
        gone.forEach(t -> dsg.delete(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        added.forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        return new CorpusChange(added.size(), gone.size());
    }

    private static Set<Triple> byValue(Collection<Triple> triples) {
        Set<Triple> out = new HashSet<>();
        triples.forEach(t -> out.add(canonical(t)));
        return out;
    }

    private static Triple canonical(Triple t) {
        Node o = t.getObject();
        return o.isLiteral() ? Triple.create(t.getSubject(), t.getPredicate(), CanonicalizeLiteral.get().apply(o)) : t;
    }

    /**
     * Whether articles were added, replaced or removed since the corpus graph was last written
     * (also when a run was killed between its last article and the corpus graph).
     */
    public boolean isCorpusStale() {
        return dataset.calculateRead(() -> dsg.contains(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_STALE, Node.ANY));
    }

    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    /**
     * Marks the corpus graph stale in a write transaction of its own, after article graphs were
     * written around this class (a bulk load), so that the next update recomputes it whole: such a
     * write left no dirty marks to update it by blocks.
     */
    public void markArticlesChanged() {
        dataset.executeWrite(() -> {
            markCorpusStale();
            dsg.deleteAny(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_STALE_ALL, Node.ANY);
            dsg.add(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_STALE_ALL, TRUE);
        });
    }

    /** Inside a write transaction that changes article graphs. */
    private void markCorpusStale() {
        dsg.deleteAny(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_STALE, Node.ANY);
        dsg.add(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_STALE, TRUE);
    }

    /**
     * Inside the write transaction that adds, replaces or removes the article graph {@code article}
     * (called before a removal and after an addition): marks the corpus graph stale, with the
     * entities the article names, its publisher and agency and its speakers as dirty.
     */
    private void markDirty(Node article) {
        markCorpusStale();
        dsg.find(article, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Node p = q.getPredicate();
            if (p.equals(Vocab.MENTIONS) || p.equals(Vocab.PUBLISHER) || p.equals(Vocab.SOURCE_ORGANIZATION)
                    || p.equals(Vocab.SPEAKER) || p.equals(Vocab.TA_IDENT_REF)) {
                if (q.getObject().isURI()) {
                    dsg.add(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_DIRTY, q.getObject());
                }
            } else if (p.equals(Vocab.TYPE) && q.getObject().equals(Vocab.EVENT_MENTION)) {
                dsg.add(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_DIRTY_EVENTS, TRUE);
            }
        });
    }

    /**
     * Inside the write transaction that removes or replaces the article graph {@code article}, before
     * it goes: keeps its part in the counts for the next update to take away, unless it was written
     * since the last update (then it was never counted, and only its mark goes).
     */
    private void noteRemoved(Node article) {
        if (dsg.contains(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_ADDED, article)) {
            dsg.delete(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_ADDED, article);
        } else if (dsg.containsGraph(article)) {
            dsg.add(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_GONE,
                    NodeFactory.createLiteralString(ArticleCounts.read(dsg, article).encode()));
        }
    }

    /** Number of subjects of the given type in the corpus graph (statements, events ...). */
    public long corpusCount(Node type) {
        return dataset.calculateRead(() -> {
            long n = 0;
            for (Iterator<Quad> it = dsg.find(Vocab.CORPUS_GRAPH_NAME, Node.ANY, Vocab.TYPE, type); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    /** Bytes the store's database takes on disk (its data generations; the text index aside). */
    public long sizeOnDisk() {
        return StoreSpace.databaseBytes(location);
    }

    /**
     * Compacts the database: TDB2 writes the live data into a new generation and (here) deletes
     * the old one, which holds every copy a deletion or replacement left. Needs no transaction to
     * be open; the store stays usable through the same object. Records the new size for
     * {@link #compactIfGrown}.
     */
    public Compaction compact() {
        long before = sizeOnDisk();
        DatabaseMgr.compact(tdb.asDatasetGraph(), true);
        long after = sizeOnDisk();
        recordCompactedSize(after);
        return new Compaction(before, after);
    }

    /**
     * Compacts when the database has grown past {@code factor} times its size right after the last
     * compaction (or its first measurement); returns what was done, or empty when nothing was.
     */
    public Optional<Compaction> compactIfGrown(double factor) {
        long size = sizeOnDisk();
        Optional<Long> baseline = StoreSpace.compactedSize(location);
        if (baseline.isEmpty()) {
            recordCompactedSize(size);
            return Optional.empty();
        }
        return size > factor * baseline.get() ? Optional.of(compact()) : Optional.empty();
    }

    private void recordCompactedSize(long bytes) {
        StoreSpace.recordCompactedSize(location, bytes);
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

    /**
     * Sets a yes/no setting of the store, in its own write transaction. Settings decide what the
     * corpus graph holds (links, for one), so a change (or a first setting) marks it stale.
     */
    public void setFlag(Node setting, boolean value) {
        setFlag(setting, value, !value);
    }

    /**
     * As {@link #setFlag(Node, boolean)}, for a setting that reads as {@code otherwise} when never set
     * ({@link #flag(Node, boolean)}): setting a store that never had it to that same value changes
     * nothing the corpus graph was computed with, so it is not marked stale (a whole recomputation;
     * minutes on a large loaded store, which records no setting).
     */
    public void setFlag(Node setting, boolean value, boolean otherwise) {
        Node literal = NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean);
        dataset.executeWrite(() -> {
            boolean set = dsg.contains(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, setting, Node.ANY);
            boolean same = (set ? dsg.contains(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, setting, literal) : otherwise == value);
            dsg.deleteAny(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, setting, Node.ANY);
            dsg.add(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, setting, literal);
            if (!same) {
                markCorpusStale();
                dsg.add(Vocab.STORE_GRAPH, Vocab.STORE_GRAPH, Vocab.CORPUS_STALE_ALL, TRUE);
            }
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

    /**
     * The key of the source an article is stored from: its {@code newskg:sourceKey}, or for a graph
     * written without one (by SPARQL Update, or loaded from an old dump) the key of its {@code newskg:source}.
     */
    private Optional<String> sourceKey(Node article) {
        Iterator<Quad> it = dsg.find(article, article, Vocab.SOURCE_KEY, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : source(article).map(Sources::key);
    }

    /**
     * The graphs stored from {@code source} (a full source, as ingest names it): by its key, and,
     * for a graph written without a key, by the source itself.
     */
    private List<Node> graphsFromSource(String source) {
        List<Node> graphs = articlesWith(Vocab.SOURCE_KEY, Sources.key(source));
        for (Node legacy : articlesWith(Vocab.SOURCE, source)) {
            if (!graphs.contains(legacy) && !dsg.contains(legacy, legacy, Vocab.SOURCE_KEY, Node.ANY)) {
                graphs.add(legacy);
            }
        }
        return graphs;
    }

    private List<Node> articlesWith(Node predicate, String value) {
        List<Node> graphs = new ArrayList<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, predicate, NodeFactory.createLiteralString(value));
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
