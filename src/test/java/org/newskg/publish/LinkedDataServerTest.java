package org.newskg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.Sources;
import org.newskg.rdf.Vocab;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.RunningServer;
import org.newskg.serve.ServeSettings;
import org.newskg.store.KnowledgeStore;

/**
 * The linked-data pages of the real embedded server, over real HTTP, on a real TDB2 store whose
 * base IRI ({@code https://news.example/id/}) is not the server's address. The store is loaded
 * from a hand-written graph in the data model (src/test/resources/publish/store.trig); the
 * end-to-end test with the real ingest is {@link LinkedDataIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkedDataServerTest {
    static final String BASE = "https://news.example/id/";
    static final String ARTICLE = "article/0a1b2c3d4e5f60718293";
    static final String PERSON = "person/zoë-ålund";
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    /**
     * The fixture article's input as a store written before sources were keyed holds it: a local
     * path, which the server's start replaces by the file name and the path's key (LegacySources).
     */
    static final String PRIVATE_SOURCE = "/home/ana/private-news/in/fares.txt";

    private RunningServer server;
    private String root;
    private long quads;

    @BeforeAll
    void start(@TempDir Path tmp) {
        Path store = tmp.resolve("store");
        // The server's start adds the key of the fixture's one source.
        quads = loadFixture(store) + 1;
        server = NewskgServer.start(ServeSettings.of(store).withPort(0));
        root = server.baseUrl().substring(0, server.baseUrl().length() - 1);
    }

    /** Writes the hand-written graph into a new store with the base {@link #BASE}; returns its quad count. */
    static long loadFixture(Path store) {
        DatasetGraph fixture = DatasetGraphFactory.create();
        RDFParser.source("publish/store.trig").parse(fixture);
        try (KnowledgeStore kg = KnowledgeStore.open(store, Optional.of(BASE))) {
            fixture.listGraphNodes().forEachRemaining(g -> {
                if (g.equals(Vocab.CORPUS_GRAPH_NAME)) {
                    kg.replaceCorpusGraph(ds -> fixture.getGraph(g));
                } else {
                    kg.write(new ArticleGraph(g, PRIVATE_SOURCE, fixture.getGraph(g)));
                }
            });
            return kg.quadCount();
        }
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private String url(String local) {
        return root + "/id/" + local;
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(BASE + local);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "article/0a1b2c3d4e5f60718293, text/turtle,           ttl",
        "article/0a1b2c3d4e5f60718293, application/ld+json,   jsonld",
        "article/0a1b2c3d4e5f60718293, application/n-triples, nt",
        "article/0a1b2c3d4e5f60718293, application/rdf+xml,   rdf",
        "person/zoë-ålund,             text/turtle,           ttl",
        "person/zoë-ålund,             application/ld+json,   jsonld",
        "organization/gull-bay-courier, application/n-triples, nt",
        "place/eastport,               application/rdf+xml,   rdf",
        "statement/5a6b7c8d9e0f11223344, application/ld+json, jsonld",
        "event/fare-rise-2025-06-02,   text/turtle,           ttl",
    })
    void everyKindOfIriNegotiatesEachRdfSyntax(String local, String accept, String extension) {
        HttpResponse<String> r = Web.get(url(local), accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Web.header(r, "Content-Type").startsWith(accept), Web.header(r, "Content-Type"));
        assertEquals("Accept", Web.header(r, "Vary"));
        assertTrue(Web.header(r, "Content-Location").endsWith("." + extension), Web.header(r, "Content-Location"));
        Graph byAccept = Web.parse(r);
        assertTrue(byAccept.contains(iri(local), RDF.type.asNode(), Node.ANY), r.body());

        HttpResponse<String> byExtension = Web.get(root + Web.header(r, "Content-Location"), "image/png");
        assertEquals(200, byExtension.statusCode(), "the extension wins over Accept");
        assertTrue(Web.header(byExtension, "Content-Type").startsWith(accept));
        assertTrue(Web.parse(byExtension).isIsomorphicWith(byAccept), "the same graph either way");
    }

    @Test
    void browsersGetTheHtmlPageAndCurlGetsTurtle() {
        HttpResponse<String> page = Web.get(url(PERSON), BROWSER);
        assertEquals(200, page.statusCode());
        assertTrue(Web.header(page, "Content-Type").startsWith("text/html"));
        Document doc = Jsoup.parse(page.body());
        assertEquals("Zoë Ålund", doc.selectFirst("h1").text());
        assertTrue(Web.header(Web.get(url(PERSON), "*/*"), "Content-Type").startsWith("text/turtle"));
        assertTrue(Web.header(Web.get(url(PERSON), null), "Content-Type").startsWith("text/turtle"));
        assertEquals(200, Web.get(url(PERSON) + ".html", null).statusCode());
    }

    @Test
    void unknownIrisAre404AndUnacceptableTypes406() {
        assertEquals(404, Web.get(url("person/nobody-at-all"), "text/turtle").statusCode());
        assertEquals(404, Web.get(url("person/nobody-at-all.ttl"), null).statusCode());
        assertEquals(404, Web.get(url(PERSON + ".xyz"), null).statusCode());
        assertEquals(406, Web.get(url(PERSON), "image/png").statusCode());
    }

    @Test
    void anArticleDocumentCarriesItsMentionsAndReports() {
        Graph g = Web.parse(Web.get(url(ARTICLE), "text/turtle"));
        Node mention = iri(ARTICLE + "#char=64,73");
        assertTrue(g.contains(mention, NodeFactory.createURI(Vocab.NIF + "anchorOf"), NodeFactory.createLiteralString("Zoë Ålund")));
        Node report = iri(ARTICLE + "#report=103,147");
        // The report's link to its statement is in the corpus graph, and comes along.
        assertTrue(g.contains(report, Vocab.REPORTS, iri("statement/5a6b7c8d9e0f11223344")));

        Document page = Jsoup.parse(Web.get(url(ARTICLE), BROWSER).body());
        assertTrue(page.getElementById("char=64,73") != null, "each part has its fragment as id");
        assertTrue(page.getElementById("report=103,147") != null);
    }

    @Test
    void pagesLinkRelatedNodesWithEvidenceAndSources() {
        Document person = Jsoup.parse(Web.get(url(PERSON), BROWSER).body(), url(PERSON));
        // the mention, with the article's words around it, and links to the article and its part
        String evidence = person.select("blockquote").text();
        assertTrue(evidence.contains("Zoë Ålund, the harbour director, said"), evidence);
        assertFalse(person.select("a[href=/id/article/0a1b2c3d4e5f60718293#char=64,73]").isEmpty(), person.html());
        // incoming: the statement and the report that name her as speaker
        assertFalse(person.select("a[href=/id/statement/5a6b7c8d9e0f11223344]").isEmpty(), person.html());
        Document statement = Jsoup.parse(Web.get(url("statement/5a6b7c8d9e0f11223344"), BROWSER).body());
        assertTrue(statement.select("blockquote mark").text().contains("fares must rise"), statement.html());
        assertFalse(statement.select("a[href=/id/person/zo%C3%AB-%C3%A5lund]").isEmpty(), statement.html());
        // each fact names the graph it is stated in
        assertFalse(statement.select("td.src span[title=urn:newskg:corpus]").isEmpty(), statement.html());
    }

    @Test
    void anEventNeedsNoCodeOfItsOwn() {
        String event = "event/fare-rise-2025-06-02";
        // Its roles are parts of its IRI, in the corpus graph: they come with it.
        Graph g = Web.parse(Web.get(url(event), "application/n-triples"));
        assertTrue(g.contains(iri(event + "#role=0"), RDF.value.asNode(), iri(PERSON)), g.toString());
        Document page = Jsoup.parse(Web.get(url(event), BROWSER).body());
        assertTrue(page.getElementById("role=0") != null, page.html());
        // The words of its mention in the article are its evidence.
        assertEquals("rise", page.select("blockquote mark").text(), page.html());
    }

    @Test
    void markupInTheDataStaysText() {
        HttpResponse<String> r = Web.get(url(ARTICLE), BROWSER);
        assertTrue(Web.header(r, "Content-Security-Policy").contains("default-src 'none'"));
        assertEquals("nosniff", Web.header(r, "X-Content-Type-Options"));
        Document doc = Jsoup.parse(r.body());
        assertTrue(doc.select("script, img").isEmpty(), r.body());
        assertTrue(doc.select("[onerror]").isEmpty(), r.body());
        assertTrue(doc.selectFirst("h1").text().contains("<script>alert(\"headline\")</script>"));
        assertTrue(doc.text().contains("<img src=x onerror=alert(1)> fares must rise"));
        assertFalse(r.body().contains("<script>"), "escaped in the markup, not only in the DOM");
        assertTrue(doc.select("a[href^=javascript]").isEmpty(), "a javascript: IRI is shown, never linked");
    }

    @Test
    void theLocalPathOfAnInputIsNeverPublished() {
        Map<String, String> published = new LinkedHashMap<>();
        published.put("page", Web.get(url(ARTICLE), BROWSER).body());
        for (Representation r : Representation.values()) {
            published.put(r.extension(), Web.get(url(ARTICLE) + "." + r.extension(), null).body());
            published.put("void." + r.extension(), Web.get(root + "/void." + r.extension(), null).body());
        }
        published.put("dump", Web.get(root + "/dump.nq", null).body());
        // The store itself no longer holds the path: not even a query over every quad finds it.
        String everything = "SELECT * WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }";
        published.put("sparql", Web.get(server.queryUrls().get(0) + "?query="
                + URLEncoder.encode(everything, StandardCharsets.UTF_8), "text/csv").body());
        published.put("graph store", Web.get(root + "/newskg/get?graph=" + URLEncoder.encode(BASE + ARTICLE,
                StandardCharsets.UTF_8), "application/n-triples").body());
        assertTrue(published.get("graph store").contains(Sources.key(PRIVATE_SOURCE)), "the key finds the article by its path");
        published.forEach((what, body) -> assertFalse(body.contains("/home/ana") || body.contains("private-news"),
                what + " shows the local path: " + body));
        // The file name is published instead: in the RDF, the dump and the page.
        Graph g = Web.parse(Web.get(url(ARTICLE), "text/turtle"));
        assertTrue(g.contains(iri(ARTICLE), Vocab.SOURCE, NodeFactory.createLiteralString("fares.txt")), g.toString());
        assertTrue(published.get("dump").contains("\"fares.txt\""));
        assertTrue(Jsoup.parse(published.get("page")).select("p.summary").text().contains("fares.txt"));
    }

    @Test
    void anArticlePageShowsItsHeadlineApartAndMarksQuotesAndEntitiesInItsText() {
        Document page = Jsoup.parse(Web.get(url(ARTICLE), BROWSER).body());
        String headline = "Ferry fares <script>alert(\"headline\")</script> rise in Eastport";
        assertEquals(headline, page.selectFirst(".article-text .headline").text());
        String body = page.selectFirst(".article-text .body").text();
        assertTrue(body.startsWith("Zoë Ålund, the harbour director"), body);
        assertEquals("<img src=x onerror=alert(1)> fares must rise", page.selectFirst(".article-text mark.quote").text());
        assertEquals("/id/statement/5a6b7c8d9e0f11223344", page.selectFirst("sup a.to-statement").attr("href"));
        assertEquals("/id/person/zo%C3%AB-%C3%A5lund", page.selectFirst(".body a.entity.person").attr("href"));
        assertEquals("Eastport", page.selectFirst(".headline a.entity.place").text());
        assertTrue(page.selectFirst("p.summary").text().contains("Gull Bay Courier"), page.html());
        // What the generic page showed is still there, folded away.
        assertTrue(page.selectFirst("details.all").select("h2").text().contains("Facts"));
        assertFalse(page.selectFirst("details.all").hasAttr("open"));
    }

    @Test
    void aStatementShowsItsReportsSideBySideWithOutletAndDate() {
        Document page = Jsoup.parse(Web.get(url("statement/5a6b7c8d9e0f11223344"), BROWSER).body());
        assertEquals(1, page.select("#reports .card").size(), page.html());
        String card = page.selectFirst("#reports .card").text();
        assertTrue(card.contains("Gull Bay Courier") && card.contains("2025-06-02"), card);
        assertTrue(card.contains("“<img src=x onerror=alert(1)> fares must rise”"), card);
        assertTrue(page.selectFirst("p.summary").text().contains("Said by Zoë Ålund"), page.html());
    }

    @Test
    void aPersonPageIsADossierWithTheGenericFactsFolded() {
        Document page = Jsoup.parse(Web.get(url(PERSON), BROWSER).body());
        for (String id : List.of("roles", "said", "said-about", "events", "named-with", "timeline")) {
            assertTrue(page.getElementById(id) != null, id + ": " + page.html());
        }
        assertEquals(List.of("“<img src=x onerror=alert(1)> fares must rise”"),
                page.select("#said td a").eachText());
        // Nothing is named with her in two articles: no network picture, no script.
        assertTrue(page.select("script").isEmpty(), page.html());
        assertTrue(page.selectFirst("details.all > summary") != null);
        // The statement and the report that name her are one row each, not one per graph.
        List<String> incoming = page.select("details.all table").last().select("tr").eachText();
        assertEquals(incoming.size(), new java.util.HashSet<>(incoming).size(), incoming.toString());
    }

    @Test
    void theNetworkScriptsAreServedFromTheJarAndNothingElseIs() {
        for (String path : List.of("/assets/cytoscape.min.js", "/assets/network.js")) {
            HttpResponse<String> r = Web.get(root + path, null);
            assertEquals(200, r.statusCode(), path);
            assertTrue(Web.header(r, "Content-Type").startsWith("text/javascript"), path);
        }
        assertTrue(Web.get(root + "/assets/cytoscape.min.js", null).body().contains("cytoscape"));
        assertEquals(404, Web.get(root + "/assets/LICENSE", null).statusCode());
        assertEquals(404, Web.get(root + "/assets/org/newskg/publish/network.js", null).statusCode());
    }

    @Test
    void voidDescribesTheStoreFromItsContents() {
        for (String path : new String[] {"/.well-known/void", "/void"}) {
            HttpResponse<String> r = Web.get(root + path, "text/turtle");
            assertEquals(200, r.statusCode(), r.body());
            Graph g = Web.parse(r);
            Node dataset = NodeFactory.createURI(root + "/void#dataset");
            assertTrue(g.contains(dataset, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(root + "/newskg/sparql")));
            assertTrue(g.contains(dataset, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(BASE)));
            assertTrue(g.contains(dataset, VOID.documents.asNode(), Node.ANY));
            assertEquals(1, number(g, dataset, VOID.documents.asNode()));
            assertEquals(quads, number(g, dataset, VOID.triples.asNode()), "every graph's triples");
            assertEquals(1, partition(g, dataset, Vocab.PERSON));
            assertEquals(4, partition(g, dataset, NodeFactory.createURI(Vocab.NIF + "Phrase")));
            // Every example resource dereferences.
            g.find(dataset, VOID.exampleResource.asNode(), Node.ANY).forEach(t -> {
                String local = t.getObject().getURI().substring(BASE.length());
                assertEquals(200, Web.get(url(local), "text/turtle").statusCode(), local);
            });
            assertTrue(g.find(dataset, VOID.exampleResource.asNode(), Node.ANY).toList().size() >= 5);
        }
        assertEquals(200, Web.get(root + "/void.html", null).statusCode());
    }

    @Test
    void theDumpHoldsEveryQuad() {
        HttpResponse<String> r = Web.get(root + "/dump.nq", null);
        assertEquals(200, r.statusCode());
        Dataset dump = org.apache.jena.query.DatasetFactory.create();
        RDFParser.fromString(r.body(), org.apache.jena.riot.Lang.NQUADS).parse(dump);
        long n = 0;
        for (Iterator<?> it = dump.asDatasetGraph().find(); it.hasNext(); it.next()) {
            n++;
        }
        assertEquals(quads, n);
    }

    @Test
    void theOntologyIsServedAtItsOwnPath() {
        HttpResponse<String> r = Web.get(root + "/ns", "application/rdf+xml");
        assertEquals(200, r.statusCode());
        assertTrue(Web.parse(r).contains(NodeFactory.createURI("https://newskg.org/ns"), RDF.type.asNode(), OWL.Ontology.asNode()));
        Document page = Jsoup.parse(Web.get(root + "/ns.html", null).body());
        assertTrue(page.getElementById("speaker") != null, "each term under its fragment");
        // Term links on data pages lead to the served ontology.
        Document person = Jsoup.parse(Web.get(url(PERSON), BROWSER).body());
        assertFalse(person.select("a[href=/ns#speaker]").isEmpty(), person.html());
    }

    private static long number(Graph g, Node s, Node p) {
        return ((Number) g.find(s, p, Node.ANY).next().getObject().getLiteralValue()).longValue();
    }

    private static long partition(Graph g, Node dataset, Node type) {
        return g.find(dataset, VOID.classPartition.asNode(), Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .filter(p -> g.contains(p, VOID._class.asNode(), type))
                .mapToLong(p -> number(g, p, VOID.entities.asNode()))
                .findFirst().orElse(-1);
    }
}
