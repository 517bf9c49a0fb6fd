package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.clean.PublicationDate;
import org.newskg.core.Span;
import org.newskg.extract.ArticleFacts;
import org.newskg.nlp.TimeExpression;
import org.newskg.time.TimeNormalizer;
import org.newskg.time.TimeValue;
import org.newskg.validate.StoreValidator;

/** Time values as OWL-Time instants and intervals with their evidence, checked against ontology/shapes.ttl. */
class TimeMapperTest {
    private static final String TEXT = "Talks ran from Monday to Wednesday and end at 5 pm EST on May 24; "
            + "prices rose in 2022, in April and this week; he has served three years; she left yesterday.";
    private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2023, 5, 24));

    private static TimeExpression te(String words, String type, String value, String relative) {
        int begin = TEXT.indexOf(words);
        return new TimeExpression(words, new Span(begin, begin + words.length()), type, value, 0, relative);
    }

    private static ArticleGraph map(Optional<LocalDate> published, List<TimeExpression> sutime) {
        List<TimeValue> values = new TimeNormalizer().expressions(TEXT, sutime, published);
        ArticleMetadata meta = published.map(d -> ArticleMetadata.EMPTY.withPublished(PublicationDate.of(d, d.toString())))
                .orElse(ArticleMetadata.EMPTY);
        ArticleFacts facts = new ArticleFacts(new CleanArticle("in/t.txt", TEXT, meta, 0), List.of(), List.of(), values);
        return new ArticleMapper(new Iris("https://example.org/id/")).map("k", facts);
    }

    private static Node time(ArticleGraph a, String words) {
        int begin = TEXT.indexOf(words);
        return NodeFactory.createURI(a.name().getURI() + "#time=" + begin + "," + (begin + words.length()));
    }

    private static String literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    private static Node object(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).next().getObject();
    }

    @Test
    void instantsIntervalsAndTheirEvidence() {
        ArticleGraph a = map(PUBLISHED, List.of(
                te("Monday", "DATE", "2023-05-22", ""), te("Wednesday", "DATE", "2023-05-24", ""),
                te("5 pm EST", "TIME", "2023-05-24T17:00-0500", ""), te("May 24", "DATE", "2023-05-24", ""),
                te("2022", "DATE", "2022", ""), te("April", "DATE", "2023-04", ""), te("this week", "DATE", "2023-W21", ""),
                te("three years", "DURATION", "P3Y", "")));
        Graph g = a.graph();
        // The mapper maps what it is given; ranges are joined by TimeNormalizer.normalize, here the ends stay apart.
        Node day = time(a, "May 24");
        assertTrue(g.contains(a.name(), Vocab.MENTIONS_TIME, day));
        assertTrue(g.contains(day, Vocab.TYPE, Vocab.INSTANT));
        assertEquals("2023-05-24", literal(g, day, Vocab.IN_XSD_DATE));
        assertTrue(g.contains(day, Vocab.UNIT_TYPE, Vocab.timeUnit("unitDay")));
        Node phrase = object(g, day, Vocab.TIME_MENTION);
        assertEquals("May 24", literal(g, phrase, Vocab.ANCHOR_OF));
        assertEquals("2023-05-24T17:00:00-05:00", literal(g, time(a, "5 pm EST"), Vocab.IN_XSD_DATE_TIME_STAMP));
        assertEquals("2022", literal(g, time(a, "2022"), Vocab.IN_XSD_G_YEAR));
        assertEquals("2023-04", literal(g, time(a, "April"), Vocab.IN_XSD_G_YEAR_MONTH));
        Node week = time(a, "this week");
        assertTrue(g.contains(week, Vocab.TYPE, Vocab.INTERVAL));
        assertEquals("2023-05-22", literal(g, object(g, week, Vocab.HAS_BEGINNING), Vocab.IN_XSD_DATE));
        assertEquals("2023-05-28", literal(g, object(g, week, Vocab.HAS_END), Vocab.IN_XSD_DATE));
        Node years = time(a, "three years");
        assertEquals("P3Y", literal(g, years, Vocab.TIMEX_VALUE));
        assertFalse(g.contains(years, Vocab.TYPE, Vocab.INSTANT));
        assertConforms(a);
    }

    @Test
    void aRangeIsOneIntervalFromItsFirstDayToItsLast() {
        List<TimeValue> joined = TimeNormalizer.joinRanges(TEXT, new TimeNormalizer().expressions(TEXT, List.of(
                te("Monday", "DATE", "2023-05-22", ""), te("Wednesday", "DATE", "2023-05-24", "")), PUBLISHED));
        ArticleFacts facts = new ArticleFacts(new CleanArticle("in/t.txt", TEXT, ArticleMetadata.EMPTY, 0), List.of(), List.of(), joined);
        ArticleGraph a = new ArticleMapper(new Iris("https://example.org/id/")).map("k", facts);
        Node range = time(a, "Monday to Wednesday");
        assertTrue(a.graph().contains(range, Vocab.TYPE, Vocab.INTERVAL));
        assertEquals("2023-05-22/2023-05-24", literal(a.graph(), range, Vocab.TIMEX_VALUE));
        assertEquals("2023-05-22", literal(a.graph(), object(a.graph(), range, Vocab.HAS_BEGINNING), Vocab.IN_XSD_DATE));
        assertEquals("2023-05-24", literal(a.graph(), object(a.graph(), range, Vocab.HAS_END), Vocab.IN_XSD_DATE));
        assertConforms(a);
    }

    @Test
    void aRangeOfDecadesBeginsAndEndsInYears() {
        String text = "Prices recalled the 1970s and 1980s.";
        List<TimeExpression> sutime = List.of(decade(text, "1970s", "197X"), decade(text, "1980s", "198X"));
        List<TimeValue> joined = TimeNormalizer.joinRanges(text, new TimeNormalizer().expressions(text, sutime, PUBLISHED));
        ArticleFacts facts = new ArticleFacts(new CleanArticle("in/t.txt", text, ArticleMetadata.EMPTY, 0), List.of(), List.of(), joined);
        ArticleGraph a = new ArticleMapper(new Iris("https://example.org/id/")).map("k", facts);
        int begin = text.indexOf("1970s");
        Node range = NodeFactory.createURI(a.name().getURI() + "#time=" + begin + "," + (text.indexOf("1980s") + 5));
        assertTrue(a.graph().contains(range, Vocab.TYPE, Vocab.INTERVAL), () -> a.graph().find().toList().toString());
        assertEquals("1970", literal(a.graph(), object(a.graph(), range, Vocab.HAS_BEGINNING), Vocab.IN_XSD_G_YEAR));
        assertEquals("1989", literal(a.graph(), object(a.graph(), range, Vocab.HAS_END), Vocab.IN_XSD_G_YEAR));
        assertConforms(a);
    }

    private static TimeExpression decade(String text, String words, String value) {
        int begin = text.indexOf(words);
        return new TimeExpression(words, new Span(begin, begin + words.length()), "DATE", value, 0, "");
    }

    @Test
    void withoutAPublicationDateRelativeWordsAreKeptUnanchored() {
        ArticleGraph a = map(Optional.empty(), List.of(te("yesterday", "DATE", "", "OFFSET P-1D")));
        Node yesterday = time(a, "yesterday");
        assertEquals("false", literal(a.graph(), yesterday, Vocab.ANCHORED));
        assertFalse(a.graph().contains(yesterday, Vocab.TIMEX_VALUE, Node.ANY));
        assertFalse(a.graph().contains(yesterday, Vocab.TYPE, Vocab.INSTANT));
        assertEquals("yesterday", literal(a.graph(), object(a.graph(), yesterday, Vocab.TIME_MENTION), Vocab.ANCHOR_OF));
        assertConforms(a);
    }

    private static void assertConforms(ArticleGraph a) {
        StoreValidator validator = new StoreValidator(StoreValidator.shapesFrom(Path.of("ontology/shapes.ttl")));
        var v = validator.validate(a.name(), a.graph());
        assertTrue(v.conforms(), () -> v.report().getEntries().toString());
    }
}
