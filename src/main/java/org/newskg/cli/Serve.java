package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.server.Operation;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.NoStoreException;
import org.newskg.serve.RunningServer;
import org.newskg.serve.ServeConfig;
import org.newskg.serve.ServeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg serve}: the store over SPARQL, read-only, until Ctrl-C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Serves the store read-only over SPARQL with an embedded Apache Jena Fuseki, until Ctrl-C.",
            "Uses the same Fuseki configuration as the standalone Fuseki server (see docs/serving.md)."
        })
public final class Serve implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServeSettings.DEFAULT_HOST,
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServeSettings.DEFAULT_PORT,
            description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = ServeConfig.DEFAULT_FILE,
            description = "Fuseki configuration file (default: ${DEFAULT-VALUE}; "
                    + "falls back to the copy in the newskg jar). Its tdb2:location is replaced by --store.")
    Path config;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServeSettings settings = new ServeSettings(store.path(), host, port, config);
        if (!settings.isLoopback()) {
            err.println("newskg serve: warning: listening on " + host
                    + ", which other machines can reach; the endpoints have no authentication.");
            err.flush();
        }
        RunningServer server;
        try {
            server = NewskgServer.start(settings);
        } catch (NoStoreException e) {
            err.println("newskg serve: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "newskg-serve-stop"));
        printEndpoints(out, settings, server);
        server.join();
        return ExitCodes.OK;
    }

    private static void printEndpoints(PrintWriter out, ServeSettings settings, RunningServer server) {
        out.println("Serving " + settings.store().toAbsolutePath().normalize() + " (read-only)");
        server.queryUrls().forEach(url -> out.println("  SPARQL endpoint:  " + url));
        server.endpointUrls(Operation.GSP_R).forEach(url -> out.println("  Graph Store read: " + url));
        server.uiUrl().ifPresent(url -> out.println("  Web UI:           " + url));
        server.storeBaseIri().ifPresent(base -> {
            out.println("  Linked data:      " + server.baseUrl() + "id/...  for the IRIs " + base + "...");
            out.println("  Dataset (VoID):   " + server.baseUrl() + "void");
        });
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
