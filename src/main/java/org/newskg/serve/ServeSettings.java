package org.newskg.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to serve and where.
 *
 * @param store  TDB2 store folder; replaces the {@code tdb2:location} of the config
 * @param host   interface to listen on, e.g. {@code 127.0.0.1}
 * @param port   TCP port; 0 picks a free one
 * @param config Fuseki configuration file; see {@link ServeConfig#load}
 * @param update the account that may change the store over HTTP; empty for a read-only server
 * @param behindProxy trust the {@code Forwarded} and {@code X-Forwarded-*} headers of a reverse
 *                    proxy for the public scheme, host and port (off by default: any client can
 *                    send them)
 */
public record ServeSettings(Path store, String host, int port, Path config, Optional<UpdateAccount> update,
                            boolean behindProxy) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;

    public ServeSettings {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(update, "update");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    public ServeSettings(Path store, String host, int port, Path config) {
        this(store, host, port, config, Optional.empty(), false);
    }

    /**
     * Whether {@link #host} is a loopback address, reachable only from this machine.
     *
     * @throws IllegalArgumentException when the host name does not resolve
     */
    public boolean isLoopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host: " + host, e);
        }
    }

    /** Defaults for everything but the store: loopback, port 3030, the default config. */
    public static ServeSettings of(Path store) {
        return new ServeSettings(store, DEFAULT_HOST, DEFAULT_PORT, ServeConfig.DEFAULT_PATH);
    }

    public ServeSettings withPort(int newPort) {
        return new ServeSettings(store, host, newPort, config, update, behindProxy);
    }

    public ServeSettings withHost(String newHost) {
        return new ServeSettings(store, newHost, port, config, update, behindProxy);
    }

    public ServeSettings withConfig(Path newConfig) {
        return new ServeSettings(store, host, port, newConfig, update, behindProxy);
    }

    public ServeSettings withUpdate(UpdateAccount account) {
        return new ServeSettings(store, host, port, config, Optional.of(account), behindProxy);
    }

    /** These settings, trusting a reverse proxy's forwarding headers. */
    public ServeSettings withBehindProxy(boolean trusted) {
        return new ServeSettings(store, host, port, config, update, trusted);
    }
}
