package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;

/**
 * The real standalone {@code jena-fuseki-server} 5.6.0 jar from Maven Central, started as its own
 * process with newskg's module jar as docs/serving.md says, on a store built by {@code newskg
 * ingest}, with the project's {@code fuseki-config/config.ttl} plus a password-protected update
 * endpoint: it enforces the config's result limit, refuses SERVICE and LOAD, and accepts INSERT
 * DATA from the editor. Without the module jar the same config does not start at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneFusekiIT {
    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    static final String USER = "editor";
    static final String PASSWORD = "quay lantern 42 drift";
    private static final String UPDATE_TYPE = "application/sparql-update";
    private static final String CSV = "text/csv";
    private static final String MANY = "http://example.org/test/many";
    private static final long LIMIT = 10_000;

    private Path dir;
    private Process fuseki;
    private String root;

    @BeforeAll
    void ingestAndStart(@TempDir Path tmp) throws Exception {
        dir = tmp;
        // The config's own relative paths (data/store, data/store/text-index) from this folder.
        CliRun ingest = CliRun.of("ingest", "--store", tmp.resolve("data/store").toString(), "src/test/resources/articles");
        assertEquals(0, ingest.exitCode(), ingest.err());
        Path config = withUpdateEndpoint(tmp.resolve("config.ttl"));
        Files.writeString(tmp.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        int port = freePort();
        root = "http://localhost:" + port + "/";
        fuseki = fusekiProcess(tmp, "fuseki.log", List.of("-cp", jar("newskg.fusekiServerJar") + File.pathSeparator
                        + jar("newskg.fusekiModuleJar"), "org.apache.jena.fuseki.main.cmds.FusekiServerCmd",
                "--modules=true", "--config", config.toString(), "--localhost", "--port", String.valueOf(port),
                "--passwd", "passwd", "--auth=basic"));
        awaitReady(fuseki, tmp.resolve("fuseki.log"), root);
    }

    @AfterAll
    void stop() throws InterruptedException {
        stop(fuseki);
    }

    /** Stops a server process started by {@link #fusekiProcess}, forcibly after 30 s. */
    static void stop(Process fuseki) throws InterruptedException {
        if (fuseki != null) {
            fuseki.destroy();
            if (!fuseki.waitFor(30, TimeUnit.SECONDS)) {
                fuseki.destroyForcibly().waitFor();
            }
        }
    }

    /** The project's config, unchanged but for an update endpoint open to {@link #USER} only. */
    static Path withUpdateEndpoint(Path target) throws IOException {
        return withUpdateEndpoint(target, ServeConfig.load(ServeConfig.DEFAULT_PATH));
    }

    /** {@code config} with an update endpoint open to {@link #USER} only, written to {@code target}. */
    static Path withUpdateEndpoint(Path target, Model config) throws IOException {
        Resource service = config.listSubjectsWithProperty(RDF.type, config.createResource(FUSEKI + "Service"))
                .next();
        Property p = config.createProperty(FUSEKI, "endpoint");
        service.addProperty(p, config.createResource()
                .addProperty(config.createProperty(FUSEKI, "operation"), config.createResource(FUSEKI + "update"))
                .addProperty(config.createProperty(FUSEKI, "name"), "update")
                .addProperty(config.createProperty(FUSEKI, "allowedUsers"), USER));
        try (OutputStream out = Files.newOutputStream(target)) {
            RDFDataMgr.write(out, config, Lang.TURTLE);
        }
        return target;
    }

    static String jar(String property) {
        String path = System.getProperty(property);
        assertTrue(path != null && Files.isRegularFile(Path.of(path)),
                property + " must name a jar (set by the failsafe configuration in pom.xml): " + path);
        return path;
    }

    static Process fusekiProcess(Path workDir, String log, List<String> args) throws IOException {
        return fusekiProcess(workDir, log, "1g", args);
    }

    static Process fusekiProcess(Path workDir, String log, String heap, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(workDir.resolve(log).toFile());
        Map<String, String> env = pb.environment();
        env.put("FUSEKI_BASE", workDir.resolve("run-" + log).toString());
        return pb.start();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static void awaitReady(Process fuseki, Path log, String root) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!fuseki.isAlive()) {
                throw new AssertionError("the standalone Fuseki stopped:\n" + Files.readString(log));
            }
            try {
                if (Http.get(root + "$/ping", "text/plain").statusCode() == 200) {
                    return;
                }
            } catch (AssertionError notYetListening) {
                // connection refused until Jetty has started
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the standalone Fuseki did not answer within 120 s:\n" + Files.readString(log));
    }

    private String sparql() {
        return root + "newskg/sparql";
    }

    private HttpResponse<String> update(String body) {
        return Http.postAs(USER, PASSWORD, root + "newskg/update", UPDATE_TYPE, body);
    }

    private long csvRows(String query) {
        HttpResponse<String> r = Http.query(sparql(), query, CSV);
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().count() - 1;
    }

    @Test
    void readsTheIngestedArticlesAndTheirTextIndex() {
        HttpResponse<String> r = Http.query(sparql(), "PREFIX schema: <http://schema.org/> "
                + "SELECT ?title WHERE { ?a a schema:NewsArticle ; schema:headline ?title } ORDER BY ?title", CSV);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("title", "Port of Veldhaven signs deal with Norrland Shipping",
                "Shipping firm to expand Veldhaven terminal", "Veldhaven port deal approved"), r.body().lines().toList());
        HttpResponse<String> hits = Http.query(sparql(), "PREFIX text: <http://jena.apache.org/text#> "
                + "PREFIX schema: <http://schema.org/> SELECT DISTINCT ?title WHERE { "
                + "?a text:query (schema:headline \"terminal\") ; schema:headline ?title }", CSV);
        assertEquals(200, hits.statusCode(), hits.body());
        assertEquals(List.of("title", "Shipping firm to expand Veldhaven terminal"), hits.body().lines().toList());
    }

    @Test
    void theConfigsResultLimitCapsEverySelect() {
        StringBuilder insert = new StringBuilder("INSERT DATA { GRAPH <" + MANY + "> {\n");
        for (int i = 0; i < LIMIT + 50; i++) {
            insert.append("<http://example.org/test/s").append(i).append("> <http://example.org/test/p> ")
                    .append(i).append(" .\n");
        }
        HttpResponse<String> r = update(insert.append("} }").toString());
        assertEquals(204, r.statusCode(), r.body());

        String all = "SELECT * WHERE { GRAPH <" + MANY + "> { ?s ?p ?o } }";
        assertEquals(LIMIT, csvRows(all));
        assertEquals(LIMIT, csvRows(all + " LIMIT 20000"));
        assertEquals(7, csvRows(all + " LIMIT 7"));
        HttpResponse<String> count = Http.query(sparql(),
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + MANY + "> { ?s ?p ?o } }", CSV);
        assertEquals(List.of("n", String.valueOf(LIMIT + 50)), count.body().lines().toList());
    }

    @Test
    void serviceIsRefusedWithoutAnyConnection() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(1500);
            String remote = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
            HttpResponse<String> r = Http.query(sparql(), "SELECT * WHERE { SERVICE <" + remote + "> { ?s ?p ?o } }", CSV);
            assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
            assertThrows(SocketTimeoutException.class, listener::accept);
        }
    }

    @Test
    void loadIsRefusedEvenForTheEditorWithoutAnyConnection() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(1500);
            String remote = "http://127.0.0.1:" + listener.getLocalPort() + "/data.ttl";
            assertEquals(403, update("LOAD <" + remote + ">").statusCode());
            HttpResponse<String> mixed = update("INSERT DATA { GRAPH <http://example.org/test/g> { "
                    + "<http://example.org/test/x> <http://example.org/test/p> 1 } } ; LOAD <" + remote + ">");
            assertEquals(403, mixed.statusCode(), mixed.body());
            assertThrows(SocketTimeoutException.class, listener::accept);
        }
        assertEquals(List.of("n", "0"), Http.query(sparql(),
                "SELECT (COUNT(*) AS ?n) WHERE { <http://example.org/test/x> ?p ?o }", CSV).body().lines().toList());
    }

    @Test
    void insertDataNeedsThePasswordAndThenWorks() {
        String insert = "INSERT DATA { GRAPH <http://example.org/test/notes> { "
                + "<http://example.org/test/note1> <http://schema.org/text> \"checked by the desk\" } }";
        assertEquals(401, Http.post(root + "newskg/update", UPDATE_TYPE, insert).statusCode());
        assertEquals(401, Http.postAs(USER, "wrong", root + "newskg/update", UPDATE_TYPE, insert).statusCode());
        String ask = "ASK { <http://example.org/test/note1> <http://schema.org/text> \"checked by the desk\" }";
        assertEquals("false", Http.query(sparql(), ask, CSV).body().lines().toList().get(1));

        HttpResponse<String> r = update(insert);
        assertEquals(204, r.statusCode(), r.body());
        assertEquals("true", Http.query(sparql(), ask, CSV).body().lines().toList().get(1));
    }

    @Test
    void withoutTheModuleJarTheConfigDoesNotStart() throws Exception {
        Path config = dir.resolve("config.ttl");
        Process plain = fusekiProcess(dir, "plain.log", List.of("-jar", jar("newskg.fusekiServerJar"),
                "--config", config.toString(), "--localhost", "--port", String.valueOf(freePort())));
        try {
            assertTrue(plain.waitFor(120, TimeUnit.SECONDS), "the server without the module kept running");
            assertNotEquals(0, plain.exitValue());
            String log = Files.readString(dir.resolve("plain.log"));
            assertTrue(log.contains("org.newskg.serve.module.NewskgFusekiModule"), log);
        } finally {
            plain.destroyForcibly();
        }
    }
}
