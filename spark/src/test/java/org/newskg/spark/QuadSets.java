package org.newskg.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
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
import org.newskg.rdf.Vocab;
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

    /**
     * The quads of the corpus graph of the kinds the Spark corpus stages compute ({@link CorpusStages}):
     * entities joined (with reasons, and their canonical IRIs' types, names and aliases), blocking keys,
     * Wikipedia links, statements and the reports' links to them; not events or counts.
     */
    static Set<String> corpusStagesPart(DatasetGraph dsg) {
        Set<Node> canonicals = new HashSet<>();
        Set<Node> statements = new HashSet<>();
        dsg.find(Vocab.CORPUS_GRAPH_NAME, Node.ANY, Vocab.SAME_AS, Node.ANY).forEachRemaining(q -> canonicals.add(q.getObject()));
        dsg.find(Vocab.CORPUS_GRAPH_NAME, Node.ANY, Vocab.TYPE, Vocab.STATEMENT).forEachRemaining(q -> statements.add(q.getSubject()));
        Set<Node> resolution = Set.of(Vocab.TYPE, Vocab.NAME, Vocab.ALT_LABEL);
        Set<Node> always = Set.of(Vocab.SAME_AS, Vocab.SAME_AS_REASON, Vocab.BLOCK_KEY, Vocab.REPORTS, Vocab.SCHEMA_SAME_AS,
                Vocab.LINK_CONFIDENCE, Vocab.LINK_EVIDENCE);
        Set<String> lines = new TreeSet<>();
        dsg.find(Vocab.CORPUS_GRAPH_NAME, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (always.contains(q.getPredicate()) || statements.contains(q.getSubject())
                    || (canonicals.contains(q.getSubject()) && resolution.contains(q.getPredicate()))
                    || (q.getSubject().equals(Vocab.CORPUS_GRAPH_NAME) && q.getObject().equals(Vocab.CORPUS_GRAPH))) {
                lines.add(line(q));
            }
        });
        return lines;
    }

    static Set<String> corpusStagesPart(Path store) {
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store)) {
            return kg.read(ds -> corpusStagesPart(ds.asDatasetGraph()));
        }
    }

    private static String line(Quad q) {
        Node o = q.getObject().isLiteral() ? CanonicalizeLiteral.get().apply(q.getObject()) : q.getObject();
        return NodeFmtLib.str(new Quad(q.getGraph(), q.getSubject(), q.getPredicate(), o));
    }

    private static Set<String> of(DatasetGraph dsg, Predicate<Node> graphs) {
        Set<String> lines = new TreeSet<>();
        dsg.find().forEachRemaining(q -> {
            if (graphs.test(q.getGraph())) {
                lines.add(line(q));
            }
        });
        return lines;
    }
}
