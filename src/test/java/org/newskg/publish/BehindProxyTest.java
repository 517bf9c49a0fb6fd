package org.newskg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.VOID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.RunningServer;
import org.newskg.serve.ServeSettings;

/**
 * {@code newskg serve --behind-proxy}: the real server, asked over real HTTP with the headers a
 * TLS-terminating proxy sends, writes the public address into VoID and its redirects; without
 * the option the same headers change nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BehindProxyTest {
    private static final String PUBLIC = "https://kg.example.org";
    private static final String[] X_FORWARDED = {"X-Forwarded-Proto", "https", "X-Forwarded-Host", "kg.example.org"};

    private RunningServer proxied;
    private RunningServer direct;

    @BeforeAll
    void start(@TempDir Path tmp) {
        Path proxiedStore = tmp.resolve("proxied");
        Path directStore = tmp.resolve("direct");
        LinkedDataServerTest.loadFixture(proxiedStore);
        LinkedDataServerTest.loadFixture(directStore);
        proxied = NewskgServer.start(ServeSettings.of(proxiedStore).withPort(0).withBehindProxy(true));
        direct = NewskgServer.start(ServeSettings.of(directStore).withPort(0));
    }

    @AfterAll
    void stop() {
        if (proxied != null) {
            proxied.close();
        }
        if (direct != null) {
            direct.close();
        }
    }

    private static String root(RunningServer server) {
        return server.baseUrl().substring(0, server.baseUrl().length() - 1);
    }

    private static Graph voidGraph(RunningServer server, String... headers) {
        HttpResponse<String> r = Web.get(root(server) + "/void", "text/turtle", headers);
        assertEquals(200, r.statusCode(), r.body());
        return Web.parse(r);
    }

    private static void assertVoidAt(Graph g, String publicRoot) {
        Node dataset = NodeFactory.createURI(publicRoot + "/void#dataset");
        assertTrue(g.contains(dataset, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(publicRoot + "/newskg/sparql")),
                g.toString());
        assertTrue(g.contains(dataset, VOID.dataDump.asNode(), NodeFactory.createURI(publicRoot + "/dump.nq")), g.toString());
    }

    @Test
    void voidNamesThePublicAddressFromXForwardedHeaders() {
        assertVoidAt(voidGraph(proxied, X_FORWARDED), PUBLIC);
    }

    @Test
    void voidNamesThePublicAddressFromTheStandardForwardedHeader() {
        assertVoidAt(voidGraph(proxied, "Forwarded", "for=192.0.2.7;proto=https;host=kg.example.org:8443"),
                PUBLIC + ":8443");
    }

    @Test
    void withoutForwardingHeadersTheServerKeepsItsOwnAddress() {
        assertVoidAt(voidGraph(proxied), root(proxied));
    }

    @Test
    void withoutTheOptionTheHeadersAreIgnored() {
        assertVoidAt(voidGraph(direct, X_FORWARDED), root(direct));
        assertVoidAt(voidGraph(direct, "Forwarded", "proto=https;host=kg.example.org"), root(direct));
    }

    @Test
    void theVoidPageLinksThePublicEndpoint() {
        HttpResponse<String> r = Web.get(root(proxied) + "/void.html", null, X_FORWARDED);
        assertEquals(200, r.statusCode());
        assertFalse(Jsoup.parse(r.body()).select("a[href=" + PUBLIC + "/newskg/sparql]").isEmpty(), r.body());
        assertFalse(r.body().contains(root(proxied)), "no link to the server's own address");
    }

    @Test
    void redirectsLeadToThePublicAddress() {
        // A browser that opens the endpoint's address is sent to the query page.
        HttpResponse<String> r = Web.get(root(proxied) + "/newskg/sparql", "text/html", X_FORWARDED);
        assertEquals(303, r.statusCode(), r.headers().toString());
        String location = Web.header(r, "Location");
        assertEquals(URI.create(PUBLIC + "/query"), URI.create(PUBLIC + "/newskg/sparql").resolve(location), location);
    }

    @Test
    void pagesLinkServerRelativeSoTheyNeedNoRewriting() {
        HttpResponse<String> r = Web.get(root(proxied) + "/id/" + LinkedDataServerTest.ARTICLE, "text/html", X_FORWARDED);
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains(root(proxied)), "no absolute link to the server's own address");
        assertFalse(Jsoup.parse(r.body()).select("a[href^=/id/]").isEmpty(), r.body());
    }
}
