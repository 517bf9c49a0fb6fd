package org.newskg.pipeline;

import java.util.concurrent.atomic.AtomicInteger;
import org.newskg.rdf.CorpusEvents;
import org.newskg.rdf.CorpusGraph;
import org.newskg.rdf.EntityCounts;
import org.newskg.resolve.EventMerger;
import org.newskg.resolve.StatementClusterer;
import org.newskg.store.KnowledgeStore;

/**
 * Recomputes what combines articles (statements across outlets and their source counts, events
 * across the articles that describe them) from the article graphs, after every change to them:
 * ingest and remove.
 */
public final class CorpusRebuild {
    private CorpusRebuild() {}

    /** Rebuilds the corpus graph; returns the number of statements in it. */
    public static int run(KnowledgeStore store) {
        CorpusGraph corpus = new CorpusGraph(store.iris());
        StatementClusterer clusterer = new StatementClusterer();
        CorpusEvents events = new CorpusEvents(store.iris());
        EventMerger merger = new EventMerger();
        AtomicInteger statements = new AtomicInteger();
        EntityCounts counts = new EntityCounts(store.iris());
        store.replaceCorpusGraph(ds -> {
            var found = clusterer.cluster(CorpusGraph.reports(ds));
            statements.set(found.size());
            var graph = corpus.map(found);
            events.map(merger.merge(CorpusEvents.mentions(ds)), graph);
            counts.addTo(graph, ds.asDatasetGraph());
            return graph;
        });
        return statements.get();
    }
}
