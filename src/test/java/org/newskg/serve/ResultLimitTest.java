package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.serve.module.LimitedQuery;
import org.newskg.serve.module.NewskgFusekiModule;

/**
 * The config's newskg:resultLimit caps every answer of the real server. The config's 10 000 is
 * replaced by 100 over a store of 1000 triples.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultLimitTest {
    private static final int LIMIT = 100;

    private RunningServer server;
    private String sparql;

    @BeforeAll
    void start(@TempDir Path tmp) {
        Path store = TestStore.manyTriples(tmp.resolve("store"), 1000);
        Model config = ServeConfig.load(ServeConfig.DEFAULT_PATH);
        ServeConfig.pointAtStore(config, store);
        ConfigContext.set(config, NewskgFusekiModule.RESULT_LIMIT, String.valueOf(LIMIT));
        server = NewskgServer.start(config, ServeSettings.DEFAULT_HOST, 0);
        sparql = server.queryUrls().get(0);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private long csvRows(String query) {
        HttpResponse<String> r = Http.query(sparql, query, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().count() - 1;
    }

    @Test
    void theConfigSetsALimit() {
        assertEquals(OptionalLong.of(10_000), NewskgFusekiModule.resultLimit(ServeConfig.load(ServeConfig.DEFAULT_PATH)));
    }

    @Test
    void aSelectWithoutLimitIsCut() {
        assertEquals(LIMIT, csvRows("SELECT * WHERE { ?s ?p ?o }"));
    }

    @Test
    void aLargerLimitIsCutToo() {
        assertEquals(LIMIT, csvRows("SELECT * WHERE { ?s ?p ?o } LIMIT 5000"));
    }

    @Test
    void aSmallerLimitIsKept() {
        assertEquals(7, csvRows("SELECT * WHERE { ?s ?p ?o } LIMIT 7"));
    }

    @Test
    void pagesReachEveryRow() {
        assertEquals(LIMIT, csvRows("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s OFFSET 900"));
        assertEquals(50, csvRows("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s OFFSET 950"));
    }

    @Test
    void aggregatesStillSeeEverything() {
        HttpResponse<String> r = Http.query(sparql, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv");
        assertEquals("1000", r.body().lines().skip(1).findFirst().orElse(""), r.body());
    }

    @Test
    void aConstructIsCut() {
        HttpResponse<String> r = Http.query(sparql, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(LIMIT, r.body().lines().filter(l -> !l.isBlank()).count());
    }

    @Test
    void askIsLeftAlone() {
        Query ask = QueryFactory.create("ASK { ?s ?p ?o }");
        assertTrue(LimitedQuery.capped(ask, 1) == ask);
    }
}
