package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server-wide arq:queryTimeout of the config is applied. The config's
 * 30 s is replaced by 300 ms so a cross join that would run for hours is cut off fast.
 */
class QueryTimeoutTest {
    // 1000^3 rows to count: no answer before the timeout.
    private static final String CROSS_JOIN =
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";

    @Test
    void longQueryIsStoppedByTheConfiguredTimeout(@TempDir Path tmp) {
        Path store = TestStore.manyTriples(tmp.resolve("store"), 1000);
        Model config = ServeConfig.load(ServeConfig.DEFAULT_PATH);
        ServeConfig.pointAtStore(config, store);
        ConfigContext.set(config, "arq:queryTimeout", "300");

        try (RunningServer server = NewskgServer.start(config, ServeSettings.DEFAULT_HOST, 0)) {
            Instant start = Instant.now();
            HttpResponse<String> r = Http.query(server.queryUrls().get(0), CROSS_JOIN, "text/csv", Duration.ofSeconds(60));
            Duration took = Duration.between(start, Instant.now());
            assertEquals(503, r.statusCode(), r.body());
            // Generous for a loaded machine; without the limit this count runs for hours.
            assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "took " + took);
        }
    }
}
