package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.core.Span;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.store.KnowledgeStore;

/**
 * What the real ingest (CoreNLP, TDB2) writes, article graphs and corpus graph, conforms to the
 * packaged shapes; a broken graph
 * written into the same store is found and named by its article and source.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ValidateIT {
    @TempDir
    static Path tmp;

    private static Path store;

    @BeforeAll
    static void ingestTheTestArticles() throws Exception {
        Path input = tmp.resolve("in");
        Files.createDirectories(input);
        for (String name : List.of("harbour-herald.txt", "coastal-times.txt", "north-wire.txt")) {
            Files.copy(Path.of("src/test/resources/articles", name), input.resolve(name));
        }
        store = tmp.resolve("store");
        CliRun ingest = CliRun.of("ingest", "--store", store.toString(), input.toString());
        assertEquals(ExitCodes.OK, ingest.exitCode(), ingest.err());
    }

    @Test
    @Order(1)
    void whatIngestWritesConforms() {
        CliRun r = CliRun.of("validate", "--store", store.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.out() + r.err());
        // Three article graphs and the corpus graph of their statements.
        assertEquals("4 graphs checked, 4 conform; 0 Violation, 0 Warning, 0 Info", r.out().strip());
    }

    @Test
    @Order(2)
    void aBrokenGraphIsReportedByArticleAndSource() {
        String text = "Harbour board meets\nMarta Quill chaired the meeting.";
        Node article;
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store)) {
            // The mention is off by one, and the graph has a second headline: both must be found.
            Entity quill = new Entity(EntityType.PERSON, "Marta Quill", Optional.empty(), List.of(),
                    List.of(new Mention("Marta Quill", new Span(21, 32), "PERSON", 1)));
            CleanArticle clean = new CleanArticle("broken/by-hand.txt", text, ArticleMetadata.EMPTY.withTitle("Harbour board meets"), 0);
            ArticleGraph g = new ArticleMapper(kg.iris()).map(Iris.articleKey(null, text), new ArticleFacts(clean, List.of(quill)));
            Graph graph = g.graph();
            graph.add(g.name(), Vocab.HEADLINE, NodeFactory.createLiteralString("A second headline"));
            article = g.name();
            kg.write(g);
        }
        CliRun r = CliRun.of("validate", "--store", store.toString());
        assertEquals(ExitCodes.NOT_CONFORMING, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains(article.getURI() + "  by-hand.txt"), r.out());
        assertTrue(r.out().contains("<" + article.getURI() + "#char=21,32>"), r.out());
        assertTrue(r.out().contains("schema:headline  an article has at most one schema:headline"), r.out());
        assertTrue(r.out().contains("5 graphs checked, 4 conform; 2 Violation, 0 Warning, 0 Info"), r.out());
        // Only the broken graph is listed.
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("https://")).count(), r.out());
    }
}
