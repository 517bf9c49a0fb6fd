package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.Vocab;

/** The text index follows every write of the store: ingest, re-ingest, remove, corpus rebuild. */
class FullTextTest {
    private static final String EX = "http://example.org/";
    private static final String PREFIXES = "PREFIX text: <http://jena.apache.org/text#>\n"
            + "PREFIX schema: <http://schema.org/>\n";

    @TempDir
    Path dir;

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /** An article graph with a title, a named person and one report of what they said. */
    private static ArticleGraph article(String local, String title, String personName, String said) {
        Node article = iri(local);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(article, Vocab.SOURCE, NodeFactory.createLiteralString(local + ".txt"));
        g.add(article, Vocab.HEADLINE, NodeFactory.createLiteralString(title));
        g.add(iri("person/" + personName.toLowerCase().replace(' ', '-')), Vocab.NAME,
                NodeFactory.createLiteralString(personName));
        g.add(iri(local + "#report"), Vocab.TEXT, NodeFactory.createLiteralString(said));
        return new ArticleGraph(article, local + ".txt", g);
    }

    /** The subjects whose {@code field} matches {@code words}, as the server's text:query finds them. */
    private static List<String> search(KnowledgeStore kg, String predicate, String words) {
        String query = PREFIXES + "SELECT DISTINCT ?s WHERE { ?s text:query (" + predicate + " \"" + words + "\") } ORDER BY ?s";
        return kg.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
                List<String> found = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(s -> found.add(s.getResource("s").getURI()));
                return found;
            }
        });
    }

    @Test
    void namesTitlesAndStatementTextsAreFoundAfterIngest() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            kg.write(article("a", "Ferry strike ends after nine days", "Ingrid Solvang", "The harbour tariffs will double."));
            assertEquals(List.of(EX + "person/ingrid-solvang"), search(kg, "schema:name", "solvang"));
            assertEquals(List.of(EX + "a"), search(kg, "schema:headline", "ferry strike"));
            assertEquals(List.of(EX + "a#report"), search(kg, "schema:text", "tariffs"));
            assertEquals(List.of(), search(kg, "schema:text", "ferry"), "titles are not statement texts");
        }
    }

    @Test
    void reingestAndRemoveTakeTheOldWordsOutOfTheIndex() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            kg.write(article("a", "Ferry strike ends", "Ingrid Solvang", "The harbour tariffs will double."));
            kg.write(article("b", "Port reopens", "Ingrid Solvang", "Cargo is moving again."));
            // The same source again, with other words: the old report text is no longer found.
            kg.write(article("a", "Ferry strike ends", "Ingrid Solvang", "The harbour fees will rise."));
            assertEquals(List.of(), search(kg, "schema:text", "tariffs"));
            assertEquals(List.of(EX + "a#report"), search(kg, "schema:text", "fees"));

            kg.remove("a.txt");
            assertEquals(List.of(), search(kg, "schema:text", "fees"));
            assertEquals(List.of(), search(kg, "schema:headline", "ferry"));
            // Article b still names her: removing a's copy of the name keeps b's.
            assertEquals(List.of(EX + "person/ingrid-solvang"), search(kg, "schema:name", "ingrid"));
            kg.remove("b.txt");
            assertEquals(List.of(), search(kg, "schema:name", "ingrid"));
        }
    }

    @Test
    void theCorpusGraphIsIndexedAndReplacedWhole() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            kg.replaceCorpusGraph(ds -> corpus("statement/1", "Exports of timber fell sharply."));
            assertEquals(List.of(EX + "statement/1"), search(kg, "schema:text", "timber"));
            kg.replaceCorpusGraph(ds -> corpus("statement/2", "Imports of copper rose."));
            assertEquals(List.of(), search(kg, "schema:text", "timber"));
            assertEquals(List.of(EX + "statement/2"), search(kg, "schema:text", "copper"));
        }
    }

    @Test
    void queriesRunOnTdb2sOwnEngine() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            Object engine = kg.read(ds -> org.apache.jena.sparql.engine.QueryEngineRegistry.findFactory(
                    org.apache.jena.query.QueryFactory.create("ASK {}"), ds.asDatasetGraph(), org.apache.jena.query.ARQ.getContext()));
            assertTrue(engine instanceof TextOverTdb2, String.valueOf(engine));
        }
    }

    @Test
    void theIndexSurvivesReopening() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            kg.write(article("a", "Ferry strike ends", "Ingrid Solvang", "The harbour tariffs will double."));
        }
        assertTrue(Files.isDirectory(dir.resolve(FullText.FOLDER)));
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            assertEquals(List.of(EX + "a#report"), search(kg, "schema:text", "tariffs"));
        }
    }

    @Test
    void aStoreWrittenWithoutTheIndexGetsOneOnOpening() {
        Dataset plain = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(plain, () -> plain.asDatasetGraph().add(
                Quad.create(iri("old"), iri("person/odd-brekke"), Vocab.NAME, NodeFactory.createLiteralString("Odd Brekke"))));
        TDBInternal.expel(plain.asDatasetGraph());
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            assertEquals(List.of(EX + "person/odd-brekke"), search(kg, "schema:name", "brekke"));
        }
    }

    private static Graph corpus(String statement, String text) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(iri(statement), Vocab.TEXT, NodeFactory.createLiteralString(text));
        return g;
    }
}
