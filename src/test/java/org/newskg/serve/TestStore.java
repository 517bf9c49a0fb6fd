package org.newskg.serve;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/** Builds small real TDB2 stores for the server tests. */
final class TestStore {
    static final String EX = "http://example.org/";
    static final Node G1 = iri("graph/1");
    static final Node G2 = iri("graph/2");
    static final Node NAME = NodeFactory.createURI("http://schema.org/name");

    private TestStore() {}

    static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /** Two named graphs: alice and bob in graph 1, carol in graph 2; the default graph stays empty. */
    static Path twoGraphs(Path store) {
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            dsg.add(Quad.create(G1, iri("alice"), NAME, NodeFactory.createLiteralString("Alice")));
            dsg.add(Quad.create(G1, iri("bob"), NAME, NodeFactory.createLiteralString("Bob")));
            dsg.add(Quad.create(G2, iri("carol"), NAME, NodeFactory.createLiteralString("Carol")));
        });
        return store;
    }

    /**
     * A store to attack: {@code n} triples, so that a cross join has n x n rows, and one literal
     * of 230 letters a, on which {@code REGEX(?x, "a*a*a*a*!")} backtracks for minutes.
     */
    static Path hostile(Path store, int n) {
        manyTriples(store, n);
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        Txn.executeWrite(ds, () -> ds.asDatasetGraph().add(Quad.create(G2, iri("long"), NAME,
                NodeFactory.createLiteralString("a".repeat(230)))));
        return store;
    }

    /**
     * {@code n} triples in one named graph: enough for a cross join to take very long. (3,000 was
     * not: on an idle machine the top-N sort of their 9 million pairs ended inside a 3 s limit.)
     */
    static Path manyTriples(Path store, int n) {
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            for (int i = 0; i < n; i++) {
                dsg.add(Quad.create(G1, iri("s" + i), iri("p"), NodeFactory.createLiteralString("o" + i)));
            }
        });
        return store;
    }
}
