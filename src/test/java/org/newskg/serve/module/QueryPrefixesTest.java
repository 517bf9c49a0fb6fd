package org.newskg.serve.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class QueryPrefixesTest {
    @Test
    void aQueryThatParsesIsRunAsSent() {
        String q = "PREFIX schema: <http://schema.org/>\nSELECT * WHERE { ?a a schema:NewsArticle }";
        assertEquals(q, QueryPrefixes.forServer(q));
    }

    @Test
    void theNewskgPrefixesAreAddedOnTheFirstLineSoLineNumbersStay() {
        String q = "# articles\nSELECT * WHERE {\n  ?a a schema:NewsArticle ; newskg:source ?s }";
        String served = QueryPrefixes.forServer(q);
        assertEquals(q.lines().count(), served.lines().count());
        assertTrue(served.endsWith(q), served);
        QueryFactory.create(served); // parses
    }

    @Test
    void aQuerysOwnPrefixWinsAndOtherMistakesAreLeftForTheParserToReport() {
        String own = "PREFIX schema: <https://schema.org/>\nSELECT * WHERE { ?a a schema:Thing ; owl:sameAs ?b }";
        String served = QueryPrefixes.forServer(own);
        assertTrue(served.contains("PREFIX owl:") && !served.contains("<http://schema.org/>"), served);
        String broken = "SELECT * WHERE { ?a ?b ?c ";
        assertEquals(broken, QueryPrefixes.forServer(broken));
    }

    @Test
    void theCommandLineFormPutsEachMissingPrefixOnItsOwnLine() {
        String withDefaults = QueryPrefixes.withDefaults("SELECT * WHERE { ?s schema:name ?n }");
        assertTrue(withDefaults.contains("PREFIX schema: <http://schema.org/>\n"), withDefaults);
        QueryFactory.create(withDefaults);
    }
}
