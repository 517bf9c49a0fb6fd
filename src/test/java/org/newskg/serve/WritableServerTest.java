package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.server.Operation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newskg serve} with update enabled: the real server on an ephemeral port, written to
 * and read from over HTTP. Writes need the account's password; LOAD and SERVICE stay refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WritableServerTest {
    private static final String USER = "editor";
    private static final String PASSWORD = "correct horse battery staple";
    private static final String UPDATE = "application/sparql-update";
    private static final String CSV = "text/csv";

    private RunningServer server;
    private String sparql;
    private String update;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        Path store = TestStore.twoGraphs(tmp.resolve("store"));
        Path passwordFile = Files.writeString(tmp.resolve("password"), PASSWORD + "\n");
        ServeSettings settings = ServeSettings.of(store).withPort(0)
                .withUpdate(UpdateAccount.withPasswordFile(USER, passwordFile));
        server = NewskgServer.start(settings);
        sparql = server.baseUrl() + "newskg/sparql";
        update = server.baseUrl() + "newskg/update";
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String insertName(String local, String name) {
        return "INSERT DATA { GRAPH <" + TestStore.EX + "graph/" + local + "> { <" + TestStore.EX + local + "> <"
                + TestStore.NAME.getURI() + "> \"" + name + "\" } }";
    }

    private List<String> namesOf(String local) {
        HttpResponse<String> r = Http.query(sparql, "SELECT ?n WHERE { <" + TestStore.EX + local + "> <"
                + TestStore.NAME.getURI() + "> ?n }", CSV);
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().skip(1).toList();
    }

    @Test
    void offersUpdateAndGraphStoreWriteBesideTheReadEndpoints() {
        assertEquals(Set.of(Operation.Query, Operation.GSP_R, Operation.Update, Operation.GSP_RW),
                Set.copyOf(server.operations()));
        assertEquals(List.of(update), server.endpointUrls(Operation.Update));
    }

    @Test
    void theStartPageShowsHowToEditOnlyHere() {
        var start = Http.get(server.baseUrl(), "text/html");
        assertEquals(200, start.statusCode());
        assertTrue(start.body().contains("Add data") && start.body().contains(update), start.body());
        // Fuseki's own UI, for its edit and upload pages.
        assertEquals(200, Http.get(server.baseUrl() + "index.html", "text/html").statusCode());
    }

    @Test
    void updateWithoutCredentialsIsChallengedAndChangesNothing() {
        HttpResponse<String> r = Http.post(update, UPDATE, insertName("anon", "Anonymous"));
        assertEquals(401, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), r.headers().toString());
        assertEquals(List.of(), namesOf("anon"));
    }

    @Test
    void updateWithAWrongPasswordIsRefused() {
        HttpResponse<String> r = Http.postAs(USER, "guess", update, UPDATE, insertName("guess", "Guess"));
        assertEquals(401, r.statusCode(), r.body());
        assertEquals(List.of(), namesOf("guess"));
    }

    @Test
    void updateWithCredentialsIsApplied() {
        HttpResponse<String> r = Http.postAs(USER, PASSWORD, update, UPDATE, insertName("dora", "Dora"));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
        assertEquals(List.of("Dora"), namesOf("dora"));
    }

    @Test
    void namesWrittenOverHttpAreFoundByFullTextSearch() {
        Http.postAs(USER, PASSWORD, update, UPDATE, insertName("zofia", "Zofia Markowska"));
        HttpResponse<String> r = Http.query(sparql, "PREFIX text: <http://jena.apache.org/text#> "
                + "SELECT ?s WHERE { ?s text:query (<http://schema.org/name> \"markowska\") }", CSV);
        assertEquals(List.of("s", TestStore.EX + "zofia"), r.body().lines().toList());
        Http.postAs(USER, PASSWORD, update, UPDATE, "DROP GRAPH <" + TestStore.EX + "graph/zofia>");
        r = Http.query(sparql, "PREFIX text: <http://jena.apache.org/text#> "
                + "SELECT ?s WHERE { ?s text:query (<http://schema.org/name> \"markowska\") }", CSV);
        assertEquals(List.of("s"), r.body().lines().toList());
    }

    @Test
    void updateByHtmlFormNeedsToComeFromTheServersOwnPages() {
        String form = Http.form("update", insertName("emil", "Emil"));
        HttpResponse<String> anywhere = Http.postAs(USER, PASSWORD, update, "application/x-www-form-urlencoded", form);
        assertEquals(403, anywhere.statusCode(), anywhere.body());
        assertEquals(List.of(), namesOf("emil"));
        String own = server.baseUrl().substring(0, server.baseUrl().length() - 1);
        HttpResponse<String> r = Http.request("POST", update, form, "Content-Type", "application/x-www-form-urlencoded",
                "Authorization", Http.basic(USER, PASSWORD), "Origin", own);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("Emil"), namesOf("emil"));
    }

    @Test
    void graphStoreWriteNeedsCredentials() {
        String url = server.baseUrl() + "newskg/data?graph=" + TestStore.EX + "graph/gsp";
        String turtle = "<" + TestStore.EX + "gsp> <" + TestStore.NAME.getURI() + "> \"Gus\" .";
        assertEquals(401, Http.put(url, "text/turtle", turtle).statusCode());
        assertEquals(List.of(), namesOf("gsp"));
        HttpResponse<String> r = Http.putAs(USER, PASSWORD, url, "text/turtle", turtle);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201 || r.statusCode() == 204, r.statusCode() + " " + r.body());
        assertEquals(List.of("Gus"), namesOf("gsp"));
    }

    @Test
    void theQueryEndpointStillRefusesUpdatesAndNeedsNoPassword() {
        HttpResponse<String> r = Http.post(sparql, UPDATE, insertName("sneak", "Sneak"));
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        assertEquals(List.of(), namesOf("sneak"));
        assertEquals(List.of("Alice"), namesOf("alice"));
    }

    @Test
    void loadOfARemoteUrlIsRefusedWithoutAnyConnection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(1500);
            String remote = "http://127.0.0.1:" + listener.getLocalPort() + "/data.ttl";
            HttpResponse<String> r = Http.postAs(USER, PASSWORD, update, UPDATE,
                    "LOAD <" + remote + "> INTO GRAPH <" + TestStore.EX + "graph/loaded>");
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.body().contains("LOAD is not allowed"), r.body());
            assertThrows(SocketTimeoutException.class, listener::accept);
        }
    }

    @Test
    void loadOfALocalFileIsRefused(@TempDir Path tmp) throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.ttl"),
                "<" + TestStore.EX + "secret> <" + TestStore.NAME.getURI() + "> \"Secret\" .");
        // A LOAD hidden after a harmless operation in the same request is refused as a whole.
        HttpResponse<String> r = Http.postAs(USER, PASSWORD, update, UPDATE,
                insertName("first", "First") + " ;\nLOAD <" + secret.toUri() + ">");
        assertEquals(403, r.statusCode(), r.body());
        assertEquals(List.of(), namesOf("secret"));
        assertEquals(List.of(), namesOf("first"));
    }

    @Test
    void serviceInsideAnUpdateIsRefusedWithoutAnyConnection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(1500);
            String remote = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
            HttpResponse<String> r = Http.postAs(USER, PASSWORD, update, UPDATE,
                    "INSERT { GRAPH <" + TestStore.EX + "graph/copied> { ?s ?p ?o } } WHERE { SERVICE <" + remote
                            + "> { ?s ?p ?o } }");
            assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
            assertThrows(SocketTimeoutException.class, listener::accept);
        }
    }

    @Test
    void thePasswordIsNotInTheAccountsTextForm() {
        assertFalse(new UpdateAccount(USER, PASSWORD).toString().contains(PASSWORD));
    }
}
