package org.newskg.serve.module;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Wraps the whole Jetty server, in front of its password check: an {@code Authorization: Basic}
 * header that is not base64 of {@code user:password} is answered 400 (Jetty would fail with an
 * internal error that names its exception), and a client whose password was wrong
 * {@value #FREE_FAILURES} times in a row must wait before it may try again: 1 s, and after each
 * further failure twice as long, up to {@value #MAX_WAIT_SECONDS} s (429 with Retry-After
 * meanwhile, whatever the password); a right password clears its record. Guessing then goes at
 * about one password a minute instead of a thousand a second.
 */
public final class LoginGuard extends Handler.Wrapper {
    static final int FREE_FAILURES = 5;
    static final int MAX_WAIT_SECONDS = 60;
    /** Records of clients are dropped this long after their last failure. */
    private static final long FORGET_AFTER_MILLIS = 15 * 60_000L;
    private static final int MAX_CLIENTS = 100_000;

    private record Failures(int count, long lastMillis) {
        long blockedUntil() {
            int over = count - FREE_FAILURES;
            return over < 0 ? 0 : lastMillis + 1000L * Math.min(MAX_WAIT_SECONDS, 1L << Math.min(over, 6));
        }
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (authorization == null) {
            return super.handle(request, response, callback);
        }
        if (!wellFormed(authorization)) {
            Response.writeError(request, response, callback, 400, "Malformed Authorization header.");
            return true;
        }
        String client = Request.getRemoteAddr(request);
        Failures f = failures.get(client);
        long now = System.currentTimeMillis();
        if (f != null && f.blockedUntil() > now) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, String.valueOf((f.blockedUntil() - now + 999) / 1000));
            Response.writeError(request, response, callback, 429, "Too many wrong passwords; wait before trying again.");
            return true;
        }
        return super.handle(request, response, new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                record(client, response.getStatus());
                super.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                record(client, response.getStatus());
                super.failed(x);
            }
        });
    }

    private void record(String client, int status) {
        long now = System.currentTimeMillis();
        if (status == 401) {
            if (failures.size() >= MAX_CLIENTS) {
                failures.values().removeIf(f -> f.lastMillis() + FORGET_AFTER_MILLIS < now);
            }
            failures.merge(client, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        } else if (status < 400) {
            failures.remove(client);
        }
    }

    /** Basic credentials that decode to {@code user:password}; other schemes are left to Jetty. */
    static boolean wellFormed(String authorization) {
        String[] parts = authorization.trim().split("\\s+", 2);
        if (!parts[0].toLowerCase(Locale.ROOT).equals("basic")) {
            return true;
        }
        if (parts.length < 2) {
            return false;
        }
        try {
            return new String(Base64.getDecoder().decode(parts[1].trim()), StandardCharsets.UTF_8).contains(":");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
