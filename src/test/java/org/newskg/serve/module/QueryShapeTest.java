package org.newskg.serve.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryShapeTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "SELECT * WHERE { ?s ?p ?o }                                | 1",
        "SELECT * WHERE { { ?s ?p ?o } UNION { ?s ?q (1 2) } }     | 3",
        "SELECT * WHERE { ?s ?p \"{{{{ ((( \" }                     | 1",
        "SELECT * WHERE { ?s ?p '''{{{ ' '' ''' }                   | 1",
        "SELECT * WHERE { ?s <http://x/a((((b> ?o }                 | 1",
        "SELECT * WHERE { ?s ?p ?o FILTER(?o < 3 && (?o > (1))) }   | 4",
        "SELECT * WHERE { ?s ?p \"a\\\"{{\" }                       | 1",
    })
    void countsBracketsOutsideStringsIrisAndComments(String sparql, int depth) {
        assertEquals(depth, QueryShape.depth(sparql));
    }

    @Test
    void commentsDoNotCount() {
        assertEquals(1, QueryShape.depth("# {{{{{{ (((((\nSELECT * WHERE { ?s ?p ?o } # }}}}"));
    }

    @Test
    void aThousandLevelsAreRefusedTwentyAreNot() {
        assertFalse(QueryShape.acceptable("SELECT * WHERE " + "{ ".repeat(1000) + " }".repeat(1000)));
        assertFalse(QueryShape.acceptable("ASK { FILTER(" + "(".repeat(1000) + "1" + ")".repeat(1000) + ") }"));
        assertTrue(QueryShape.acceptable("SELECT * WHERE " + "{ ".repeat(20) + " }".repeat(20)));
    }
}
