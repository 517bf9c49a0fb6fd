package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.core.Span;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.pipeline.CorpusRebuild;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.store.KnowledgeStore;

/** newskg validate on small stores written without CoreNLP: exit codes, messages, both formats. */
class ValidateCommandTest {
    @TempDir
    Path dir;

    private static ArticleGraph article(KnowledgeStore kg, String source, String text, Span span) {
        Entity person = new Entity(EntityType.PERSON, "Helena Brandt", Optional.empty(), List.of(),
                List.of(new Mention("Helena Brandt", span, "PERSON", 0)));
        ArticleFacts facts = new ArticleFacts(new CleanArticle(source, text, ArticleMetadata.EMPTY, 0), List.of(person));
        return new ArticleMapper(kg.iris()).map(Iris.articleKey(null, text), facts);
    }

    private Path store(boolean broken) {
        Path store = dir.resolve("store");
        try (KnowledgeStore kg = KnowledgeStore.open(store, Optional.empty())) {
            kg.write(article(kg, "good.txt", "Helena Brandt opened the bridge.", new Span(0, 13)));
            if (broken) {
                kg.write(article(kg, "bad.txt", "Mayor Helena Brandt opened the tunnel.", new Span(0, 13)));
            }
            CorpusRebuild.run(kg); // as ingest does after the last article
        }
        return store;
    }

    @Test
    void aStoreWhoseCorpusGraphIsMissingFails() {
        Path store = store(false);
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store)) {
            kg.replaceCorpusGraph(ds -> org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
        }
        CliRun r = CliRun.of("validate", "--store", store.toString());
        assertEquals(ExitCodes.NOT_CONFORMING, r.exitCode(), r.out());
        assertTrue(r.out().contains("urn:newskg:corpus  (corpus graph) is missing"), r.out());
    }

    @Test
    void aConformingStoreExitsZeroWithASummary() {
        CliRun r = CliRun.of("validate", "--store", store(false).toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals("2 graphs checked, 2 conform; 0 Violation, 0 Warning, 0 Info" + System.lineSeparator(), r.out());
    }

    @Test
    void aBrokenGraphIsNamedWithItsSourceFocusPathAndMessage() {
        Path store = store(true);
        CliRun r = CliRun.of("validate", "--store", store.toString());
        assertEquals(ExitCodes.NOT_CONFORMING, r.exitCode(), r.out());
        String article = new Iris(Iris.DEFAULT_BASE).article(Iris.articleKey(null, "Mayor Helena Brandt opened the tunnel.")).getURI();
        assertTrue(r.out().contains(article + "  bad.txt"), r.out());
        assertTrue(r.out().contains("  Violation  <" + article + "#char=0,13>  "), r.out());
        assertTrue(r.out().contains("is not the text at [0,13) of its context: \"Mayor Helena \""), r.out());
        assertTrue(r.out().contains("3 graphs checked, 2 conform; 1 Violation, 0 Warning, 0 Info"), r.out());
        assertTrue(!r.out().contains("good.txt"), "conforming graphs are not listed: " + r.out());
    }

    @Test
    void turtleOutputIsOneParsableReportPerFailingGraph() {
        CliRun r = CliRun.of("validate", "--store", store(true).toString(), "--format", "turtle");
        assertEquals(ExitCodes.NOT_CONFORMING, r.exitCode(), r.err());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(g);
        Node report = NodeFactory.createURI("http://www.w3.org/ns/shacl#ValidationReport");
        assertEquals(1, g.find(null, Vocab.TYPE, report).toList().size(), r.out());
        assertEquals(1, g.find(null, NodeFactory.createURI("http://www.w3.org/ns/shacl#result"), null).toList().size());
        assertTrue(r.out().strip().endsWith("# 3 graphs checked, 2 conform; 1 Violation, 0 Warning, 0 Info"), r.out());
    }

    @Test
    void turtleOutputOfAConformingStoreSaysShConformsTrue() {
        CliRun r = CliRun.of("validate", "--store", store(false).toString(), "--format", "turtle");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(g);
        Node conforms = NodeFactory.createURI("http://www.w3.org/ns/shacl#conforms");
        assertEquals(List.of(NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)),
                g.find(null, conforms, null).mapWith(Triple::getObject).toList(), r.out());
        assertTrue(r.out().contains("sh:conforms  true"), r.out());
    }

    @Test
    void ownShapesFileIsUsed() throws Exception {
        Path shapes = dir.resolve("names.ttl");
        // Demands a headline, which these articles do not have.
        Files.writeString(shapes, """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix schema: <http://schema.org/> .
                [] a sh:NodeShape ; sh:targetClass schema:NewsArticle ;
                   sh:property [ sh:path schema:headline ; sh:minCount 1 ; sh:message "no headline" ] .
                """);
        CliRun r = CliRun.of("validate", "--store", store(false).toString(), "--shapes", shapes.toString());
        assertEquals(ExitCodes.NOT_CONFORMING, r.exitCode());
        assertTrue(r.out().contains("schema:headline  no headline"), r.out());
    }

    @Test
    void aMissingStoreIsAClearError() {
        CliRun r = CliRun.of("validate", "--store", dir.resolve("nothing-here").toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains("newskg validate: no store at"), r.err());
        assertTrue(!Files.exists(dir.resolve("nothing-here")), "validate does not create a store");
    }

    @Test
    void aMissingShapesFileIsAUsageError() {
        CliRun r = CliRun.of("validate", "--store", store(false).toString(), "--shapes", dir.resolve("none.ttl").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("no shapes file at"), r.err());
    }
}
