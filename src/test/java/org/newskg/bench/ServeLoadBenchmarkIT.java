package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.CorpusRebuild;
import org.newskg.rdf.Iris;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.RunningServer;
import org.newskg.serve.ServeSettings;
import org.newskg.store.KnowledgeStore;

/**
 * The served store under load, on loopback only: {@code newskg.bench.clients} clients (32) send
 * a mix of library queries, linked-data pages (HTML and Turtle), VoID and small lookups for
 * {@code newskg.bench.seconds} (10 by default, so that this runs in {@code ./mvnw verify};
 * each client with its own address, given to the server as a proxy would, in X-Forwarded-For;
 * docs/PERFORMANCE.md has a 60 s run), and with {@code newskg.bench.hostile} (default 2) of
 * them sending the sort attack of issue 17 over and over. It reports, per kind of request, the
 * count, the answers that were not 2xx and the latency percentiles, to the console and to
 * {@code target/serve-load.md}. Speed is never asserted; what is asserted is that every request
 * was answered, no request failed with a server error (500), and every attack ended with 503.
 */
class ServeLoadBenchmarkIT {
    private static final String SORT_ATTACK = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f";

    @TempDir
    Path tmp;

    private record Kind(String name, Supplier<HttpRequest> request) {}

    private record Sample(int status, long micros) {}

    @Test
    void manyClientsGetAnswersAndAttacksEndByTheLimit() throws Exception {
        long quads = Long.getLong("newskg.bench.quads", 100_000);
        int clients = Integer.getInteger("newskg.bench.clients", 32);
        int hostile = Integer.getInteger("newskg.bench.hostile", 2);
        int seconds = Integer.getInteger("newskg.bench.seconds", 10);
        Path store = tmp.resolve("store");
        AggregateBenchmarkIT.writeSynthetic(store, quads);
        try (KnowledgeStore kg = KnowledgeStore.open(store, java.util.Optional.empty())) {
            CorpusRebuild.run(kg);
        }
        Map<String, List<Sample>> samples = new ConcurrentHashMap<>();
        List<String> report = new ArrayList<>();
        // Behind a proxy, as a public server is: each client has its own address (X-Forwarded-For),
        // so the per-client request slots see 32 clients, not one loopback address.
        try (RunningServer server = NewskgServer.start(ServeSettings.of(store).withPort(0).withBehindProxy(true))) {
            String root = server.baseUrl();
            String sparql = root + "newskg/sparql";
            List<String> articles = column(sparql, "SELECT ?a WHERE { ?a a <http://schema.org/NewsArticle> } LIMIT 200");
            List<String> entities = column(sparql, "SELECT DISTINCT ?e WHERE { ?e a <http://schema.org/Person> } LIMIT 200");
            Random pick = new Random(17);
            List<Kind> kinds = List.of(
                    new Kind("query entity-counts.rq", () -> post(sparql, library("entity-counts.rq"))),
                    new Kind("query people.rq", () -> post(sparql, library("people.rq"))),
                    new Kind("query articles.rq", () -> post(sparql, library("articles.rq"))),
                    new Kind("query lookup", () -> post(sparql, "SELECT ?p ?o WHERE { <" + any(entities, pick) + "> ?p ?o }")),
                    new Kind("page html", () -> get(page(root, any(articles, pick)), "text/html")),
                    new Kind("page turtle", () -> get(page(root, any(entities, pick)), "text/turtle")),
                    new Kind("void", () -> get(root + "void", "text/turtle")));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                boolean attacker = c < hostile;
                Random random = new Random(c);
                String address = "198.51.100." + (c + 1);
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        Kind k = attacker ? new Kind("ATTACK sort", () -> post(sparql, SORT_ATTACK))
                                : kinds.get(random.nextInt(kinds.size()));
                        long start = System.nanoTime();
                        int status;
                        try {
                            HttpRequest request = HttpRequest.newBuilder(k.request().get(), (n, v) -> true)
                                    .header("X-Forwarded-For", address).build();
                            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (IOException e) {
                            status = -1;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        samples.computeIfAbsent(k.name(), n -> Collections.synchronizedList(new ArrayList<>()))
                                .add(new Sample(status, (System.nanoTime() - start) / 1000));
                    }
                });
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS), "clients still waiting");
            report.add(String.format(Locale.ROOT, "%d clients (%d sending the sort attack) for %d s on %d quads, loopback",
                    clients, hostile, seconds, quads));
        }
        report.add("| request | count | not 2xx | p50 ms | p95 ms | p99 ms | max ms |");
        report.add("|---|---:|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, List<Sample>> e : new TreeMap<>(samples).entrySet()) {
            List<Long> ms = e.getValue().stream().map(s -> s.micros()).sorted().toList();
            Map<Integer, Long> statuses = new TreeMap<>();
            e.getValue().forEach(s -> statuses.merge(s.status(), 1L, Long::sum));
            long bad = e.getValue().stream().filter(s -> s.status() < 200 || s.status() >= 300).count();
            report.add(String.format(Locale.ROOT, "| %s | %d | %d %s | %.0f | %.0f | %.0f | %.0f |", e.getKey(), ms.size(), bad,
                    bad == 0 ? "" : statuses.toString(), pct(ms, 50), pct(ms, 95), pct(ms, 99), ms.get(ms.size() - 1) / 1000.0));
        }
        report.forEach(System.out::println);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "serve-load.md"), report);

        for (Map.Entry<String, List<Sample>> e : samples.entrySet()) {
            for (Sample s : e.getValue()) {
                assertTrue(s.status() > 0 && s.status() != 500, e.getKey() + " answered " + s.status());
                if (e.getKey().startsWith("ATTACK")) {
                    assertEquals(503, s.status(), e.getKey());
                }
            }
        }
    }

    private static double pct(List<Long> sortedMicros, int p) {
        int i = (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, i)) / 1000.0;
    }

    private static String any(List<String> from, Random random) {
        synchronized (random) {
            return from.get(random.nextInt(from.size()));
        }
    }

    private static String page(String root, String iri) {
        return root + "id/" + iri.substring(Iris.DEFAULT_BASE.length());
    }

    private static String library(String file) {
        try {
            return Files.readString(Path.of("queries", file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HttpRequest post(String url, String query) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
    }

    private static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).header("Accept", accept).GET().build();
    }

    private static List<String> column(String sparql, String query) throws Exception {
        String url = sparql + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> values = r.body().lines().skip(1).map(String::strip).toList();
        assertTrue(!values.isEmpty(), "nothing to ask for: " + r.body());
        return values;
    }
}
