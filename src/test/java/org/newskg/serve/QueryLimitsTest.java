package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile queries against the real server, with the config's timeout lowered to 2 s: each ends
 * with an error status by the limit + 5 s, in bounded memory, while a simple query keeps
 * answering within a second; a query nested too deeply is a 400.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryLimitsTest {
    private static final long TIMEOUT_MS = 2000;
    private static final Duration ANSWERED_BY = Duration.ofMillis(TIMEOUT_MS + 5000);
    private static final String SORT_ATTACK = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f";
    private static final String OFFSET_SORT_ATTACK = SORT_ATTACK + " OFFSET 5000000";
    private static final String REGEX_ATTACK = "SELECT ?x WHERE { ?s ?p ?x FILTER REGEX(?x, \"a*a*a*a*!\") }";
    // On the long literal itself: over every triple, the result cap would end the query first.
    private static final String REPLACE_ATTACK =
            "SELECT (REPLACE(?x, \"a*a*a*a*!\", \"b\") AS ?y) WHERE { <" + TestStore.EX + "long> ?p ?x }";
    private static final String FN_MATCHES_ATTACK = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
            + "SELECT ?x WHERE { ?s ?p ?x FILTER fn:matches(?x, \"a*a*a*a*!\") }";
    private static final String FN_REPLACE_ATTACK = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
            + "SELECT (fn:replace(?x, \"a*a*a*a*!\", \"b\") AS ?y) WHERE { <" + TestStore.EX + "long> ?p ?x }";
    private static final String SIMPLE = "SELECT ?n WHERE { <" + TestStore.EX + "long> ?p ?n }";

    private RunningServer server;
    private String sparql;

    @BeforeAll
    void start(@TempDir Path tmp) {
        Path store = TestStore.hostile(tmp.resolve("store"), 12_000);
        Model config = ServeConfig.load(ServeConfig.DEFAULT_PATH);
        ServeConfig.pointAtStore(config, store);
        ConfigContext.set(config, "arq:queryTimeout", String.valueOf(TIMEOUT_MS));
        server = NewskgServer.start(config, ServeSettings.DEFAULT_HOST, 0);
        sparql = server.queryUrls().get(0);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private record Timed(HttpResponse<String> response, Duration took) {}

    private Timed timed(String query) {
        long start = System.nanoTime();
        HttpResponse<String> r = Http.query(sparql, query, "text/csv");
        return new Timed(r, Duration.ofNanos(System.nanoTime() - start));
    }

    @Test
    void attacksEndWithAnErrorByTheLimitWhileSimpleQueriesGoOn() throws Exception {
        List<CompletableFuture<Timed>> attacks = new ArrayList<>();
        for (String q : List.of(SORT_ATTACK, REGEX_ATTACK)) {
            attacks.add(CompletableFuture.supplyAsync(() -> timed(q)));
        }
        Thread.sleep(300);
        List<Duration> simple = new ArrayList<>();
        while (attacks.stream().anyMatch(a -> !a.isDone())) {
            Timed t = timed(SIMPLE);
            assertEquals(200, t.response().statusCode(), t.response().body());
            simple.add(t.took());
            Thread.sleep(100);
        }
        for (CompletableFuture<Timed> a : attacks) {
            Timed t = a.get(1, TimeUnit.SECONDS);
            assertEquals(503, t.response().statusCode(), t.response().body());
            assertTrue(t.took().compareTo(ANSWERED_BY) < 0, "took " + t.took());
            assertFalse(t.response().body().contains("Incomplete"), t.response().body());
        }
        assertFalse(simple.isEmpty());
        for (Duration d : simple) {
            assertTrue(d.compareTo(Duration.ofSeconds(1)) < 0, "a simple query took " + d + " during the attacks");
        }
    }

    @Test
    void aSortPastTheResultLimitSpillsAndEndsByTheLimit() {
        Timed t = timed(OFFSET_SORT_ATTACK);
        assertEquals(503, t.response().statusCode(), t.response().body());
        assertTrue(t.took().compareTo(ANSWERED_BY) < 0, "took " + t.took());
    }

    @Test
    void aCatastrophicReplaceIsCancelledToo() {
        Timed t = timed(REPLACE_ATTACK);
        assertEquals(503, t.response().statusCode(), t.response().body());
        assertTrue(t.took().compareTo(ANSWERED_BY) < 0, "took " + t.took());
    }

    @Test
    void theXPathTwinsCalledByIriAreCancelledToo() {
        for (String attack : List.of(FN_MATCHES_ATTACK, FN_REPLACE_ATTACK)) {
            Timed t = timed(attack);
            assertEquals(503, t.response().statusCode(), attack + ": " + t.response().body());
            assertTrue(t.took().compareTo(ANSWERED_BY) < 0, attack + " took " + t.took());
        }
        HttpResponse<String> r = Http.query(sparql, "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
                + "SELECT (fn:replace(?x, \"o1\", \"X\") AS ?y) WHERE { <" + TestStore.EX
                + "s12> ?p ?x FILTER fn:matches(?x, \"^O1\", \"i\") }", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("y", "X2"), r.body().lines().toList());
    }

    @Test
    void regexAndReplaceStillWork() {
        HttpResponse<String> r = Http.query(sparql, "SELECT (REPLACE(?x, \"o1\", \"X\") AS ?y) WHERE { <"
                + TestStore.EX + "s12> ?p ?x FILTER REGEX(?x, \"^O1\", \"i\") }", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("y", "X2"), r.body().lines().toList());
    }

    @Test
    void aQueryNestedAThousandLevelsIsABadRequest() {
        String deep = "SELECT * WHERE " + "{ ".repeat(1000) + "?s ?p ?o" + " }".repeat(1000);
        HttpResponse<String> r = Http.post(sparql, "application/sparql-query", deep);
        assertEquals(400, r.statusCode(), r.body());
        assertFalse(r.body().contains("StackOverflow"), r.body());
        String deepExpr = "SELECT * WHERE { ?s ?p ?o FILTER(" + "(".repeat(1000) + "1" + ")".repeat(1000) + ") }";
        assertEquals(400, Http.post(sparql, "application/sparql-query", deepExpr).statusCode());
    }

    @Test
    void aQueryOfMillionsOfCharactersIsABadRequest() {
        String huge = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(2_000_000);
        HttpResponse<String> r = Http.post(sparql, "application/sparql-query", huge);
        assertEquals(400, r.statusCode(), r.body());
    }

    @Test
    void ordinaryNestingIsFine() {
        String nested = "SELECT * WHERE " + "{ ".repeat(20) + "?s ?p \"o1\"" + " }".repeat(20);
        HttpResponse<String> r = Http.post(sparql, "application/sparql-query", nested);
        assertEquals(200, r.statusCode(), r.body());
    }
}
