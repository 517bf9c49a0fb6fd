package org.newskg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.RunningServer;
import org.newskg.serve.ServeSettings;

/** A TDB2 database that newskg did not create has no base IRI: nothing to dereference, SPARQL as before. */
class LinkedDataOtherDatasetTest {
    @Test
    void withoutARecordedBaseOnlyTheOntologyIsServed(@TempDir Path tmp) {
        Path store = tmp.resolve("store");
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        Txn.executeWrite(ds, () -> ds.asDatasetGraph().add(Quad.create(NodeFactory.createURI("http://example.org/g"),
                NodeFactory.createURI("https://newskg.org/id/person/x"), NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createLiteralString("o"))));
        try (RunningServer server = NewskgServer.start(ServeSettings.of(store).withPort(0))) {
            String root = server.baseUrl();
            assertEquals(404, Web.get(root + "id/person/x", "text/turtle").statusCode());
            assertEquals(404, Web.get(root + "void", "text/turtle").statusCode());
            assertEquals(404, Web.get(root + "dump.nq", null).statusCode());
            assertEquals(200, Web.get(root + "ns", "text/turtle").statusCode());
            assertEquals(200, Web.get(root + "newskg/sparql?query=ASK%7B%7D", "application/sparql-results+json").statusCode());
        }
    }
}
