package org.newskg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Plain HTTP calls against the running server. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Http() {}

    static HttpResponse<String> query(String endpoint, String sparql, String accept) {
        String url = endpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    /** A query that may take up to {@code timeout} to answer. */
    static HttpResponse<String> query(String endpoint, String sparql, String accept, Duration timeout) {
        String url = endpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET(), timeout);
    }

    static HttpResponse<String> getFrom(String origin, String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Origin", origin).GET());
    }

    static HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    static HttpResponse<String> post(String url, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> put(String url, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST with HTTP Basic credentials. */
    static HttpResponse<String> postAs(String user, String password, String url, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .header("Authorization", basic(user, password))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A PUT with HTTP Basic credentials. */
    static HttpResponse<String> putAs(String user, String password, String url, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .header("Authorization", basic(user, password))
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any request: {@code headers} are name, value, name, value ...; a null body sends none. */
    static HttpResponse<String> request(String method, String url, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String form(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, Duration.ofSeconds(20));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, Duration timeout) {
        HttpRequest built = request.timeout(timeout).build();
        try {
            try {
                return CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (!stalePooledConnection(e)) {
                    throw e;
                }
                // A refused write's connection is closed by the server after its answer; a request that the
                // client's pool sent on it before noticing gets no bytes: resent once, as clients do.
                return CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new AssertionError("HTTP request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static boolean stalePooledConnection(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("header parser received no bytes");
    }
}
