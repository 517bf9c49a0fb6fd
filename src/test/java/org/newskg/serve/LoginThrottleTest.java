package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After five wrong passwords a client must wait, and the wait grows; the right password clears it. */
class LoginThrottleTest {
    private static final String USER = "editor";
    private static final String PASSWORD = "seven orange kites";
    private static final String UPDATE = "application/sparql-update";
    private static final String INSERT = "INSERT DATA { GRAPH <" + TestStore.EX + "g> { <" + TestStore.EX
            + "t> <" + TestStore.EX + "p> 1 } }";

    @Test
    void wrongPasswordsAreSlowedDown(@TempDir Path tmp) throws Exception {
        Path store = TestStore.twoGraphs(tmp.resolve("store"));
        try (RunningServer server = NewskgServer.start(ServeSettings.of(store).withPort(0)
                .withUpdate(new UpdateAccount(USER, PASSWORD)))) {
            String update = server.baseUrl() + "newskg/update";
            for (int i = 0; i < 5; i++) {
                assertEquals(401, Http.postAs(USER, "guess" + i, update, UPDATE, INSERT).statusCode(), "try " + i);
            }
            // Now blocked for a second, even with the right password.
            HttpResponse<String> blocked = Http.postAs(USER, PASSWORD, update, UPDATE, INSERT);
            assertEquals(429, blocked.statusCode(), blocked.body());
            assertTrue(blocked.headers().firstValue("Retry-After").isPresent(), blocked.headers().toString());
            Thread.sleep(1200);
            assertEquals(401, Http.postAs(USER, "guess6", update, UPDATE, INSERT).statusCode());
            assertEquals(429, Http.postAs(USER, PASSWORD, update, UPDATE, INSERT).statusCode());
            Thread.sleep(2200);
            assertEquals(204, Http.postAs(USER, PASSWORD, update, UPDATE, INSERT).statusCode());
            // The right password cleared the record: wrong ones are free again.
            assertEquals(401, Http.postAs(USER, "guess7", update, UPDATE, INSERT).statusCode());
            assertEquals(204, Http.postAs(USER, PASSWORD, update, UPDATE, INSERT).statusCode());
        }
    }

    @Test
    void serverInformationIsRefusedToOtherMachines(@TempDir Path tmp) {
        Path store = TestStore.twoGraphs(tmp.resolve("store"));
        try (RunningServer server = NewskgServer.start(ServeSettings.of(store).withPort(0).withBehindProxy(true))) {
            for (String path : new String[] {"$/server", "$/stats", "$/stats/newskg"}) {
                HttpResponse<String> remote = Http.request("GET", server.baseUrl() + path, null,
                        "X-Forwarded-For", "203.0.113.9");
                assertEquals(403, remote.statusCode(), path);
            }
            assertEquals(200, Http.get(server.baseUrl() + "$/server", "application/json").statusCode());
            assertEquals(200, Http.get(server.baseUrl() + "newskg/sparql?query=ASK%7B%7D", "text/csv").statusCode());
        }
    }
}
