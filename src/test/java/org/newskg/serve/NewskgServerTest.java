package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.server.Operation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real embedded server on a real TDB2 store, queried over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewskgServerTest {
    private static final String CSV = "text/csv";
    private static final String JSON = "application/sparql-results+json";
    private static final String ALL_SUBJECTS = "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    private Path store;
    private RunningServer server;
    private String sparql;

    @BeforeAll
    void start(@TempDir Path tmp) {
        store = TestStore.twoGraphs(tmp.resolve("store"));
        server = NewskgServer.start(ServeSettings.of(store).withPort(0));
        sparql = server.baseUrl() + "newskg/sparql";
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() {
        HttpResponse<String> r = Http.query(sparql, ALL_SUBJECTS, CSV);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("s", TestStore.EX + "alice", TestStore.EX + "bob", TestStore.EX + "carol"),
                r.body().lines().toList());
    }

    @Test
    void csvByAcceptHeader() {
        HttpResponse<String> r = Http.query(sparql, ALL_SUBJECTS, CSV);
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith(CSV), contentType(r));
        assertTrue(r.body().startsWith("s\r\n"), r.body());
    }

    @Test
    void jsonByAcceptHeader() {
        HttpResponse<String> r = Http.query(sparql, ALL_SUBJECTS, JSON);
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith(JSON), contentType(r));
        assertTrue(r.body().contains("\"bindings\""), r.body());
        assertTrue(r.body().contains(TestStore.EX + "carol"), r.body());
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({
        "application/sparql-results+json, \"value\": \"http://example.org/carol\"",
        "application/sparql-results+xml,  <uri>http://example.org/carol</uri>",
        "text/csv,                        http://example.org/carol",
        "text/tab-separated-values,       <http://example.org/carol>",
    })
    void selectInEveryResultFormat(String accept, String carol) {
        HttpResponse<String> r = Http.query(sparql, ALL_SUBJECTS, accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith(accept), contentType(r));
        assertTrue(r.body().contains(carol), r.body());
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({
        "text/turtle,           \"Carol\"",
        "application/n-triples, <http://example.org/carol> <http://schema.org/name> \"Carol\" .",
        "application/ld+json,   \"Carol\"",
        "application/rdf+xml,   >Carol</",
        "application/n-quads,   <http://example.org/carol> <http://schema.org/name> \"Carol\"",
    })
    void constructInEveryRdfFormat(String accept, String carol) {
        HttpResponse<String> r = Http.query(sparql, "CONSTRUCT WHERE { ?s ?p ?o }", accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith(accept), contentType(r));
        assertTrue(r.body().contains(carol), r.body());
    }

    @Test
    void namesAreFoundByFullTextSearchInAStoreIndexedWhenServed() {
        HttpResponse<String> r = Http.query(sparql, "PREFIX text: <http://jena.apache.org/text#> "
                + "SELECT ?s WHERE { ?s text:query (<http://schema.org/name> \"carol\") }", CSV);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("s", TestStore.EX + "carol"), r.body().lines().toList());
    }

    @Test
    void askAnswersTrueOrFalse() {
        HttpResponse<String> yes = Http.query(sparql, "ASK { ?s ?p \"Carol\" }", JSON);
        assertTrue(yes.body().contains("true"), yes.body());
        HttpResponse<String> no = Http.query(sparql, "ASK { ?s ?p \"Nobody\" }", "text/csv");
        assertTrue(no.body().contains("false"), no.body());
    }

    @Test
    void serviceToAnotherEndpointIsRefusedWithoutAnyConnection() throws Exception {
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(1500);
            String remote = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
            HttpResponse<String> r = Http.query(sparql, "SELECT * WHERE { SERVICE <" + remote + "> { ?s ?p ?o } }", CSV);
            assertEquals(422, r.statusCode(), r.body()); // as docs/serving.md says
            // Nobody knocked on the would-be remote endpoint.
            assertThrows(java.net.SocketTimeoutException.class, listener::accept);
        }
    }

    @Test
    void browserToolsOnOtherOriginsMayRead() {
        HttpResponse<String> r = Http.getFrom("http://viewer.example", sparql + "?query="
                + java.net.URLEncoder.encode(ALL_SUBJECTS, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        // Every origin may read, without credentials: "*", never an echo of the origin.
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), r.headers().toString());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), r.headers().toString());
    }

    @Test
    void queryEndpointAlsoUnderConventionalNameAndByPost() {
        HttpResponse<String> r = Http.post(server.baseUrl() + "newskg/query",
                "application/sparql-query", ALL_SUBJECTS);
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void graphStoreReadReturnsOneNamedGraph() {
        String url = server.baseUrl() + "newskg/get?graph=" + TestStore.G2.getURI();
        HttpResponse<String> r = Http.get(url, "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"Carol\""), r.body());
        assertFalse(r.body().contains("Alice"), r.body());
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "POST, newskg/sparql, application/sparql-update",
        "POST, newskg/sparql, application/x-www-form-urlencoded",
        "POST, newskg/query,  application/sparql-update",
        "POST, newskg,        application/sparql-update",
        "POST, newskg,        application/x-www-form-urlencoded",
        "POST, newskg/update, application/sparql-update",
        "PUT,  newskg/get?default, text/turtle",
        "POST, newskg/get?default, text/turtle",
        "PUT,  newskg?default, text/turtle",
    })
    void writesAreRefusedAndChangeNothing(String method, String path, String contentType) {
        String insert = "INSERT DATA { GRAPH <" + TestStore.EX + "graph/3> { <" + TestStore.EX + "x> <"
                + TestStore.EX + "name> \"X\" } }";
        String body = switch (contentType) {
            case "application/sparql-update" -> insert;
            case "application/x-www-form-urlencoded" -> Http.form("update", insert);
            default -> "<" + TestStore.EX + "x> <" + TestStore.EX + "name> \"X\" .";
        };
        String url = server.baseUrl() + path;
        HttpResponse<String> r = method.equals("PUT")
                ? Http.put(url, contentType, body)
                : Http.post(url, contentType, body);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                method + " " + path + " gave " + r.statusCode() + ": " + r.body());
        HttpResponse<String> count = Http.query(sparql, COUNT, CSV);
        assertEquals(List.of("n", "3"), count.body().lines().toList());
    }

    /** The statuses docs/serving.md ("Read-only by default") promises for writes to a read-only server. */
    @Test
    void refusedWritesGetTheDocumentedStatuses() {
        String insert = "INSERT DATA { <" + TestStore.EX + "x> <" + TestStore.EX + "name> \"X\" }";
        String update = server.baseUrl() + "newskg/update";
        int toQuery = Http.post(sparql, "application/sparql-update", insert).statusCode();
        assertTrue(toQuery == 400 || toQuery == 415, "an update to the query endpoint gave " + toQuery);
        String triple = "<" + TestStore.EX + "x> <" + TestStore.EX + "name> \"X\" .";
        assertEquals(405, Http.post(server.baseUrl() + "newskg/get?default", "text/turtle", triple).statusCode());
        assertEquals(405, Http.put(server.baseUrl() + "newskg/get?default", "text/turtle", triple).statusCode());
        assertEquals(404, Http.get(update, "text/plain").statusCode());
        assertEquals(404, Http.post(update, "application/sparql-update", insert).statusCode());
        assertEquals(403, Http.post(update, "application/x-www-form-urlencoded", Http.form("update", insert)).statusCode());
    }

    @ParameterizedTest
    @CsvSource({"$/datasets", "$/backup/newskg", "$/compact/newskg", "$/tasks", "$/upload"})
    void hasNoAdminApi(String path) {
        assertEquals(404, Http.get(server.baseUrl() + path, "application/json").statusCode(), path);
        // A form post that does not come from the server's own pages is refused as a write (403);
        // from them, unknown paths fall through to the UI's static files, which allow only GET.
        HttpResponse<String> r = Http.post(server.baseUrl() + path, "application/x-www-form-urlencoded", "");
        assertEquals(403, r.statusCode(), path);
        String own = server.baseUrl().substring(0, server.baseUrl().length() - 1);
        r = Http.request("POST", server.baseUrl() + path, "", "Content-Type", "application/x-www-form-urlencoded",
                "Origin", own);
        assertTrue(r.statusCode() == 404 || r.statusCode() == 405, path + " gave " + r.statusCode());
    }

    @Test
    void offersOnlyReadOperations() {
        assertEquals(Set.of(Operation.Query, Operation.GSP_R), Set.copyOf(server.operations()));
        assertEquals(List.of(server.baseUrl() + "newskg/sparql", server.baseUrl() + "newskg/query"),
                server.queryUrls());
    }

    @Test
    void listensOnLoopbackOnlyByDefault() {
        assertEquals("127.0.0.1", server.host());
        List<InetSocketAddress> bound = server.boundAddresses();
        assertFalse(bound.isEmpty());
        for (InetSocketAddress a : bound) {
            assertEquals("127.0.0.1", a.getAddress().getHostAddress(), a.toString());
            assertEquals(server.port(), a.getPort());
        }
        assertTrue(server.port() > 0);
        assertTrue(server.baseUrl().startsWith("http://127.0.0.1:" + server.port() + "/"));
    }

    @Test
    void servesTheUi() {
        assertEquals(server.baseUrl(), server.uiUrl().orElseThrow());
        HttpResponse<String> index = Http.get(server.baseUrl(), "text/html");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<title>Start · newskg</title>"), index.body());
        // Fuseki's own UI, with its edit and upload pages, only on a server that takes updates.
        assertEquals(404, Http.get(server.baseUrl() + "index.html", "text/html").statusCode());
        assertEquals(200, Http.get(server.baseUrl() + "$/ping", "text/plain").statusCode());
        HttpResponse<String> status = Http.get(server.baseUrl() + "$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("/newskg"), status.body());
    }

    @Test
    void queriesTheCommandLineAcceptsRunHereTooAndBrowsersGetTheQueryPage() {
        String sparql = server.queryUrls().get(0);
        String q = java.net.URLEncoder.encode("# no PREFIX lines\nASK { ?s schema:name ?n ; owl:sameAs* ?s }",
                java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> asked = Http.get(sparql + "?query=" + q, "application/sparql-results+json");
        assertEquals(200, asked.statusCode(), asked.body());
        HttpResponse<String> browser = Http.get(sparql, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(303, browser.statusCode());
        assertEquals("/query", browser.headers().firstValue("Location").orElse(""));
        assertEquals(200, Http.get(server.baseUrl() + "query", "text/html").statusCode());
    }

    @Test
    void storeInUseIsExplained() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NewskgServer.start(ServeSettings.of(store).withPort(0)));
        assertTrue(e.getMessage().startsWith("cannot open the store at " + store), e.getMessage());
    }

    @Test
    void portInUseIsExplained(@TempDir Path tmp) {
        Path other = TestStore.twoGraphs(tmp.resolve("other"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NewskgServer.start(ServeSettings.of(other).withPort(server.port())));
        assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + server.port() + ": "), e.getMessage());
    }

    private static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }
}
