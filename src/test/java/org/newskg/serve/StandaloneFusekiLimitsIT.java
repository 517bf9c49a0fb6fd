package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module's limits in the real standalone {@code jena-fuseki-server} 5.6.0 jar, started as
 * docs/serving.md says, on a store written directly (no CoreNLP: see {@link StandaloneFusekiIT}
 * for the store built by ingest), with the time limit lowered to 3 s: the sort and regex attacks
 * end with 503 by the limit + 5 s, a query nested a thousand levels is a 400, reads carry
 * {@code Access-Control-Allow-Origin: *} without credentials, a write from another origin is
 * refused with the password, TRACE is refused and a malformed Basic header is a 400.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneFusekiLimitsIT {
    private static final long TIMEOUT_MS = 3000;
    private static final String CSV = "text/csv";
    private static final String UPDATE_TYPE = "application/sparql-update";
    private static final String EVIL = "https://evil.example";

    private Process fuseki;
    private String root;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("data/store"); // the config's own relative location
        TestStore.hostile(store, 12_000);
        TDBInternal.expel(TDB2Factory.connectDataset(store.toString()).asDatasetGraph()); // let the server lock it
        Model config = ServeConfig.load(ServeConfig.DEFAULT_PATH);
        ConfigContext.set(config, "arq:queryTimeout", String.valueOf(TIMEOUT_MS));
        Path configFile = StandaloneFusekiIT.withUpdateEndpoint(tmp.resolve("config.ttl"), config);
        Files.writeString(tmp.resolve("passwd"), StandaloneFusekiIT.USER + ": " + StandaloneFusekiIT.PASSWORD + "\n");
        int port = StandaloneFusekiIT.freePort();
        root = "http://localhost:" + port + "/";
        fuseki = StandaloneFusekiIT.fusekiProcess(tmp, "fuseki.log", List.of("-cp",
                StandaloneFusekiIT.jar("newskg.fusekiServerJar") + File.pathSeparator
                        + StandaloneFusekiIT.jar("newskg.fusekiModuleJar"),
                "org.apache.jena.fuseki.main.cmds.FusekiServerCmd", "--modules=true", "--config", configFile.toString(),
                "--localhost", "--port", String.valueOf(port), "--passwd", "passwd", "--auth=basic"));
        StandaloneFusekiIT.awaitReady(fuseki, tmp.resolve("fuseki.log"), root);
    }

    @AfterAll
    void stop() throws InterruptedException {
        StandaloneFusekiIT.stop(fuseki);
    }

    private String sparql() {
        return root + "newskg/sparql";
    }

    @Test
    void sortAndRegexAttacksEndWith503ByTheLimit() {
        for (String attack : List.of("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f",
                "SELECT ?x WHERE { ?s ?p ?x FILTER REGEX(?x, \"a*a*a*a*!\") }")) {
            long start = System.nanoTime();
            HttpResponse<String> answer = Http.query(sparql(), attack, CSV, Duration.ofMinutes(1));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, answer.statusCode(), attack + ": " + answer.body());
            // Generous for a loaded machine (speed is measured in PERFORMANCE.md); without the limit these run for minutes.
            assertTrue(ms < TIMEOUT_MS + 27_000, attack + " took " + ms + " ms");
        }
    }

    @Test
    void theModulesRequestRulesHold() {
        String deep = "SELECT * WHERE " + "{ ".repeat(1000) + " }".repeat(1000);
        assertEquals(400, Http.post(sparql(), "application/sparql-query", deep).statusCode());
        HttpResponse<String> read = Http.request("GET", sparql() + "?query=ASK%7B%7D", null, "Origin", EVIL);
        assertEquals(200, read.statusCode());
        assertEquals("*", read.headers().firstValue("Access-Control-Allow-Origin").orElse(""), read.headers().toString());
        assertTrue(read.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), read.headers().toString());
        String insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }";
        String basic = Http.basic(StandaloneFusekiIT.USER, StandaloneFusekiIT.PASSWORD);
        HttpResponse<String> csrf = Http.request("POST", root + "newskg/update", insert,
                "Content-Type", UPDATE_TYPE, "Authorization", basic, "Origin", EVIL);
        assertEquals(403, csrf.statusCode(), csrf.body());
        assertEquals(204, Http.request("POST", root + "newskg/update", insert,
                "Content-Type", UPDATE_TYPE, "Authorization", basic).statusCode());
        assertEquals(405, Http.request("TRACE", sparql(), null).statusCode());
        assertEquals(400, Http.request("POST", root + "newskg/update", insert,
                "Content-Type", UPDATE_TYPE, "Authorization", "Basic !!!").statusCode());
    }
}
