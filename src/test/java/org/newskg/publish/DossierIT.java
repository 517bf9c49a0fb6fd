package org.newskg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;

/**
 * The pages a reader sees, on the sample articles ingested for real and served by the real
 * server: a person's dossier, a statement's reports, an event's accounts and an article's text,
 * each checked against what the SPARQL endpoint says of the same store. No names of the samples
 * are written here: the test picks the entities by rank and counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierIT {
    private static final String BASE = "https://kg.example.org/id/";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String PREFIXES = "PREFIX schema: <http://schema.org/> PREFIX newskg: <https://newskg.org/ns#> "
            + "PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> PREFIX org: <http://www.w3.org/ns/org#> ";

    private Served served;
    private String root;
    private Path samples;

    @BeforeAll
    void ingestAndServe(@TempDir Path tmp) throws IOException {
        samples = Path.of("samples").toRealPath();
        Path store = tmp.resolve("store");
        CliRun ingest = CliRun.of("ingest", "--no-link", "--store", store.toString(), "--base", BASE, samples.toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        served = Served.start(store);
        root = served.root();
    }

    @AfterAll
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void aPersonsDossierShowsRolesStatementsEventsAndPartnersByName() throws IOException {
        String person = select("SELECT ?p WHERE { GRAPH <urn:newskg:corpus> { ?p a schema:Person ; newskg:entityRank ?r } "
                + "?s a newskg:Statement ; newskg:speaker ?p ; newskg:articleCount ?n } ORDER BY DESC(?n) ?r LIMIT 1").get(0);
        Document page = page(person);

        // Roles: one row per role and organisation, as the store has them.
        String isPerson = " FILTER(?x = <" + person + "> || EXISTS { GRAPH <urn:newskg:corpus> { ?x "
                + "<http://www.w3.org/2002/07/owl#sameAs> <" + person + "> } }) ";
        List<String> roles = select("SELECT DISTINCT ?role ?of ?to WHERE { ?m org:member ?x ; org:role ?role "
                + "OPTIONAL { ?m newskg:affiliation ?of } OPTIONAL { ?m newskg:posting ?to }" + isPerson + "}");
        assertEquals(roles.size(), page.select("#roles tr").size() - 1, page.select("#roles").outerHtml());

        // What they said: each statement once, in time order, with its article count.
        List<String> said = select("SELECT DISTINCT ?s WHERE { ?s a newskg:Statement ; newskg:speaker ?x" + isPerson + "}");
        Element saidTable = page.selectFirst("#said table");
        assertEquals(said.size(), saidTable.select("tr").size() - 1, saidTable.outerHtml());
        List<String> dates = saidTable.select("td.date").eachText();
        assertEquals(dates.stream().sorted().toList(), dates, "in time order");
        String first = saidTable.select("tr").get(1).selectFirst("a").attr("href");
        String firstIri = BASE + first.substring("/id/".length());
        assertEquals(select("SELECT ?n WHERE { <" + firstIri + "> newskg:articleCount ?n }").get(0),
                saidTable.select("tr").get(1).select("td.n").first().text(), "its corroboration");

        // Events they took part in.
        List<String> events = select("SELECT DISTINCT ?e WHERE { GRAPH <urn:newskg:corpus> { ?e sem:hasActor ?r . "
                + "?r <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> ?x }" + isPerson + "}");
        assertEquals(events.size(), page.select("#events tr").size() - 1);
        assertFalse(events.isEmpty(), "the samples tell of events with the most quoted person");

        // Named with: names and weights, heaviest first; never a co-mention node.
        Element named = page.getElementById("named-with");
        List<String> names = named.select("tr td:eq(0)").eachText();
        List<Integer> weights = named.select("tr td:eq(2)").eachText().stream().map(Integer::parseInt).toList();
        assertFalse(names.isEmpty());
        assertEquals(weights.stream().sorted((a, b) -> b - a).toList(), weights, "heaviest first");
        List<String> partnerNames = select("SELECT ?name WHERE { GRAPH <urn:newskg:corpus> { <" + person
                + "> newskg:strongestCoMention ?c . ?c newskg:coMentionOf ?o . ?o schema:name ?name FILTER(?o != <"
                + person + ">) } }");
        assertEquals(partnerNames.stream().sorted().toList(), names.stream().sorted().toList());
        Element beforeDetails = page.body().clone();
        beforeDetails.select("details").remove();
        assertFalse(beforeDetails.html().contains("co-mention"), "partners by name, not by co-mention node");
        assertFalse(beforeDetails.text().contains("entityRank"), "counters are folded away");
        assertTrue(page.selectFirst("details.all").text().contains("entityRank"));

        // The network picture: data for Cytoscape.js, the scripts from this server.
        JsonNode network = new ObjectMapper().readTree(page.getElementById("network").attr("data-network"));
        assertEquals(Math.min(names.size(), 12) + 1, network.get("nodes").size());
        network.get("nodes").forEach(n -> assertTrue(n.get("href").asText().startsWith("/id/"), n.toString()));
        assertEquals(List.of("/assets/cytoscape.min.js", "/assets/network.js"), page.select("script").eachAttr("src"));

        // The timeline is in date order.
        List<String> timeline = page.select("#timeline li .date").eachText();
        assertFalse(timeline.isEmpty());
        assertEquals(timeline.stream().sorted().toList(), timeline);
    }

    @Test
    void aStatementShowsEachReportWithItsOutletAndDate() {
        List<String> row = selectRow("SELECT ?s ?n WHERE { ?s a newskg:Statement ; newskg:articleCount ?n } "
                + "ORDER BY DESC(?n) ?s LIMIT 1");
        Document page = page(row.get(0));
        assertEquals(Integer.parseInt(row.get(1)), page.select("#reports .card").size(), page.html());
        for (Element card : page.select("#reports .card")) {
            assertFalse(card.selectFirst("header strong").text().isBlank());
            assertFalse(card.select("blockquote").text().isBlank());
        }
    }

    @Test
    void anEventShowsItsAccounts() {
        List<String> row = selectRow("SELECT ?e (COUNT(?m) AS ?n) WHERE { GRAPH <urn:newskg:corpus> { ?e a sem:Event ; "
                + "newskg:hasEventMention ?m } } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1");
        Document page = page(row.get(0));
        assertEquals(Integer.parseInt(row.get(1)), page.select("#accounts .card").size(), page.html());
        assertEquals(page.select("#accounts .card").size(), page.select("#accounts .card mark").size());
    }

    @Test
    void anArticleShowsItsHeadlineApartAndItsQuotesAndEntitiesInPlace() {
        List<String> row = selectRow("SELECT ?a ?h (COUNT(DISTINCT ?r) AS ?n) WHERE { ?a a schema:NewsArticle ; "
                + "schema:headline ?h . ?r a newskg:Report ; schema:isPartOf ?a } GROUP BY ?a ?h ORDER BY DESC(?n) LIMIT 1");
        Document page = page(row.get(0));
        assertEquals(row.get(1), page.selectFirst("h1").text());
        assertEquals(row.get(1), page.selectFirst(".article-text .headline").text());
        assertFalse(page.selectFirst(".article-text .body").text().startsWith(row.get(1)));
        assertTrue(page.select(".article-text mark.quote").size() > 0);
        assertTrue(page.select(".article-text mark.quote").size() <= Integer.parseInt(row.get(2)));
        page.select(".article-text a.entity").forEach(a -> assertTrue(a.attr("href").startsWith("/id/"), a.outerHtml()));
        assertTrue(page.select(".article-text a.entity.person").size() > 0);
    }

    @Test
    void noPageRdfDumpOrVoidShowsWhereTheInputsAreOnThisMachine() throws IOException {
        List<String> articles = select("SELECT ?a WHERE { ?a a schema:NewsArticle }");
        assertEquals(4, articles.size());
        List<String> bodies = new ArrayList<>();
        for (String article : articles) {
            String url = root + "/id/" + article.substring(BASE.length());
            bodies.add(Web.get(url, BROWSER).body());
            for (Representation r : Representation.values()) {
                bodies.add(Web.get(url + "." + r.extension(), null).body());
            }
        }
        for (Representation r : Representation.values()) {
            bodies.add(Web.get(root + "/void." + r.extension(), null).body());
        }
        bodies.add(Web.get(root + "/dump.nq", null).body());
        String folder = samples.toString();
        for (String body : bodies) {
            assertFalse(body.contains(folder), "the samples' folder is published: " + body);
        }
        try (Stream<Path> files = Files.list(samples)) {
            for (Path file : files.toList()) {
                assertTrue(bodies.get(bodies.size() - 1).contains("\"" + file.getFileName() + "\""), "the dump names " + file);
            }
        }
    }

    private Document page(String iri) {
        HttpResponse<String> r = Web.get(root + "/id/" + iri.substring(BASE.length()), BROWSER);
        assertEquals(200, r.statusCode(), iri);
        return Jsoup.parse(r.body());
    }

    /** The first column of each row. */
    private List<String> select(String query) {
        return csv(query).stream().map(row -> row.get(0)).toList();
    }

    private List<String> selectRow(String query) {
        List<List<String>> rows = csv(query);
        assertFalse(rows.isEmpty(), query);
        return rows.get(0);
    }

    private List<List<String>> csv(String query) {
        HttpResponse<String> r = Web.get(served.sparql() + "?query="
                + URLEncoder.encode(PREFIXES + query, StandardCharsets.UTF_8), "text/tab-separated-values");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().skip(1).map(line -> List.of(line.split("\t")).stream().map(DossierIT::term).toList()).toList();
    }

    /** A TSV term as plain text: an IRI without its brackets, a literal's lexical form. */
    private static String term(String t) {
        if (t.startsWith("<") && t.endsWith(">")) {
            return t.substring(1, t.length() - 1);
        }
        if (t.startsWith("\"")) {
            String body = t.substring(1, t.lastIndexOf('"'));
            return body.replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return t;
    }
}
