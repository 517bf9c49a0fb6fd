package org.newskg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.newskg.rdf.Sources;
import org.newskg.rdf.Vocab;

/**
 * Brings the sources of a store written before they were keyed up to date: there each article's
 * {@code newskg:source} held the local path of its input, which the SPARQL endpoint served. Each
 * such source becomes its public form plus the {@code newskg:sourceKey} of the path it held, so the
 * path leaves the store and {@code remove} and re-ingest still find the article by it.
 */
public final class LegacySources {
    private LegacySources() {}

    /** Whether the store has sources but not one key: made before keys. Two index probes, no scan. */
    static boolean present(DatasetGraph dsg) {
        return dsg.find(Node.ANY, Node.ANY, Vocab.SOURCE, Node.ANY).hasNext()
                && !dsg.find(Node.ANY, Node.ANY, Vocab.SOURCE_KEY, Node.ANY).hasNext();
    }

    /** Rewrites every source stated without a key (a scan of the sources); call in a write transaction. */
    static int publish(DatasetGraph dsg) {
        List<Quad> legacy = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.SOURCE, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral() && !dsg.contains(q.getGraph(), q.getSubject(), Vocab.SOURCE_KEY, Node.ANY)) {
                legacy.add(q);
            }
        });
        for (Quad q : legacy) {
            String source = q.getObject().getLiteralLexicalForm();
            dsg.delete(q);
            dsg.add(q.getGraph(), q.getSubject(), Vocab.SOURCE, NodeFactory.createLiteralString(Sources.published(source)));
            dsg.add(q.getGraph(), q.getSubject(), Vocab.SOURCE_KEY, NodeFactory.createLiteralString(Sources.key(source)));
        }
        return legacy.size();
    }

    /**
     * For a server that opens the store itself: rewrites the sources of a store made before keys
     * before anything is served from it.
     */
    public static void prepare(Path store) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toAbsolutePath().normalize().toString());
        if (Txn.calculateRead(dsg, () -> present(dsg))) {
            Txn.executeWrite(dsg, () -> publish(dsg));
        }
    }
}
