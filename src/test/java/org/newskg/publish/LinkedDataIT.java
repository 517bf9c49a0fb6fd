package org.newskg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.RunningServer;
import org.newskg.serve.ServeSettings;

/**
 * Articles ingested for real (CoreNLP, TDB2), served by the real server, read with a real HTTP
 * client: every kind of IRI the ingest mints dereferences in every form, by Accept and by
 * extension, and markup in an article's title and quote is shown as text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkedDataIT {
    private static final String BASE = "https://kg.example.net/id/";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String HOSTILE_TITLE = "Mooring fees <script>alert('title')</script> to double";
    private static final String HOSTILE_QUOTE = "<script>alert('quote')</script> We cannot keep the piers open otherwise";

    private RunningServer server;
    private String root;

    @BeforeAll
    void ingestAndServe(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("fees.txt"), String.join("\n",
                HOSTILE_TITLE,
                "The harbour authority of Scotland's Eastmoor port will double mooring fees next year, "
                        + "harbour master Petra Vollan said on Tuesday.",
                "\"" + HOSTILE_QUOTE + ",\" Vollan told reporters at the Eastmoor Yacht Club.",
                "The Scottish Boat Owners Association called the plan unfair.", ""));
        Files.writeString(in.resolve("fees-2.txt"), String.join("\n",
                "Eastmoor port doubles fees",
                "Petra Vollan, the harbour master, said the authority could not keep the piers open otherwise.",
                "The Scottish Boat Owners Association said it would protest.", ""));
        Path store = tmp.resolve("store");
        CliRun ingest = CliRun.of("ingest", "--store", store.toString(), "--base", BASE, in.toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        server = NewskgServer.start(ServeSettings.of(store).withPort(0));
        root = server.baseUrl().substring(0, server.baseUrl().length() - 1);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyKindOfIriDereferencesInEveryForm() {
        List<String> iris = new ArrayList<>();
        for (String type : List.of("schema:NewsArticle", "schema:Person", "schema:Organization", "schema:Place",
                "newskg:Statement")) {
            iris.add(one("SELECT ?s WHERE { ?s a " + type + " FILTER(!CONTAINS(STR(?s), '#')) } ORDER BY ?s LIMIT 1")
                    .orElseThrow(() -> new AssertionError("the ingest made no " + type)));
        }
        // Events, once the ingest mints them, need no code of their own: any IRI under the base works.
        one("SELECT ?s WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), '" + BASE + "event/')) } LIMIT 1").ifPresent(iris::add);

        for (String iri : iris) {
            assertTrue(iri.startsWith(BASE), iri);
            String url = root + "/id/" + iri.substring(BASE.length());
            for (Representation r : Representation.values()) {
                HttpResponse<String> byAccept = Web.get(url, r.mediaType());
                assertEquals(200, byAccept.statusCode(), url + " " + r);
                assertTrue(Web.header(byAccept, "Content-Type").startsWith(r.mediaType()), url + " " + r);
                HttpResponse<String> byExtension = Web.get(url + "." + r.extension(), null);
                assertEquals(200, byExtension.statusCode(), url + "." + r.extension());
                assertEquals(byAccept.body(), byExtension.body(), url + " " + r);
                if (r == Representation.HTML) {
                    assertFalse(Jsoup.parse(byAccept.body()).select("h1").text().isBlank(), byAccept.body());
                } else {
                    Graph g = Web.parse(byAccept);
                    assertTrue(g.contains(NodeFactory.createURI(iri), RDF.type.asNode(), Node.ANY), url + " " + r);
                }
            }
        }
    }

    @Test
    void markupInATitleAndAQuoteIsShownAsText() {
        String article = one("SELECT ?a WHERE { ?a schema:headline ?h FILTER(CONTAINS(?h, '<script>')) }")
                .orElseThrow(() -> new AssertionError("the headline lost its markup: nothing to test"));
        String statement = one("SELECT ?s WHERE { ?s a newskg:Statement ; newskg:hasReport ?r . "
                + "?r schema:text ?t FILTER(CONTAINS(?t, '<script>')) }")
                .orElseThrow(() -> new AssertionError("no quote kept the markup: nothing to test"));
        String person = one("SELECT ?p WHERE { <" + statement + "> newskg:speaker ?p }").orElseThrow();

        for (String iri : List.of(article, statement, person)) {
            HttpResponse<String> r = Web.get(root + "/id/" + iri.substring(BASE.length()), BROWSER);
            assertEquals(200, r.statusCode());
            Document page = Jsoup.parse(r.body());
            // The only scripts are the network picture's, from this server's /assets/, with no inline code.
            page.select("script").forEach(s -> {
                assertTrue(s.attr("src").startsWith("/assets/") && s.data().isEmpty(), iri + ": " + s.outerHtml());
                s.remove();
            });
            assertFalse(page.outerHtml().contains("<script"), iri + ": " + page.outerHtml());
            assertTrue(page.text().contains("alert('quote')"), iri + " shows the quote as text");
        }
        Document articlePage = Jsoup.parse(Web.get(root + "/id/" + article.substring(BASE.length()), BROWSER).body());
        assertEquals(HOSTILE_TITLE, articlePage.selectFirst("h1").text());
    }

    private Optional<String> one(String select) {
        String query = "PREFIX schema: <http://schema.org/> PREFIX newskg: <https://newskg.org/ns#> " + select;
        HttpResponse<String> r = Web.get(server.queryUrls().get(0) + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = r.body().lines().toList();
        return lines.size() > 1 ? Optional.of(lines.get(1).strip()) : Optional.empty();
    }
}
