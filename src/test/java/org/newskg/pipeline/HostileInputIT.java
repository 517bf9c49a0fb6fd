package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;
import org.newskg.cli.ExitCodes;
import org.newskg.rdf.Vocab;
import org.newskg.store.KnowledgeStore;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.newskg.rdf.Sources;

/**
 * A folder of hostile inputs beside good articles, made for real in the test (a named pipe, a
 * socket, links out of the folder, a multi-megabyte text on one line, a 12 MB JSON Lines row, a
 * file name with a newline and escape codes), through the real command line with real CoreNLP
 * and TDB2, in this JVM's heap: the run finishes with exit 3, names every bad input with its
 * reason, and stores every good article, those after the bad ones too.
 */
class HostileInputIT {
    @TempDir
    static Path tmp;

    private static Path in;
    private static Path namedPipe;
    private static Path store;
    private static CliRun run;

    @BeforeAll
    static void ingestAHostileFolder() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "root:x:0:0:root:/root:/bin/bash\n");
        for (String name : List.of("harbour-herald.txt", "coastal-times.txt")) {
            Files.copy(Path.of("src/test/resources/articles", name), in.resolve(name));
        }
        Files.copy(Path.of("src/test/resources/articles/north-wire.txt"), in.resolve("zz-after-everything.txt"));
        writeOneLine(in.resolve("a-one-line.txt"), 3L * 1024 * 1024);
        writeJsonRow(in.resolve("feed.jsonl"), 12L * 1024 * 1024);
        mkfifo(in.resolve("pipe.txt"));
        namedPipe = mkfifo(tmp.resolve("named-pipe.txt"));
        Files.createSymbolicLink(in.resolve("passwd.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(in.resolve("null.txt"), Path.of("/dev/null"));
        Files.writeString(in.resolve("evil\nERROR  forged \u001B[31mred.txt"), "");
        store = tmp.resolve("store");
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(in.resolve("app.sock")));
            run = assertTimeoutPreemptively(Duration.ofMinutes(8), () -> CliRun.of("ingest", "--store", store.toString(),
                    "--workers", "2", "--progress-interval", "0", "--max-article-chars", "30000", in.toString(), namedPipe.toString()));
        }
    }

    @Test
    void theRunFinishesWithPartialFailure() {
        assertEquals(ExitCodes.PARTIAL, run.exitCode(), run.out() + run.err());
    }

    @Test
    void everyBadInputIsNamedWithItsReason() {
        for (String line : List.of(
                "ERROR  " + in.resolve("pipe.txt") + "  source  not a regular file (a named pipe): not read",
                "ERROR  " + namedPipe + "  source  not a regular file (a named pipe): not read",
                "ERROR  " + in.resolve("app.sock") + "  source  not a regular file (a socket): not read",
                "ERROR  " + in.resolve("passwd.txt") + "  source  symbolic link to " + tmp.resolve("outside/secret.txt")
                        + ", outside the folders named: not followed (--follow-links to read it)",
                "ERROR  " + in.resolve("null.txt") + "  source  symbolic link to /dev/null, outside the folders named",
                "ERROR  " + in + "/evil\\nERROR  forged \\e[31mred.txt  source  empty file",
                "WARNING  " + in.resolve("a-one-line.txt") + "  source  article too long: 3,145,728 characters, "
                        + "more than --max-article-chars 30,000; only the first ",
                "WARNING  " + in.resolve("feed.jsonl") + "#line=1  source  article too long: ")) {
            assertTrue(run.err().contains(line), "missing: " + line + "\n" + run.err());
        }
        assertFalse(run.err().contains("\u001B"), "an escape code reached the terminal");
        assertFalse(run.err().contains("\nERROR  forged"), "a file name forged a log line");
        assertTrue(run.out().contains("problems: 6 error(s), 2 warning(s)"), run.out());
    }

    @Test
    void everyGoodArticleIsStoredThoseAfterTheBadOnesToo() {
        TreeSet<String> expected = new TreeSet<>(List.of(
                in.resolve("a-one-line.txt").toString(),
                in.resolve("coastal-times.txt").toString(),
                in.resolve("feed.jsonl") + "#line=1",
                in.resolve("harbour-herald.txt").toString(),
                in.resolve("zz-after-everything.txt").toString()));
        assertEquals(expected, storedSources(store, expected));
    }

    @Test
    void aCutArticleKeepsItsFirstPartOnly() {
        try (KnowledgeStore kg = KnowledgeStore.open(store, Optional.empty())) {
            int longest = kg.read(ds -> {
                int max = 0;
                for (Iterator<Quad> it = ds.asDatasetGraph().find(Node.ANY, Node.ANY, Vocab.IS_STRING, Node.ANY); it.hasNext(); ) {
                    max = Math.max(max, it.next().getObject().getLiteralLexicalForm().length());
                }
                return max;
            });
            assertTrue(longest > 20_000 && longest <= 30_000, "longest stored text: " + longest);
        }
    }

    /**
     * An article far past its time budget (a megabyte and a half of text, let through by a large character
     * budget: minutes of CoreNLP) is abandoned after the budget and reported; the good article after it
     * is stored, and progress lines name the long article while it runs.
     */
    @Test
    void anArticlePastItsTimeBudgetIsAbandonedAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        Path slow = Files.createDirectories(dir.resolve("slow"));
        writeOneLine(slow.resolve("a-long.txt"), 1_500_000);
        Files.copy(Path.of("src/test/resources/articles/coastal-times.txt"), slow.resolve("b-good.txt"));
        Path kg = dir.resolve("store");
        long start = System.nanoTime();
        CliRun r = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> CliRun.of("ingest", "--store", kg.toString(),
                "--workers", "1", "--progress-interval", "2", "--max-article-chars", "2000000", "--max-article-seconds", "10",
                slow.toString()));
        assertEquals(ExitCodes.PARTIAL, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("ERROR  " + slow.resolve("a-long.txt") + "  annotate  annotation abandoned after 10 s, "
                + "the --max-article-seconds budget: not stored (1,500,000 characters)"), r.err());
        assertTrue(r.err().contains(", annotating " + slow.resolve("a-long.txt") + " for 0:0"), r.err());
        TreeSet<String> expected = new TreeSet<>(List.of(slow.resolve("b-good.txt").toString()));
        assertEquals(expected, storedSources(kg, expected));
    }

    /**
     * The sources of the stored articles: each the one of {@code sources} whose key it holds (the
     * store holds no path), else "key " and the key.
     */
    static TreeSet<String> storedSources(Path store, Collection<String> sources) {
        Map<String, String> byKey = sources.stream().collect(Collectors.toMap(Sources::key, s -> s));
        try (KnowledgeStore kg = KnowledgeStore.open(store, Optional.empty())) {
            return kg.read(ds -> {
                TreeSet<String> found = new TreeSet<>();
                for (Iterator<Quad> it = ds.asDatasetGraph().find(Node.ANY, Node.ANY, Vocab.SOURCE_KEY, Node.ANY); it.hasNext(); ) {
                    Quad q = it.next();
                    if (q.getGraph().equals(q.getSubject())) {
                        String key = q.getObject().getLiteralLexicalForm();
                        found.add(byKey.getOrDefault(key, "key " + key));
                    }
                }
                return found;
            });
        }
    }

    static Path mkfifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor());
        return p;
    }

    /** News-like sentences with no line break at all, as a text extracted without its paragraphs. */
    static void writeOneLine(Path f, long chars) throws IOException {
        String sentence = "The harbour board of Ostbury met again on Tuesday to discuss the budget for dredging the channel. ";
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (long n = 0; n < chars; n += sentence.length()) {
                w.write(sentence, 0, (int) Math.min(sentence.length(), chars - n));
            }
        }
    }

    private static void writeJsonRow(Path f, long chars) throws IOException {
        String sentence = "Dock workers in Ostbury said on Monday that the new cranes would arrive in May. ";
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("{\"url\": \"https://post.example/long-row\", \"text\": \"Cranes for Ostbury\\n");
            for (long n = 0; n < chars; n += sentence.length()) {
                w.write(sentence);
            }
            w.write("\"}\n");
        }
    }
}
