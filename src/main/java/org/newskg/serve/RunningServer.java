package org.newskg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newskg.store.ServedStore;

/** A started server: where it listens, what it offers, and how to stop it. */
public final class RunningServer implements AutoCloseable {
    private final FusekiServer server;
    private final String host;
    private final boolean ui;

    RunningServer(FusekiServer server, String host, boolean ui) {
        this.server = server;
        this.host = host;
        this.ui = ui;
    }

    /** The actual port, also when port 0 was asked for. */
    public int port() {
        return server.getPort();
    }

    public String host() {
        return host;
    }

    /** {@code http://HOST:PORT/}. */
    public String baseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** URL of the web UI, if the UI jar was found. */
    public Optional<String> uiUrl() {
        return ui ? Optional.of(baseUrl()) : Optional.empty();
    }

    /**
     * URLs of every SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/newskg/sparql};
     * the documented {@code .../sparql} first, the others in name order.
     */
    public List<String> queryUrls() {
        List<String> urls = endpointUrls(Operation.Query);
        urls.sort(Comparator.comparing((String url) -> !url.endsWith("/sparql"))
                .thenComparing(Comparator.naturalOrder()));
        return urls;
    }

    /** URLs of every endpoint offering {@code op}. */
    public List<String> endpointUrls(Operation op) {
        List<String> urls = new ArrayList<>();
        for (DataAccessPoint dap : server.getDataAccessPointRegistry().accessPoints()) {
            String dataset = baseUrl() + dap.getName().substring(1);
            for (Endpoint ep : dap.getDataService().getEndpoints(op)) {
                urls.add(ep.isUnnamed() ? dataset : dataset + "/" + ep.getName());
            }
        }
        return urls;
    }

    /** The base IRI recorded in the served store, whose IRIs are served under {@code /id/}. */
    public Optional<String> storeBaseIri() {
        for (DataAccessPoint dap : server.getDataAccessPointRegistry().accessPoints()) {
            Optional<String> base = ServedStore.baseIri(dap.getDataService().getDataset());
            if (base.isPresent()) {
                return base;
            }
        }
        return Optional.empty();
    }

    /** Every operation offered by any dataset of this server. */
    public List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        for (DataAccessPoint dap : server.getDataAccessPointRegistry().accessPoints()) {
            for (Endpoint ep : dap.getDataService().getEndpoints()) {
                ops.add(ep.getOperation());
            }
        }
        return ops;
    }

    /** The socket addresses the server is actually bound to. */
    public List<InetSocketAddress> boundAddresses() {
        List<InetSocketAddress> addresses = new ArrayList<>();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc && sc.getTransport() instanceof ServerSocketChannel channel) {
                try {
                    addresses.add((InetSocketAddress) channel.getLocalAddress());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return addresses;
    }

    /** Blocks until the server stops (for the command line: until Ctrl-C). */
    public void join() {
        server.join();
    }

    /** Stops the server. The TDB2 store stays open in this JVM (TDB2 caches it per folder). */
    @Override
    public void close() {
        server.stop();
    }
}
