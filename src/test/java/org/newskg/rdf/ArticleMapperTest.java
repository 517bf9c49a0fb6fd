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
import org.newskg.extract.Report;
import org.newskg.extract.ReportType;
import org.newskg.extract.Speaker;
import org.newskg.extract.StatementDate;

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
    void theLanguageIsStatedWhenKnown() {
        Node german = new ArticleMapper(iris).map("k9", new ArticleFacts(
                new CleanArticle("in/b.txt", "Brücke eröffnet", ArticleMetadata.EMPTY, 0, "de"), List.of())).graph()
                .find(Node.ANY, Vocab.IN_LANGUAGE, Node.ANY).next().getObject();
        assertEquals("de", german.getLiteralLexicalForm());
        assertTrue(map(ArticleMetadata.EMPTY).graph().find(Node.ANY, Vocab.IN_LANGUAGE, Node.ANY).toList().isEmpty());
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
    void offsetsCountCharactersNotUtf16Units() {
        String text = "Fans \uD83C\uDF89 cheered Helena Brandt.";
        Entity brandt = new Entity(EntityType.PERSON, "Helena Brandt", Optional.empty(), List.of(),
                List.of(new Mention("Helena Brandt", new Span(text.indexOf("Helena"), text.indexOf("Helena") + 13), "PERSON", 0)));
        ArticleGraph g = new ArticleMapper(iris).map("k2",
                new ArticleFacts(new CleanArticle("in/b.txt", text, ArticleMetadata.EMPTY, 0), List.of(brandt)));
        // The emoji is one character (two UTF-16 units): SPARQL's SUBSTR and NIF count it once.
        int begin = text.codePointCount(0, text.indexOf("Helena"));
        Node mention = NodeFactory.createURI("https://example.org/id/article/k2#char=" + begin + "," + (begin + 13));
        assertTrue(g.graph().contains(mention, Vocab.ANCHOR_OF, NodeFactory.createLiteralString("Helena Brandt")), g.graph().toString());
    }

    @Test
    void aReportKeepsItsWordsSpeakerCueAndDate() {
        Entity brandt = new Entity(EntityType.PERSON, "Helena Brandt", Optional.empty(), List.of("Brandt"), List.of(
                new Mention("Helena Brandt", new Span(19, 32), "PERSON", 1),
                new Mention("Brandt", new Span(44, 50), "PERSON", 1)));
        Report said = new Report(ReportType.INDIRECT, new Span(29, 32), "it.", Optional.of(
                new Speaker("Brandt", new Span(44, 50), Optional.of(brandt))), "spoke", new Span(51, 56),
                Optional.empty(), Optional.of("in Lindau"), List.of(), Optional.of(new StatementDate(LocalDate.of(2024, 3, 13), true, "Wednesday")));
        ArticleGraph g = new ArticleMapper(iris).map("k1", new ArticleFacts(
                new CleanArticle("in/a.txt", TEXT, ArticleMetadata.EMPTY, 0), List.of(brandt), List.of(said)));
        Node report = NodeFactory.createURI("https://example.org/id/article/k1#report=29,32");
        assertTrue(g.graph().contains(report, Vocab.TYPE, Vocab.REPORT));
        assertTrue(g.graph().contains(report, Vocab.REPORT_TYPE, Vocab.REPORTED_SPEECH));
        assertTrue(g.graph().contains(report, Vocab.SPEAKER, NodeFactory.createURI("https://example.org/id/person/helena-brandt")));
        assertTrue(g.graph().contains(report, Vocab.CUE, NodeFactory.createLiteralString("spoke")));
        assertTrue(g.graph().contains(report, Vocab.VENUE, NodeFactory.createLiteralString("in Lindau")));
        assertTrue(g.graph().contains(report, Vocab.CONTENT, NodeFactory.createURI("https://example.org/id/article/k1#char=29,32")));
        assertEquals("2024-03-13", g.graph().find(report, Vocab.STATED_ON, Node.ANY).next().getObject().getLiteralLexicalForm());
        assertTrue(g.graph().contains(report, Vocab.DATE_FROM_TEXT, NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean)));
        assertTrue(g.graph().contains(report, Vocab.IS_PART_OF, g.name()));
    }

    @Test
    void sameInputSameIris() {
        assertTrue(map(ArticleMetadata.EMPTY).graph().isIsomorphicWith(map(ArticleMetadata.EMPTY).graph()));
        assertEquals(Iris.articleKey(null, "a\r\nb"), Iris.articleKey(null, "a\nb"));
        assertEquals(Iris.articleKey("https://x.example/1", "one text"), Iris.articleKey("https://x.example/1", "other"));
    }

    @Test
    void aDatelineDateKeepsItsPhrase() {
        String text = "Mill reopens\nEASTBROOK, 4 March 2021 (Coastal Wire) - The mill reopened.";
        int begin = text.indexOf("4 March 2021");
        PublicationDate d = PublicationDate.of(LocalDate.of(2021, 3, 4), "4 March 2021").at(new Span(begin, begin + 12));
        ArticleGraph g = new ArticleMapper(iris).map("k3", new ArticleFacts(
                new CleanArticle("in/c.txt", text, ArticleMetadata.EMPTY.withPublished(d), 0), List.of()));
        Node phrase = g.graph().find(g.name(), Vocab.DATE_EVIDENCE_MENTION, Node.ANY).next().getObject();
        assertEquals("4 March 2021", g.graph().find(phrase, Vocab.ANCHOR_OF, Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals(Integer.toString(begin), g.graph().find(phrase, Vocab.BEGIN_INDEX, Node.ANY).next().getObject().getLiteralLexicalForm());
        ArticleGraph header = map(ArticleMetadata.EMPTY.withPublished(PublicationDate.of(LocalDate.of(2021, 3, 4), "4 March 2021")));
        assertTrue(header.graph().find(header.name(), Vocab.DATE_EVIDENCE_MENTION, Node.ANY).toList().isEmpty(),
                "a date from a metadata line has no words in the text");
    }
}
