package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.clean.PublicationDate;
import org.newskg.core.Span;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;

class ArticleMapperTest {
    private final Iris iris = new Iris("https://example.org/id/");
    private static final String TEXT = "Bridge opens\nMayor Helena Brandt opened it. Brandt spoke in Lindau.";

    private ArticleGraph map(ArticleMetadata meta) {
        Entity brandt = new Entity(EntityType.PERSON, "Helena Brandt", Optional.empty(), List.of("Brandt"), List.of(
                new Mention("Helena Brandt", new Span(19, 32), "PERSON", 1),
                new Mention("Brandt", new Span(44, 50), "PERSON", 1)));
        Entity lindau = new Entity(EntityType.PLACE, "Lindau", Optional.of("CITY"), List.of(),
                List.of(new Mention("Lindau", new Span(60, 66), "CITY", 1)));
        return new ArticleMapper(iris).map("k1", new ArticleFacts(new CleanArticle("in/a.txt", TEXT, meta, 0), List.of(brandt, lindau)));
    }

    @Test
    void mentionsPointAtTheirExactWords() {
        ArticleGraph g = map(ArticleMetadata.EMPTY);
        Node mention = NodeFactory.createURI("https://example.org/id/article/k1#char=44,50");
        Triple anchor = g.graph().find(mention, Vocab.ANCHOR_OF, Node.ANY).next();
        assertEquals("Brandt", anchor.getObject().getLiteralLexicalForm());
        assertEquals("Brandt", TEXT.substring(44, 50));
        assertTrue(g.graph().contains(mention, Vocab.TA_IDENT_REF, NodeFactory.createURI("https://example.org/id/person/helena-brandt")));
        assertTrue(g.graph().contains(NodeFactory.createURI("https://example.org/id/place/lindau"), Vocab.TYPE, Vocab.CITY));
    }

    @Test
    void publicationDateKeepsItsOffsetAndSeconds() {
        OffsetDateTime t = OffsetDateTime.of(2024, 3, 14, 10, 5, 0, 0, ZoneOffset.ofHours(1));
        ArticleGraph g = map(ArticleMetadata.EMPTY.withPublished(PublicationDate.of(t, "14 March 2024, 10:05 GMT+1")));
        Node date = g.graph().find(g.name(), Vocab.DATE_PUBLISHED, Node.ANY).next().getObject();
        assertEquals("2024-03-14T10:05:00+01:00", date.getLiteralLexicalForm());
        ArticleGraph d = map(ArticleMetadata.EMPTY.withPublished(PublicationDate.of(LocalDate.of(2024, 3, 14), "Mar 14, 2024")));
        Node day = d.graph().find(d.name(), Vocab.DATE_PUBLISHED, Node.ANY).next().getObject();
        assertEquals("http://www.w3.org/2001/XMLSchema#date", day.getLiteralDatatypeURI());
    }

    @Test
    void sameInputSameIris() {
        assertTrue(map(ArticleMetadata.EMPTY).graph().isIsomorphicWith(map(ArticleMetadata.EMPTY).graph()));
        assertEquals(Iris.articleKey(null, "a\r\nb"), Iris.articleKey(null, "a\nb"));
        assertEquals(Iris.articleKey("https://x.example/1", "one text"), Iris.articleKey("https://x.example/1", "other"));
    }
}
