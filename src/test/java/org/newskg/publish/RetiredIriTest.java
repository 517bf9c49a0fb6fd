package org.newskg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.core.Span;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.pipeline.CorpusRebuild;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.Iris;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.RunningServer;
import org.newskg.serve.ServeSettings;
import org.newskg.store.KnowledgeStore;

/** An IRI no article names any more (kept as owl:sameAs its entity's current IRI) redirects there. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetiredIriTest {
    private RunningServer server;
    private String root;

    private static void article(KnowledgeStore kg, String source, String name) {
        String text = name + " spoke.";
        Entity person = new Entity(EntityType.PERSON, name, Optional.empty(), List.of(),
                List.of(new Mention(name, new Span(0, name.length()), "PERSON", 0)));
        ArticleFacts facts = new ArticleFacts(new CleanArticle(source, text, ArticleMetadata.EMPTY, 0), List.of(person));
        kg.write(new ArticleMapper(kg.iris()).map(Iris.articleKey(null, text), facts));
    }

    @BeforeAll
    void start(@TempDir Path tmp) {
        Path store = tmp.resolve("store");
        try (KnowledgeStore kg = KnowledgeStore.open(store, Optional.empty())) {
            article(kg, "a.txt", "Helena Brandt");
            article(kg, "b.txt", "Brandt");
            article(kg, "c.txt", "H. Brandt");
            CorpusRebuild.update(kg);
            kg.remove("a.txt"); // "Helena Brandt" was the canonical IRI; now no article names it
            CorpusRebuild.update(kg);
        }
        server = NewskgServer.start(ServeSettings.of(store).withPort(0));
        root = server.baseUrl().substring(0, server.baseUrl().length() - 1);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRetiredIriRedirectsToTheEntityItStoodFor() {
        HttpResponse<String> r = Web.get(root + "/id/person/helena-brandt", "text/html");
        assertEquals(303, r.statusCode(), r.body());
        String location = Web.header(r, "Location");
        HttpResponse<String> there = Web.get(root + location, "text/turtle");
        assertEquals(200, there.statusCode(), location);
        assertEquals("/id/person/", location.substring(0, "/id/person/".length()), location);

        HttpResponse<String> turtle = Web.get(root + "/id/person/helena-brandt.ttl", "text/html");
        assertEquals(303, turtle.statusCode());
        assertEquals(location + ".ttl", Web.header(turtle, "Location"), "the representation asked for is kept");
    }

    @Test
    void aCurrentIriIsServedAsItIs() {
        assertEquals(200, Web.get(root + "/id/person/brandt", "text/turtle").statusCode());
    }
}
