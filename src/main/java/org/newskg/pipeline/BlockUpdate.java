package org.newskg.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.rdf.ArticleCounts;
import org.newskg.rdf.CorpusEvents;
import org.newskg.rdf.CorpusGraph;
import org.newskg.rdf.EntityCounts;
import org.newskg.rdf.FoundPages;
import org.newskg.rdf.KeptRecords;
import org.newskg.rdf.ResolutionGraph;
import org.newskg.rdf.Vocab;
import org.newskg.resolve.EntityLinker;
import org.newskg.resolve.EntityRecord;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.EventMerger;
import org.newskg.resolve.Resolution;
import org.newskg.resolve.StableIdentity;
import org.newskg.resolve.StatementClusterer;
import org.newskg.resolve.StoredReport;
import org.newskg.store.CorpusPatch;
import org.newskg.store.StaleMarks;

/**
 * Brings the corpus graph up to date for the blocks a change touches, reading only those from the
 * store: the entities the changed articles name, and every entity connected to them by a blocking
 * key ({@link EntityResolver#blockingKeys}, stored in the corpus graph) or by a link the corpus graph
 * published, found by key look-ups, with their records and the pages each article gave them (read
 * and linked once per article, kept in the settings graph: {@link KeptRecords}, {@link FoundPages}). Resolution, the links, the statements of their speakers, and the
 * counts of their corpus entities and pairs are recomputed by the same pure functions as a rebuild,
 * on those records alone; since no rule compares entities that share no key, the result equals a
 * rebuild's ({@code CorpusMaintenanceTest}). Events are merged when the change touches them, by blocks
 * ({@link EventMerger#blocks}), but from every event account of the store (read in one pass). Call
 * inside a read transaction.
 */
final class BlockUpdate {
    private final EntityResolver resolver = new EntityResolver();
    private final StatementClusterer clusterer = new StatementClusterer();
    private final EventMerger merger = new EventMerger();
    private final CorpusGraph corpus;
    private final CorpusEvents events;
    private final EntityCounts counts;
    private final EntityLinker linker;
    private final PhaseTimes times;
    private int lastComponentSize;

    /** @param linker null when the store does not link */
    BlockUpdate(CorpusGraph corpus, CorpusEvents events, EntityCounts counts, EntityLinker linker, PhaseTimes times) {
        this.corpus = corpus;
        this.events = events;
        this.counts = counts;
        this.linker = linker;
        this.times = times;
    }

    /** The entities connected to the changed ones, with their records and pages. */
    private static final class Component {
        final Set<String> iris = new TreeSet<>();
        final Map<String, List<EntityRecord>> records = new LinkedHashMap<>();
        final Map<EntityLinker.InArticle, EntityLinker.Found> found = new HashMap<>();
        final Map<String, Set<String>> keys = new HashMap<>();

        List<EntityRecord> allRecords() {
            List<EntityRecord> out = new ArrayList<>();
            records.values().forEach(out::addAll);
            return out;
        }
    }

    CorpusPatch compute(Dataset ds, StaleMarks marks) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Graph stored = dsg.getGraph(Vocab.CORPUS_GRAPH_NAME);
        Map<String, String> published = ResolutionGraph.published(ds);
        Map<String, Set<String>> publishedMembers = new HashMap<>();
        published.forEach((m, c) -> publishedMembers.computeIfAbsent(c, k -> new TreeSet<>()).add(m));
        times.start();
        // The articles whose pages change: those added are linked here (each in its own context),
        // those gone lose theirs; every other article's pages are read as stored.
        Set<Node> changedArticles = new HashSet<>(marks.added());
        marks.gone().forEach(a -> changedArticles.add(a.graph()));
        List<EntityRecord> recordsNew = ResolutionGraph.recordsOfArticles(ds, marks.added().stream().map(Node::getURI).toList());
        Map<EntityLinker.InArticle, EntityLinker.Found> foundNew = linker == null ? Map.of() : linker.linkArticles(recordsNew);
        Component c = component(ds, stored, marks.entities().stream().map(Node::getURI).toList(), published, publishedMembers,
                recordsNew, foundNew, changedArticles);
        lastComponentSize = c.iris.size();
        times.lap("blocks");

        List<EntityRecord> records = c.allRecords();
        Map<String, String> pages = EntityLinker.pageOfIri(c.found);
        Map<String, String> publishedHere = new HashMap<>();
        published.forEach((m, canon) -> {
            if (c.iris.contains(m) || c.iris.contains(canon)) {
                publishedHere.put(m, canon);
            }
        });
        Resolution resolution = StableIdentity.keep(resolver.resolve(records, pages), records, publishedHere);
        UnaryOperator<String> canonicalOf = iri -> c.iris.contains(iri) ? resolution.canonicalOf(iri) : published.getOrDefault(iri, iri);
        times.lap("resolution");

        Graph g = GraphFactory.createDefaultGraph();
        List<CorpusPatch.Part> parts = new ArrayList<>();
        Set<Node> replaced = nodes(c.iris);
        replaced.forEach(n -> parts.add(CorpusPatch.Part.subject(n, Set.of(Vocab.ENTITY_RANK))));
        ResolutionGraph.map(resolution, g);
        if (linker != null) {
            ResolutionGraph.mapLinks(linker.link(records, c.found, resolution), g);
        }
        CorpusRebuild.addBlockKeys(c.keys, g);

        // Statements: the blocks of the speakers whose reports or resolution changed.
        Set<String> speakers = new TreeSet<>();
        c.iris.forEach(i -> {
            speakers.add(canonicalOf.apply(i));
            speakers.add(published.getOrDefault(i, i));
        });
        List<StoredReport> reports = CorpusGraph.reportsOfSpeakers(ds, c.iris).stream()
                .map(r -> r.withSpeaker(canonicalOf)).toList();
        Graph statements = corpus.map(clusterer.cluster(reports));
        statements.find(Node.ANY, Vocab.SPEAKER, Node.ANY).forEachRemaining(t -> addStatementParts(t.getSubject(), statements, parts));
        for (String s : speakers) {
            stored.find(Node.ANY, Vocab.SPEAKER, NodeFactory.createURI(s)).forEachRemaining(t -> addStatementParts(t.getSubject(), stored, parts));
        }
        statements.find().forEachRemaining(g::add);
        times.lap("statements");

        // Events: every account of the store merged by blocks, when their articles or their entities' resolution changed.
        boolean resolutionChanged = c.iris.stream().anyMatch(i -> !canonicalOf.apply(i).equals(published.getOrDefault(i, i)));
        if (marks.events() || resolutionChanged) {
            events.map(merger.merge(CorpusEvents.mentions(ds), canonicalOf), g);
            for (Graph in : List.of(g, stored)) {
                in.find(Node.ANY, Vocab.TYPE, Vocab.SEM_EVENT).forEachRemaining(t -> parts.add(CorpusPatch.Part.subject(t.getSubject(), Set.of())));
                in.find(Node.ANY, Vocab.EVENT_MENTION_OF, Node.ANY)
                        .forEachRemaining(t -> parts.add(CorpusPatch.Part.of(t.getSubject(), Vocab.EVENT_MENTION_OF)));
            }
        }
        times.lap("events");

        // Counts: again from their articles for the corpus entities whose members changed, by
        // difference (the changed articles' parts) for the others.
        Set<Node> scope = new HashSet<>();
        Set<Node> recount = new HashSet<>();
        Map<Node, Set<Node>> members = new HashMap<>();
        c.iris.forEach(i -> {
            Node now = NodeFactory.createURI(canonicalOf.apply(i));
            scope.add(now);
            members.computeIfAbsent(now, k -> new HashSet<>()).add(NodeFactory.createURI(i));
            String before = published.getOrDefault(i, i);
            if (!before.equals(now.getURI())) {
                recount.add(now);
                recount.add(NodeFactory.createURI(before));
            }
        });
        List<ArticleCounts> added = marks.added().stream().map(a -> ArticleCounts.read(dsg, a)).toList();
        parts.addAll(counts.addFor(g, dsg, canonicalOf, scope, recount, e -> members.getOrDefault(e, Set.of(e)), replaced,
                new EntityCounts.Change(added, marks.gone())));
        times.lap("counts");
        Graph kept = GraphFactory.createDefaultGraph();
        KeptRecords.map(recordsNew, kept);
        FoundPages.map(foundNew, kept);
        return new CorpusPatch(g, parts, new CorpusPatch.Kept(kept, changedArticles));
    }

    /** How many article-level entities the last computation recomputed. */
    int lastComponentSize() {
        return lastComponentSize;
    }

    private static void addStatementParts(Node statement, Graph in, List<CorpusPatch.Part> parts) {
        parts.add(CorpusPatch.Part.subject(statement, Set.of()));
        in.find(statement, Vocab.HAS_REPORT, Node.ANY).forEachRemaining(t -> parts.add(CorpusPatch.Part.of(t.getObject(), Vocab.REPORTS)));
    }

    /**
     * From the changed entities, every entity connected by a shared blocking key (new or stored) or
     * a published link, each round reading the records (and, when linking, the articles) of the
     * entities it reached.
     */
    private Component component(Dataset ds, Graph stored, Collection<String> changed, Map<String, String> published,
            Map<String, Set<String>> publishedMembers, List<EntityRecord> recordsNew,
            Map<EntityLinker.InArticle, EntityLinker.Found> foundNew, Set<Node> changedArticles) {
        Component c = new Component();
        c.found.putAll(foundNew);
        Deque<String> frontier = new ArrayDeque<>(changed);
        while (!frontier.isEmpty()) {
            List<String> batch = new ArrayList<>();
            while (!frontier.isEmpty()) {
                String iri = frontier.poll();
                if (c.iris.add(iri)) {
                    batch.add(iri);
                }
            }
            if (batch.isEmpty()) {
                break;
            }
            // Kept records of the other articles, and the added articles' records just read.
            List<EntityRecord> found = new ArrayList<>(KeptRecords.of(ds.asDatasetGraph(), batch, changedArticles));
            Set<String> inBatch = new HashSet<>(batch);
            recordsNew.stream().filter(r -> inBatch.contains(r.iri())).forEach(found::add);
            found.sort(java.util.Comparator.comparing(EntityRecord::article).thenComparing(EntityRecord::iri));
            found.forEach(r -> c.records.computeIfAbsent(r.iri(), k -> new ArrayList<>()).add(r));
            if (linker != null) {
                FoundPages.of(ds.asDatasetGraph(), batch).forEach((k, f) -> {
                    if (!changedArticles.contains(NodeFactory.createURI(k.article()))) {
                        c.found.put(k, f);
                    }
                });
            }
            Map<String, Set<String>> keys = resolver.blockingKeys(found, EntityLinker.pageOfIri(c.found));
            c.keys.putAll(keys);
            Set<String> next = new TreeSet<>();
            for (String iri : batch) {
                Set<String> all = new TreeSet<>(keys.getOrDefault(iri, Set.of()));
                stored.find(NodeFactory.createURI(iri), Vocab.BLOCK_KEY, Node.ANY)
                        .forEachRemaining(t -> all.add(t.getObject().getLiteralLexicalForm()));
                all.forEach(k -> next.addAll(neighbours(stored, k, c)));
                String canon = published.getOrDefault(iri, iri);
                next.add(canon);
                next.addAll(publishedMembers.getOrDefault(canon, Set.of()));
                next.addAll(publishedMembers.getOrDefault(iri, Set.of()));
            }
            next.removeAll(c.iris);
            frontier.addAll(next);
        }
        return c;
    }

    /** The entities a key connects: its group, or a target's probes and targets (when there is a probe). */
    private static Set<String> neighbours(Graph stored, String key, Component c) {
        int colon = key.indexOf(':');
        String kind = key.substring(0, colon);
        String rest = key.substring(colon);
        Set<String> out = new TreeSet<>();
        if (EntityResolver.GROUP_KEYS.contains(kind)) {
            out.addAll(withKey(stored, key));
        } else if (EntityResolver.PROBE_OF_TARGET.containsKey(kind)) {
            String probe = EntityResolver.PROBE_OF_TARGET.get(kind) + rest;
            Set<String> probes = withKey(stored, probe);
            boolean probeHere = c.keys.values().stream().anyMatch(k -> k.contains(probe));
            if (!probes.isEmpty() || probeHere) {
                out.addAll(probes);
                out.addAll(withKey(stored, key));
            }
        } else {
            String target = EntityResolver.PROBE_OF_TARGET.entrySet().stream().filter(e -> e.getValue().equals(kind))
                    .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new IllegalStateException("unknown blocking key " + key));
            out.addAll(withKey(stored, target + rest));
            out.addAll(withKey(stored, key));
        }
        return out;
    }

    private static Set<String> withKey(Graph stored, String key) {
        Set<String> out = new TreeSet<>();
        stored.find(Node.ANY, Vocab.BLOCK_KEY, NodeFactory.createLiteralString(key)).forEachRemaining(t -> out.add(t.getSubject().getURI()));
        return out;
    }

    private static Set<Node> nodes(Collection<String> iris) {
        Set<Node> out = new HashSet<>();
        iris.forEach(i -> out.add(NodeFactory.createURI(i)));
        return out;
    }
}
