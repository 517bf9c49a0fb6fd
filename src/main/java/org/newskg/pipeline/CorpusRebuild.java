package org.newskg.pipeline;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
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
import org.newskg.resolve.WikiDict;
import org.newskg.resolve.WikiDictIndex;
import org.newskg.store.CorpusChange;
import org.newskg.store.CorpusPatch;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.StaleMarks;

/**
 * Recomputes what combines articles from the article graphs, after every change to them (ingest
 * and remove): the Wikipedia page of each article's entities in that article's context, unless the
 * store was told not to link ({@code ingest --no-link}); which article-level entities are one entity
 * of the corpus (the pages among the evidence), the corpus entities' pages, the statements across outlets (grouped
 * by the resolved speaker) and their source counts, the events across the articles that describe
 * them, and the per-entity and per-pair counts (per resolved entity).
 */
public final class CorpusRebuild {
    private CorpusRebuild() {}

    /**
     * What bringing the corpus graph up to date did.
     *
     * @param statements statements in the corpus graph afterwards
     * @param change the triples the write added and deleted (none when nothing was recomputed)
     * @param recomputed whether the corpus graph was recomputed at all
     * @param blockEntities when only the blocks of a change were recomputed, how many article-level
     *                      entities they hold; -1 when everything was
     */
    public record Result(int statements, CorpusChange change, boolean recomputed, int blockEntities) {
        public boolean byBlocks() {
            return blockEntities >= 0;
        }
    }

    /** Recomputes the corpus graph; returns the number of statements in it. */
    public static int run(KnowledgeStore store) {
        return rebuild(store).statements();
    }

    /**
     * Brings the corpus graph up to date after an ingest or remove: recomputed only when articles
     * or settings changed since it was last written, so a run that stored nothing new costs nothing.
     */
    public static Result update(KnowledgeStore store) {
        StaleMarks marks = store.read(ds -> store.staleMarks());
        if (!marks.stale()) {
            return new Result((int) store.corpusCount(Vocab.STATEMENT), new CorpusChange(0, 0), false, -1);
        }
        boolean blocked = store.read(ds -> ds.asDatasetGraph().contains(Vocab.CORPUS_GRAPH_NAME, Vocab.CORPUS_GRAPH_NAME,
                Vocab.BLOCKING, BLOCKING_VERSION));
        if (marks.all() || !blocked) {
            return rebuild(store);
        }
        return updateBlocks(store);
    }

    /**
     * The version of the blocking keys in the corpus graph, and of the marks an update reads (since 2:
     * the parts of the articles added and gone, for counts by difference); a corpus graph without it
     * is rebuilt whole.
     */
    static final org.apache.jena.graph.Node BLOCKING_VERSION = org.apache.jena.graph.NodeFactory.createLiteralString("2");

    /**
     * Brings the corpus graph up to date for the blocks the changed articles touch only
     * ({@link BlockUpdate}); the stale marks say which entities those are.
     */
    static Result updateBlocks(KnowledgeStore store) {
        boolean link = store.flag(Vocab.LINK_ENTITIES, true) && WikiDict.available();
        EntityLinker linker = link ? new EntityLinker(WikiDictIndex.shared(System.err::println)) : null;
        PhaseTimes times = new PhaseTimes();
        BlockUpdate blocks = new BlockUpdate(new CorpusGraph(store.iris()), new CorpusEvents(store.iris()),
                new EntityCounts(store.iris()), linker, times);
        CorpusChange change = store.patchCorpusGraph(ds -> blocks.compute(ds, store.staleMarks()));
        int entities = blocks.lastComponentSize();
        times.lap("write");
        if (Boolean.getBoolean("newskg.corpus.times")) {
            System.err.println("corpus update by blocks: " + times);
        }
        return new Result((int) store.corpusCount(Vocab.STATEMENT), change, true, entities);
    }

    /** The blocking keys of each article-level entity, as the corpus graph keeps them for updates by blocks. */
    static void addBlockKeys(Map<String, java.util.Set<String>> keys, Graph g) {
        keys.forEach((iri, ks) -> ks.forEach(k -> g.add(org.apache.jena.graph.NodeFactory.createURI(iri), Vocab.BLOCK_KEY,
                org.apache.jena.graph.NodeFactory.createLiteralString(k))));
    }

    /** Recomputes the corpus graph whatever its state, writing only the triples that change. */
    public static Result rebuild(KnowledgeStore store) {
        CorpusGraph corpus = new CorpusGraph(store.iris());
        StatementClusterer clusterer = new StatementClusterer();
        EntityResolver resolver = new EntityResolver();
        CorpusEvents events = new CorpusEvents(store.iris());
        EventMerger merger = new EventMerger();
        EntityCounts counts = new EntityCounts(store.iris());
        AtomicInteger statements = new AtomicInteger();
        boolean link = store.flag(Vocab.LINK_ENTITIES, true) && WikiDict.available();
        // Opened (built on first use) before the recomputation, so nothing waits on a build in a transaction.
        EntityLinker linker = link ? new EntityLinker(WikiDictIndex.shared(System.err::println)) : null;
        PhaseTimes times = new PhaseTimes();
        CorpusChange change = store.patchCorpusGraph(ds -> {
            times.start();
            List<EntityRecord> records = ResolutionGraph.records(ds);
            times.lap("records");
            long linkStart = System.nanoTime();
            Map<EntityLinker.InArticle, EntityLinker.Found> pages = link ? linker.linkArticles(records) : Map.of();
            if (link) {
                System.err.printf(java.util.Locale.ROOT, "linking: %d of %d article entities linked in %.0f ms%n",
                        pages.size(), records.size(), (System.nanoTime() - linkStart) / 1e6);
            }
            times.lap("linking");
            // IRIs the corpus graph published stay: canonical IRIs keep their place, retired ones lead on.
            Map<String, String> pageOfIri = EntityLinker.pageOfIri(pages);
            Resolution resolution = StableIdentity.keep(resolver.resolve(records, pageOfIri), records,
                    ResolutionGraph.published(ds));
            times.lap("resolution");
            List<StoredReport> reports = CorpusGraph.reports(ds).stream()
                    .map(r -> r.withSpeaker(resolution::canonicalOf)).toList();
            var found = clusterer.cluster(reports);
            statements.set(found.size());
            Graph g = corpus.map(found);
            times.lap("statements");
            ResolutionGraph.map(resolution, g);
            addBlockKeys(resolver.blockingKeys(records, pageOfIri), g);
            g.add(Vocab.CORPUS_GRAPH_NAME, Vocab.BLOCKING, BLOCKING_VERSION);
            if (link) {
                ResolutionGraph.mapLinks(linker.link(records, pages, resolution), g);
            }
            times.lap("links");
            events.map(merger.merge(CorpusEvents.mentions(ds), resolution::canonicalOf), g);
            times.lap("events");
            counts.addTo(g, ds.asDatasetGraph(), resolution::canonicalOf);
            times.lap("counts");
            // Each article's records and pages, kept so that updates by blocks look them up instead of reading again.
            Graph kept = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            KeptRecords.map(records, kept);
            FoundPages.map(pages, kept);
            return new CorpusPatch(g, List.of(CorpusPatch.Part.subject(null, java.util.Set.of())), new CorpusPatch.Kept(kept, null));
        });
        times.lap("write");
        if (Boolean.getBoolean("newskg.corpus.times")) {
            System.err.println("corpus update: " + times);
        }
        return new Result(statements.get(), change, true, -1);
    }
}
