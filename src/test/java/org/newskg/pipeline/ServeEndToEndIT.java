package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.RunningServer;
import org.newskg.serve.ServeSettings;

/** Articles in, real Fuseki on 127.0.0.1 out: the whole product, queried over HTTP. */
class ServeEndToEndIT {
    @TempDir
    Path tmp;

    @Test
    void ingestedPeopleAreQueryableOverHttp() throws Exception {
        Path store = tmp.resolve("store");
        CliRun ingest = CliRun.of("ingest", "--store", store.toString(), "src/test/resources/articles");
        assertEquals(0, ingest.exitCode(), ingest.err());

        try (RunningServer server = NewskgServer.start(ServeSettings.of(store).withPort(0))) {
            String query = "PREFIX schema: <http://schema.org/> SELECT ?name (COUNT(DISTINCT ?a) AS ?articles) "
                    + "WHERE { ?a schema:mentions ?p . ?p a schema:Person ; schema:name ?name } "
                    + "GROUP BY ?name ORDER BY DESC(?articles) ?name LIMIT 1";
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.queryUrls().get(0)
                            + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").GET().build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("name,articles\r\nKatrin Oster,2\r\n", response.body());
            assertTrue(server.baseUrl().startsWith("http://127.0.0.1:"));
        }
    }
}
