package org.newskg.publish;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;

/** Real HTTP requests to a running server, and the RDF parsed back from the answers. */
final class Web {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Web() {}

    /**
     * GET with an Accept header, or none when {@code accept} is null, and more headers as name,
     * value pairs. Redirects are not followed.
     */
    static HttpResponse<String> get(String url, String accept, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    /** Parses a body in the syntax its Content-Type names (Jena's own parsers, not ours). */
    static Graph parse(HttpResponse<String> r) {
        String type = header(r, "Content-Type").split(";")[0].strip();
        Lang lang = RDFLanguages.contentTypeToLang(type);
        if (lang == null) {
            throw new AssertionError("not an RDF content type: " + type);
        }
        return RDFParser.fromString(r.body(), lang).base(r.uri().toString()).toGraph();
    }
}
