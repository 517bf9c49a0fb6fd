package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A query that Jena cannot spill to disk, a GROUP BY over the cross product of a 12,000-triple
 * store (millions of groups), against the standalone Fuseki with newskg's module in a 128 MB heap
 * and a time limit of five minutes, so that only memory can end it. The memory guard
 * cancels it with a 503, the server answers the next query, and no OutOfMemoryError happens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemoryGuardIT {
    private static final String CSV = "text/csv";
    private static final Duration LIMIT = Duration.ofMinutes(5);
    private Process fuseki;
    private Path log;
    private String sparql;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("data/store");
        TestStore.hostile(store, 12_000);
        TDBInternal.expel(TDB2Factory.connectDataset(store.toString()).asDatasetGraph());
        Model config = ServeConfig.load(ServeConfig.DEFAULT_PATH);
        ConfigContext.set(config, "arq:queryTimeout", String.valueOf(LIMIT.toMillis()));
        Path configFile = tmp.resolve("config.ttl");
        try (var out = Files.newOutputStream(configFile)) {
            config.write(out, "TURTLE");
        }
        int port = StandaloneFusekiIT.freePort();
        sparql = "http://localhost:" + port + "/newskg/sparql";
        log = tmp.resolve("fuseki.log");
        fuseki = StandaloneFusekiIT.fusekiProcess(tmp, "fuseki.log", "128m", List.of("-cp",
                StandaloneFusekiIT.jar("newskg.fusekiServerJar") + File.pathSeparator
                        + StandaloneFusekiIT.jar("newskg.fusekiModuleJar"),
                "org.apache.jena.fuseki.main.cmds.FusekiServerCmd", "--modules=true", "--config", configFile.toString(),
                "--localhost", "--port", String.valueOf(port)));
        StandaloneFusekiIT.awaitReady(fuseki, log, "http://localhost:" + port + "/");
    }

    @AfterAll
    void stop() throws InterruptedException {
        StandaloneFusekiIT.stop(fuseki);
    }

    @Test
    void aGroupByThatFillsTheHeapIsCancelledAndTheServerLivesOn() throws Exception {
        String attack = "SELECT ?c ?f (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f } GROUP BY ?c ?f";
        long start = System.nanoTime();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sparql
                        + "?query=" + URLEncoder.encode(attack, StandardCharsets.UTF_8)))
                .header("Accept", CSV).timeout(LIMIT).build(), HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - start) / 1_000_000;
        String text = Files.readString(log);
        assertFalse(text.contains("OutOfMemoryError"),
                text.lines().filter(l -> l.contains("OutOfMemory")).findFirst().orElse(""));
        assertEquals(503, answer.statusCode(), answer.body());
        assertTrue(text.contains("after a collection; cancelled"), "the guard ended it (after " + ms + " ms)");
        assertTrue(fuseki.isAlive());
        HttpResponse<String> simple = Http.query(sparql, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", CSV);
        assertEquals(200, simple.statusCode(), simple.body());
    }
}
