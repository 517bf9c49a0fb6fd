package org.newskg.serve;

import java.net.BindException;
import java.util.Optional;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.rdf.model.Model;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.newskg.publish.LinkedData;
import org.newskg.serve.module.NewskgFusekiModule;
import org.newskg.store.FullText;
import org.newskg.store.LegacySources;
import org.newskg.workbench.Workbench;

/**
 * Starts an embedded Fuseki on the newskg store, configured by the same
 * {@code fuseki-config/config.ttl} as the standalone Fuseki server.
 */
public final class NewskgServer {
    private NewskgServer() {}

    /**
     * Checks the store, loads and adjusts the config, and starts Fuseki.
     *
     * @throws NoStoreException when {@code settings.store()} holds no TDB2 store
     */
    public static RunningServer start(ServeSettings settings) {
        StoreCheck.requireStore(settings.store());
        Model config = ServeConfig.load(settings.config());
        ServeConfig.pointAtStore(config, settings.store());
        try {
            LegacySources.prepare(settings.store());
            FullText.prepare(settings.store());
            return start(config, settings.host(), settings.port(), settings.update(), settings.behindProxy());
        } catch (RuntimeException e) {
            throw explainFailure(e, settings);
        }
    }

    // Fuseki reports the two usual failures (store locked by another process,
    // port taken) deep inside wrapper exceptions; say them in our terms.
    private static RuntimeException explainFailure(RuntimeException e, ServeSettings settings) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DBOpEnvException || t instanceof LockObtainFailedException) {
                return new IllegalStateException("cannot open the store at " + settings.store() + ": "
                        + t.getMessage() + " (is another newskg command or Fuseki using it?)", e);
            }
            if (t instanceof BindException) {
                // "Address already in use" is the port; anything else ("Cannot assign requested
                // address") is a host that is not an address of this machine.
                boolean portTaken = String.valueOf(t.getMessage()).contains("in use");
                return new IllegalStateException("cannot listen on " + settings.host() + ":" + settings.port()
                        + ": " + t.getMessage() + (portTaken ? " (use --port to pick another port)"
                        : " (--host must be an address of this machine, or 0.0.0.0 for all of them)"), e);
            }
        }
        return e;
    }

    /** Starts a read-only Fuseki from a ready config model (the store location already set). */
    public static RunningServer start(Model config, String host, int port) {
        return start(config, host, port, Optional.empty());
    }

    /**
     * Starts Fuseki from a ready config model (the store location already set); with an
     * {@code update} account, also the SPARQL Update and Graph Store read-write endpoints,
     * open to that account only.
     */
    public static RunningServer start(Model config, String host, int port, Optional<UpdateAccount> update) {
        return start(config, host, port, update, false);
    }

    /**
     * As {@link #start(Model, String, int, Optional)}; with {@code behindProxy}, the scheme, host
     * and port of every request, and so every absolute URL the server writes, are taken from a
     * reverse proxy's {@code Forwarded} or {@code X-Forwarded-*} headers.
     */
    public static RunningServer start(Model config, String host, int port, Optional<UpdateAccount> update,
                                      boolean behindProxy) {
        FullText.useTdb2QueryEngine();
        FusekiServer.Builder builder = FusekiServer.create()
                .parseConfig(config)
                .port(port)
                .enablePing(true);
        // The config's limits, the refusal of LOAD and SERVICE, CORS for reads only and the
        // request guards: the same module the standalone Fuseki server loads (docs/serving.md).
        builder.fusekiModules(FusekiModules.create(new NewskgFusekiModule()));
        update.ifPresent(account -> WriteEndpoints.addTo(builder, ServeConfig.serviceName(config), account));
        // newskg's own start, query, search and browse pages; Fuseki's UI only for its edit and
        // upload pages, so only when there is something to edit.
        Workbench.addTo(builder, ServeConfig.serviceName(config), update.isPresent());
        FusekiUi.addTo(builder, update.isPresent());
        LinkedData.addTo(builder);
        FusekiServer server = builder.build();
        bindTo(server, host);
        if (behindProxy) {
            trustForwardedHeaders(server);
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            stopQuietly(server, e); // a half-started Jetty would keep its threads
            throw e;
        }
        return new RunningServer(server, host, true);
    }

    // Jetty rewrites each request's scheme, host, port and client address from the proxy's
    // headers, so request URLs (VoID's addresses) and redirects name the public address.
    private static void trustForwardedHeaders(FusekiServer server) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().addCustomizer(new ForwardedRequestCustomizer());
            }
        }
    }

    private static void stopQuietly(FusekiServer server, RuntimeException cause) {
        try {
            server.stop();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    // The builder can only choose between "localhost" (which may resolve to
    // ::1) and all interfaces, so set the host on Jetty's connector ourselves
    // between build() and start().
    private static void bindTo(FusekiServer server, String host) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(host);
            }
        }
    }
}
