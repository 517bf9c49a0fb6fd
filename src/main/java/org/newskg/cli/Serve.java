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
import org.newskg.serve.UpdateAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newskg serve}: the store over SPARQL, read-only unless update is enabled with a password, until Ctrl-C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Serves the store read-only over SPARQL with an embedded Apache Jena Fuseki, until Ctrl-C.",
            "With --allow-update, SPARQL Update and Graph Store writes are open to one password-protected user.",
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

    @Option(names = "--allow-update",
            description = "Also offer SPARQL Update (/newskg/update) and Graph Store writes (/newskg/data), "
                    + "for --user with the password of --password-file or $" + UpdateAccount.PASSWORD_ENV
                    + " (HTTP Basic authentication). LOAD stays refused.")
    boolean allowUpdate;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "editor",
            description = "The user allowed to write with --allow-update (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is that user's password (else $" + UpdateAccount.PASSWORD_ENV + ").")
    Path passwordFile;

    @Option(names = "--behind-proxy",
            description = "Behind a reverse proxy (e.g. nginx with TLS): take the public scheme, host and port "
                    + "from its Forwarded / X-Forwarded-Proto / X-Forwarded-Host headers, for redirects and the "
                    + "absolute URLs the server writes. Only when clients can reach the server through the proxy "
                    + "alone: anyone else could send those headers.")
    boolean behindProxy;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServeSettings settings = new ServeSettings(store.path(), host, port, config).withBehindProxy(behindProxy);
        if (allowUpdate) {
            settings = settings.withUpdate(updateAccount());
        } else if (passwordFile != null) {
            throw new ParameterException(spec.commandLine(), "--password-file needs --allow-update");
        }
        if (!settings.isLoopback()) {
            err.println("newskg serve: warning: listening on " + host + ", which other machines can reach; "
                    + "reads need no authentication" + (allowUpdate ? ", and the password travels unencrypted"
                    + " over plain HTTP: put a TLS proxy in front." : "."));
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

    private UpdateAccount updateAccount() {
        if (passwordFile != null) {
            return UpdateAccount.withPasswordFile(user, passwordFile);
        }
        String password = System.getenv(UpdateAccount.PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "--allow-update needs a password: --password-file FILE or $" + UpdateAccount.PASSWORD_ENV);
        }
        return new UpdateAccount(user, password);
    }

    private static void printEndpoints(PrintWriter out, ServeSettings settings, RunningServer server) {
        String mode = settings.update().map(a -> "update allowed for user " + a.user()).orElse("read-only");
        out.println("Serving " + settings.store().toAbsolutePath().normalize() + " (" + mode + ")");
        server.queryUrls().forEach(url -> out.println("  SPARQL endpoint:  " + url));
        server.endpointUrls(Operation.GSP_R).forEach(url -> out.println("  Graph Store read: " + url));
        server.endpointUrls(Operation.Update).forEach(url -> out.println("  SPARQL Update:    " + url));
        server.endpointUrls(Operation.GSP_RW).forEach(url -> out.println("  Graph Store r/w:  " + url));
        server.uiUrl().ifPresent(url -> out.println("  Start page:       " + url + "  (search, query editor, browse)"));
        server.storeBaseIri().ifPresent(base -> {
            out.println("  Linked data:      " + server.baseUrl() + "id/...  for the IRIs " + base + "...");
            out.println("  Dataset (VoID):   " + server.baseUrl() + "void");
        });
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
