package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KnowledgeStore;

/**
 * The command line with real CoreNLP, TDB2 and a real server in another process: one file is one
 * source however it is spelled, --limit, a store held by a running server, and Ctrl-C.
 */
class CommandLineIT {
    @TempDir
    static Path tmp;

    private static Path in;
    private static Path store;

    @BeforeAll
    static void ingestThreeArticlesByARelativePath() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of("coastal-times.txt", "harbour-herald.txt", "north-wire.txt")) {
            Files.copy(Path.of("src/test/resources/articles", name), in.resolve(name));
        }
        store = tmp.resolve("store");
        Path relative = Path.of("").toAbsolutePath().relativize(in);
        CliRun r = CliRun.of("ingest", "--store", store.toString(), "--workers", "2", relative.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("3 added"), r.out());
    }

    @Test
    void theSameFileByAnotherSpellingIsUnchangedNotADuplicate() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("link-to-in"), in);
        CliRun again = CliRun.of("ingest", "--store", store.toString(), in.resolve("./north-wire.txt").toString(),
                link.resolve("harbour-herald.txt").toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertTrue(again.out().contains("0 added, 0 replaced, 2 unchanged, 0 duplicate(s) skipped"), again.out());
    }

    @Test
    void limitTakesTheFirstArticlesAndRemoveTakesAnySpelling() throws Exception {
        Path limited = tmp.resolve("limited");
        CliRun r = CliRun.of("ingest", "--store", limited.toString(), "--limit", "2", in.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("Ingested 2 file(s)") && r.out().contains("(at most 2 article(s) taken from the inputs: --limit)"), r.out());
        try (KnowledgeStore kg = KnowledgeStore.open(limited, Optional.empty())) {
            assertEquals(2, kg.articleCount());
        }
        String otherSpelling = Path.of("").toAbsolutePath().relativize(in.resolve("../in/harbour-herald.txt")).toString();
        CliRun removed = CliRun.of("remove", "--store", limited.toString(), otherSpelling);
        assertEquals(ExitCodes.OK, removed.exitCode(), removed.err());
        assertTrue(removed.out().contains("1 articles left"), removed.out());
        CliRun notThere = CliRun.of("remove", "--store", limited.toString(), "no-such.txt");
        assertEquals(ExitCodes.PARTIAL, notThere.exitCode());
        assertTrue(notThere.err().contains("no-such.txt  not in the store " + limited + " (nor as "
                + Path.of("no-such.txt").toAbsolutePath() + "): no article with this IRI or source"), notThere.err());
    }

    @Test
    void aStoreHeldByARunningServerSaysWhatToDoAndTheServerAnswersInstead() throws Exception {
        Path served = tmp.resolve("served");
        CliRun copy = CliRun.of("ingest", "--store", served.toString(), in.resolve("north-wire.txt").toString());
        assertEquals(ExitCodes.OK, copy.exitCode(), copy.err());
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process server = child("serve", "--store", served.toString(), "--port", Integer.toString(port));
        try {
            awaitLine(reader(server), line -> line.contains("SPARQL endpoint:"));
            for (String command : List.of("query", "dump", "validate")) {
                CliRun held = command.equals("query")
                        ? CliRun.of("query", "--store", served.toString(), "-e", "ASK {}")
                        : CliRun.of(command, "--store", served.toString());
                assertEquals(ExitCodes.FAILED, held.exitCode(), command + ": " + held.err());
                assertTrue(held.err().contains("newskg " + command + ": the store " + served + " is in use by process " + server.pid()
                        + ", most likely a running 'newskg serve' or 'newskg demo'"), held.err());
            }
            CliRun asked = CliRun.of("query", "--endpoint", "http://127.0.0.1:" + port + "/newskg/sparql", "--format", "csv",
                    "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle }");
            assertEquals(ExitCodes.OK, asked.exitCode(), asked.err());
            assertEquals("n\r\n1\r\n", asked.out());
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** Ctrl-C (SIGINT) says what is stored, and the rerun finishes the job. */
    @Test
    void anInterruptedIngestSaysWhatIsStoredAndARerunFinishes() throws Exception {
        Path more = Files.createDirectories(tmp.resolve("more"));
        for (String name : List.of("brennmark-gazette.txt", "lindholm-ferry.txt", "north-quay-times.txt", "veldhaven-post.txt")) {
            Files.copy(Path.of("src/test/resources/statements", name), more.resolve(name));
        }
        Path interrupted = tmp.resolve("interrupted");
        Process ingest = child("ingest", "--store", interrupted.toString(), "--workers", "1", "--batch-size", "1",
                "--progress-interval", "0", more.toString());
        BufferedReader out = reader(ingest);
        String seen = awaitLine(out, line -> line.matches("ingest: \\d+/4 files, [1-3] articles, .*"));
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(ingest.pid())).start().waitFor());
        StringBuilder rest = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            rest.append(line).append('\n');
        }
        assertEquals(130, ingest.waitFor());
        assertTrue(rest.toString().matches("(?s).*ingest: interrupted: [1-3] article\\(s\\) stored in " + interrupted
                + "; run the same command again to finish the job \\(stored inputs are not annotated again\\)\n.*"), seen + rest);
        CliRun rerun = CliRun.of("ingest", "--store", interrupted.toString(), more.toString());
        assertEquals(ExitCodes.OK, rerun.exitCode(), rerun.err());
        try (KnowledgeStore kg = KnowledgeStore.open(interrupted, Optional.empty())) {
            assertEquals(4, kg.articleCount());
        }
    }

    private static Process child(String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx3g", "-cp",
                System.getProperty("java.class.path"), "org.newskg.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static BufferedReader reader(Process child) {
        return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Reads the child's output until a line matches; what it read. */
    private static String awaitLine(BufferedReader out, Predicate<String> wanted) throws Exception {
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (wanted.test(line)) {
                return seen.toString();
            }
        }
        assertNotNull(line, "the child ended first:\n" + seen);
        return seen.toString();
    }
}
