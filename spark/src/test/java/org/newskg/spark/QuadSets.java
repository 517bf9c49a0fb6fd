package org.newskg.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.newskg.cli.Load;
import org.newskg.store.KnowledgeStore;

/**
 * Quads as sorted N-Quads lines with literals in canonical form (TDB2 stores numbers and dates by
 * value, so "0.800" comes back as "0.8"), for comparing the graphs of two runs.
 */
final class QuadSets {
    private QuadSets() {}

    static Set<String> ofFiles(Path folder, Predicate<Node> graphs) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (Path f : Load.rdfFiles(folder)) {
            RDFDataMgr.read(dsg, f.toString());
        }
        return of(dsg, graphs);
    }

    static Set<String> ofStore(Path store, Predicate<Node> graphs) {
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store)) {
            return kg.read(ds -> of(ds.asDatasetGraph(), graphs));
        }
    }

    private static Set<String> of(DatasetGraph dsg, Predicate<Node> graphs) {
        Set<String> lines = new TreeSet<>();
        dsg.find().forEachRemaining(q -> {
            if (graphs.test(q.getGraph())) {
                Node o = q.getObject().isLiteral() ? CanonicalizeLiteral.get().apply(q.getObject()) : q.getObject();
                lines.add(NodeFmtLib.str(new Quad(q.getGraph(), q.getSubject(), q.getPredicate(), o)));
            }
        });
        return lines;
    }
}
