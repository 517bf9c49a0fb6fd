package org.newskg.pipeline;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.newskg.rdf.CorpusEvents;
import org.newskg.rdf.CorpusGraph;
import org.newskg.rdf.EntityCounts;
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
import org.newskg.store.KnowledgeStore;

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
     */
    public record Result(int statements, CorpusChange change, boolean recomputed) {}

    /** Recomputes the corpus graph; returns the number of statements in it. */
    public static int run(KnowledgeStore store) {
        return rebuild(store).statements();
    }

    /**
     * Brings the corpus graph up to date after an ingest or remove: recomputed only when articles
     * or settings changed since it was last written, so a run that stored nothing new costs nothing.
     */
    public static Result update(KnowledgeStore store) {
        if (!store.isCorpusStale()) {
            return new Result((int) store.corpusCount(Vocab.STATEMENT), new CorpusChange(0, 0), false);
        }
        return rebuild(store);
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
        CorpusChange change = store.replaceCorpusGraph(ds -> {
            List<EntityRecord> records = ResolutionGraph.records(ds);
            long linkStart = System.nanoTime();
            Map<EntityLinker.InArticle, EntityLinker.Found> pages = link ? linker.linkArticles(records) : Map.of();
            if (link) {
                System.err.printf(java.util.Locale.ROOT, "linking: %d of %d article entities linked in %.0f ms%n",
                        pages.size(), records.size(), (System.nanoTime() - linkStart) / 1e6);
            }
            // IRIs the corpus graph published stay: canonical IRIs keep their place, retired ones lead on.
            Resolution resolution = StableIdentity.keep(resolver.resolve(records, EntityLinker.pageOfIri(pages)), records,
                    ResolutionGraph.published(ds));
            List<StoredReport> reports = CorpusGraph.reports(ds).stream()
                    .map(r -> r.withSpeaker(resolution::canonicalOf)).toList();
            var found = clusterer.cluster(reports);
            statements.set(found.size());
            Graph g = corpus.map(found);
            ResolutionGraph.map(resolution, g);
            if (link) {
                ResolutionGraph.mapLinks(linker.link(records, pages, resolution), g);
            }
            events.map(merger.merge(CorpusEvents.mentions(ds), resolution::canonicalOf), g);
            counts.addTo(g, ds.asDatasetGraph(), resolution::canonicalOf);
            return g;
        });
        return new Result(statements.get(), change, true);
    }
}
