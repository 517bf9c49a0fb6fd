package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.export.GexfWriter;
import org.newskg.export.GraphSchemas;
import org.w3c.dom.Document;

/**
 * newskg export on a store built from the project's sample articles by the real command line:
 * every view in every format, checked by the formats' own readers (the XSDs, Graphviz,
 * networkx) against counts taken from the store with queries of their own.
 */
class ExportIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3"); // Debian's, which sees python3-networkx

    private static final Map<String, String> NODES = Map.of(
            "co-mention", """
                    SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?g schema:mentions ?a , ?b } FILTER(?a != ?b) }""",
            "who-said-what", """
                    SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {
                      { GRAPH <urn:newskg:corpus> { ?x a newskg:Statement } }
                      UNION { GRAPH <urn:newskg:corpus> { ?s newskg:speaker ?x } }
                      UNION { GRAPH <urn:newskg:corpus> { ?s newskg:hasReport ?r } GRAPH ?g { ?r schema:about ?x } } }""",
            "sources", """
                    SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {
                      GRAPH <urn:newskg:corpus> { ?s newskg:hasReport ?r }
                      GRAPH ?g { ?r schema:isPartOf ?g . ?g schema:publisher ?p }
                      VALUES ?side { 0 1 } BIND(IF(?side = 0, ?s, ?p) AS ?x) }""");

    private static final Map<String, String> EDGES = Map.of(
            "co-mention", """
                    SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?b WHERE {
                      GRAPH ?g { ?g schema:mentions ?a , ?b } FILTER(STR(?a) < STR(?b)) } }""",
            "who-said-what", """
                    SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?x ?y WHERE {
                      { GRAPH <urn:newskg:corpus> { ?y newskg:speaker ?x } }
                      UNION { GRAPH <urn:newskg:corpus> { ?x newskg:hasReport ?r } GRAPH ?g { ?r schema:about ?y } } } }""",
            "sources", """
                    SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?p ?s WHERE {
                      GRAPH <urn:newskg:corpus> { ?s newskg:hasReport ?r }
                      GRAPH ?g { ?r schema:isPartOf ?g . ?g schema:publisher ?p } } }""");

    @TempDir
    static Path tmp;

    private static Path store;

    @BeforeAll
    static void ingestTheSamples() {
        store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), "samples");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    }

    private static Path export(String name, String... args) {
        Path out = tmp.resolve(name);
        List<String> all = new ArrayList<>(List.of("export", "--store", store.toString(), "-o", out.toString()));
        all.addAll(List.of(args));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("nodes"), run.out());
        return out;
    }

    private static long count(String sparql) {
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "tsv", "-e", sparql);
        assertEquals(ExitCodes.OK, q.exitCode(), q.err());
        String value = q.out().lines().skip(1).findFirst().orElseThrow();
        return Long.parseLong(value.replaceAll("\"?([0-9]+).*", "$1"));
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    private static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + out);
        return out;
    }

    private static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"co-mention", "who-said-what", "sources"})
    void everyFormatHoldsTheViewsNodesAndEdgesAsTheStoreCountsThem(String view) throws Exception {
        long nodes = count(NODES.get(view));
        long edges = count(EDGES.get(view));
        assertTrue(nodes > 2 && edges > 1, view + ": the samples give a network: " + nodes + " / " + edges);

        Path graphml = export(view + ".graphml", "--format", "graphml", "--view", view);
        GraphSchemas.validateGraphML(graphml);

        Path gexfFile = export(view + ".gexf", "--format", "gexf", "--view", view);
        Document gexf = GraphSchemas.validateGexf(gexfFile);
        assertEquals(nodes, gexf.getElementsByTagNameNS(GexfWriter.NS, "node").getLength(), view);
        assertEquals(edges, gexf.getElementsByTagNameNS(GexfWriter.NS, "edge").getLength(), view);

        JsonNode cy = json(export(view + ".cyjs", "--format", "cytoscape", "--view", view));
        assertEquals(nodes, cy.path("elements").path("nodes").size(), view);
        assertEquals(edges, cy.path("elements").path("edges").size(), view);
        Set<String> ids = new HashSet<>();
        cy.path("elements").path("nodes").forEach(n -> ids.add(n.path("data").path("id").asText()));
        cy.path("elements").path("edges").forEach(e -> {
            assertTrue(ids.contains(e.path("data").path("source").asText()), e.toString());
            assertTrue(ids.contains(e.path("data").path("target").asText()), e.toString());
            assertTrue(e.path("data").path("weight").asDouble() >= 1, e.toString());
        });

        Path dot = export(view + ".dot", "--format", "dot", "--view", view);
        if (works("dot", "-V")) {
            String svg = run(tmp, "dot", "-Tsvg", dot.toString());
            assertEquals(nodes, svg.split("class=\"node\"", -1).length - 1, view + ": nodes Graphviz drew");
            assertEquals(edges, svg.split("class=\"edge\"", -1).length - 1, view + ": edges Graphviz drew");
        }

        assumeTrue(works(PYTHON.toString(), "-c", "import networkx"), "Debian's python3-networkx is not installed");
        String directed = view.equals("co-mention") ? "False" : "True";
        for (String reader : List.of("read_graphml", "read_gexf")) {
            Path file = reader.equals("read_graphml") ? graphml : gexfFile;
            String counts = run(tmp, PYTHON.toString(), "-c", "import sys, networkx as nx; g = nx." + reader + "(sys.argv[1]); "
                    + "print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())", file.toString());
            assertEquals(nodes + " " + edges + " " + directed, counts.strip(), view + " " + reader);
        }
    }

    @Test
    void dotDrawsWithGraphvizWhenItIsThere() throws Exception {
        assumeTrue(works("dot", "-V"), "Graphviz is not installed");
        Path dot = export("co.dot", "--format", "dot", "--view", "co-mention");
        run(tmp, "dot", "-Tsvg", "-o", tmp.resolve("co.svg").toString(), dot.toString());
        String svg = Files.readString(tmp.resolve("co.svg"));
        assertTrue(svg.contains("<title>co&#45;mention</title>") || svg.contains("<title>co-mention</title>"), svg.substring(0, 400));
        assertTrue(svg.contains(">Marta Quintela</text>"), "labels are drawn");
    }

    @Test
    void typeAndMinWeightGiveTheQueryLibrarysCoMentions() throws Exception {
        // queries/co-mentions.rq: people and organisations in at least two articles together.
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "tsv", "queries/co-mentions.rq");
        assertEquals(ExitCodes.OK, q.exitCode(), q.err());
        long pairs = q.out().lines().count() - 1;
        assertTrue(pairs > 0, q.out());

        JsonNode cy = json(export("people-orgs.cyjs", "--format", "cytoscape", "--type", "person,organization",
                "--min-weight", "2"));
        assertEquals(pairs, cy.path("elements").path("edges").size());
        cy.path("elements").path("nodes").forEach(n ->
                assertTrue(Set.of("person", "organization").contains(n.path("data").path("type").asText()), n.toString()));
        cy.path("elements").path("edges").forEach(e -> assertTrue(e.path("data").path("weight").asInt() >= 2, e.toString()));
    }

    @Test
    void maxNodesKeepsTheHeaviestByWeightedDegree() throws Exception {
        JsonNode full = json(export("full.cyjs", "--format", "cytoscape"));
        Map<String, Double> degree = new HashMap<>();
        List<JsonNode> fullEdges = new ArrayList<>();
        full.path("elements").path("edges").forEach(e -> {
            fullEdges.add(e.path("data"));
            double w = e.path("data").path("weight").asDouble();
            degree.merge(e.path("data").path("source").asText(), w, Double::sum);
            degree.merge(e.path("data").path("target").asText(), w, Double::sum);
        });

        JsonNode top = json(export("top5.cyjs", "--format", "cytoscape", "--max-nodes", "5"));
        Set<String> kept = new HashSet<>();
        top.path("elements").path("nodes").forEach(n -> kept.add(n.path("data").path("id").asText()));
        assertEquals(5, kept.size());
        double lightestKept = kept.stream().mapToDouble(degree::get).min().orElseThrow();
        double heaviestDropped = degree.entrySet().stream().filter(en -> !kept.contains(en.getKey()))
                .mapToDouble(Map.Entry::getValue).max().orElseThrow();
        assertTrue(lightestKept >= heaviestDropped, lightestKept + " < " + heaviestDropped);
        long between = fullEdges.stream().filter(e -> kept.contains(e.path("source").asText())
                && kept.contains(e.path("target").asText())).count();
        assertEquals(between, top.path("elements").path("edges").size(), "every edge among the kept nodes stays");
    }

    @Test
    void datesLimitTheArticlesCountedAndDateTheEdges() throws Exception {
        long pairsThatDay = count("""
                SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?b WHERE {
                  GRAPH ?g { ?g schema:mentions ?a , ?b ; schema:datePublished ?d } FILTER(STR(?a) < STR(?b))
                  FILTER(STRSTARTS(STR(?d), "2025-03-13")) } }""");
        assertTrue(pairsThatDay > 0);
        JsonNode cy = json(export("day.cyjs", "--format", "cytoscape", "--from", "2025-03-13", "--to", "2025-03-13"));
        assertEquals(pairsThatDay, cy.path("elements").path("edges").size());
        cy.path("elements").path("edges").forEach(e -> {
            assertEquals("2025-03-13", e.path("data").path("first").asText(), e.toString());
            assertEquals("2025-03-13", e.path("data").path("last").asText(), e.toString());
        });

        // Without a range, the edges span the days the samples were published; pairs named only
        // in the sample that states no date have no date.
        Set<String> firsts = new HashSet<>();
        json(export("all.cyjs", "--format", "cytoscape")).path("elements").path("edges")
                .forEach(e -> firsts.add(e.path("data").path("first").asText("none")));
        assertEquals(Set.of("2025-03-12", "2025-03-13", "none"), firsts);

        Document gexf = GraphSchemas.validateGexf(export("day.gexf", "--format", "gexf", "--from", "2025-03-13"));
        var edge = (org.w3c.dom.Element) gexf.getElementsByTagNameNS(GexfWriter.NS, "edge").item(0);
        assertEquals("2025-03-13", edge.getAttribute("start"));
    }

    @Test
    void aConstructQueryGivesEdgesAndNamesNodes() throws Exception {
        Path rq = tmp.resolve("publishers.rq");
        Files.writeString(rq, """
                CONSTRUCT { ?a schema:publisher ?p . ?p schema:name ?n }
                WHERE { GRAPH ?a { ?a schema:publisher ?p . ?p schema:name ?n } }
                """);
        JsonNode cy = json(export("publishers.cyjs", "--format", "cytoscape", "--query", rq.toString()));
        long published = count("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?a schema:publisher ?p } }");
        assertEquals(published, cy.path("elements").path("edges").size());
        assertEquals(2 * published, cy.path("elements").path("nodes").size(), "each sample has its own outlet");
        Set<String> labels = new HashSet<>();
        Set<String> types = new HashSet<>();
        cy.path("elements").path("nodes").forEach(n -> {
            labels.add(n.path("data").path("label").asText());
            types.add(n.path("data").path("type").asText());
        });
        assertTrue(labels.contains("The Harbour Ledger"), labels.toString());
        assertEquals(Set.of("article", "organization"), types);
        cy.path("elements").path("edges").forEach(e -> assertEquals("schema:publisher", e.path("data").path("relation").asText()));
        GraphSchemas.validateGraphML(export("publishers.graphml", "--format", "graphml", "--query", rq.toString()));
    }

    @Test
    void aSelectQueryGivesWeightedLabelledEdges() throws Exception {
        Path rq = tmp.resolve("speaks-about.rq");
        Files.writeString(rq, """
                SELECT ?source ?target (COUNT(DISTINCT ?report) AS ?weight) ("speaks about" AS ?label)
                WHERE { GRAPH ?g { ?report newskg:speaker ?source ; schema:about ?target } }
                GROUP BY ?source ?target
                """);
        long pairs = count("""
                SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?t WHERE {
                  GRAPH ?g { ?r newskg:speaker ?s ; schema:about ?t } } }""");
        JsonNode cy = json(export("speaks.cyjs", "--format", "cytoscape", "--query", rq.toString()));
        assertEquals(pairs, cy.path("elements").path("edges").size());
        assertTrue(pairs > 0);
        cy.path("elements").path("edges").forEach(e -> assertEquals("speaks about", e.path("data").path("label").asText()));
        assertTrue(cy.path("data").path("directed").asBoolean());
    }

    @Test
    void badArgumentsAreUsageErrors() throws Exception {
        Path out = tmp.resolve("never.dot");
        CliRun view = CliRun.of("export", "--store", store.toString(), "--format", "dot", "--view", "roles", "-o", out.toString());
        assertEquals(ExitCodes.USAGE, view.exitCode());
        assertTrue(view.err().contains("co-mention, who-said-what, sources"), view.err());

        Path rq = tmp.resolve("ask.rq");
        Files.writeString(rq, "ASK { ?s ?p ?o }");
        CliRun ask = CliRun.of("export", "--store", store.toString(), "--format", "dot", "--query", rq.toString(), "-o", out.toString());
        assertEquals(ExitCodes.USAGE, ask.exitCode());

        CliRun dates = CliRun.of("export", "--store", store.toString(), "--format", "dot", "--query", rq.toString(),
                "--from", "2025-01-01", "-o", out.toString());
        assertEquals(ExitCodes.USAGE, dates.exitCode());
        CliRun type = CliRun.of("export", "--store", store.toString(), "--format", "dot", "--type", "event", "-o", out.toString());
        assertEquals(ExitCodes.USAGE, type.exitCode());
        assertFalse(Files.exists(out), "a refused export writes nothing");
    }
}
