package org.newskg.publish;

import java.nio.file.Path;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.RunningServer;
import org.newskg.serve.ServeSettings;

/** The real server on a free port over a store, with its root URL (no final slash). */
record Served(RunningServer server, String root) implements AutoCloseable {
    static Served start(Path store) {
        RunningServer server = NewskgServer.start(ServeSettings.of(store).withPort(0));
        return new Served(server, server.baseUrl().substring(0, server.baseUrl().length() - 1));
    }

    String sparql() {
        return server.queryUrls().get(0);
    }

    @Override
    public void close() {
        server.close();
    }
}
