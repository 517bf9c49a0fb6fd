package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.ExitCodes;

/**
 * An article that does not fit in the heap, run as a user runs it: the packaged jar in its own JVM
 * with a small heap ({@code java -Xmx1400m -jar target/newskg.jar ingest}), on a folder with a
 * 15 MB article of ordinary news sentences (let through by raised size and character budgets)
 * beside a good one. Annotated, the big article would fill the heap a token at a time and stall
 * the run in garbage collection (docs/PERFORMANCE.md); it is refused before its annotation
 * starts, the run goes on, ends with exit 3, names the big file with that reason, and stores the
 * good article.
 */
class OutOfMemoryIT {
    /** Enough for CoreNLP's models and an ordinary article, far too little for 15 MB of tokens. */
    private static final String HEAP = "-Xmx1400m";
    private static final long BIG_CHARS = 15_000_000;

    @TempDir
    Path tmp;

    @Test
    void anArticleThatRunsOutOfMemoryIsItsOwnIssueAndTheRunGoesOn() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path big = in.resolve("a-huge.txt");
        writeNews(big, BIG_CHARS);
        Path good = in.resolve("b-good.txt");
        Files.copy(Path.of("src/test/resources/articles/coastal-times.txt"), good);
        Path store = tmp.resolve("store");
        Path jar = Path.of("target/newskg.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "no packaged jar at " + jar + " (the package phase makes it)");
        Path log = tmp.resolve("ingest.log");
        // One worker: the good article is annotated after the big one has failed, whatever the timing.
        Process ingest = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-jar", jar.toString(), "ingest", "--store", store.toString(), "--no-link", "--workers", "1", "--progress-interval", "5", "--max-size", "20000000", "--max-article-chars", "20000000",
                in.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = ingest.waitFor(4, TimeUnit.MINUTES);
        if (!ended) {
            ingest.destroyForcibly().waitFor();
        }
        String output = Files.readString(log);
        assertTrue(ended, "the ingest did not finish:\n" + output);

        assertEquals(ExitCodes.PARTIAL, ingest.exitValue(), output);
        assertTrue(output.contains("ERROR  " + big + "  annotate  too long for the memory left: 14,"), output);
        assertTrue(output.contains("lower --max-article-chars, or give Java more memory"), output);
        assertFalse(output.contains("Exception in thread"), "an error escaped a thread:\n" + output);
        assertEquals(new TreeSet<>(List.of(good.toString())), HostileInputIT.storedSources(store, List.of(big.toString(), good.toString())));
    }

    /**
     * Paragraphs of five news sentences, drawn from a few subjects, verbs and objects with a
     * seeded generator: text CoreNLP tokenises and tags like any article, only far longer.
     */
    static void writeNews(Path f, long chars) throws IOException {
        List<String> subjects = List.of("The harbour board", "Mayor Lena Ostrova", "The city council", "Dock workers",
                "A spokesperson for the port authority", "The regional transport ministry", "Local fishermen",
                "The Coastal Freight Alliance");
        List<String> verbs = List.of("said on Tuesday that", "announced on Monday that", "told reporters in Ostbury that",
                "warned last week that", "confirmed on Friday that");
        List<String> objects = List.of("the new cranes would arrive in May", "the dredging budget would rise by %d percent",
                "talks on the channel would resume next month", "%d jobs were at risk",
                "the ferry timetable would change from June %d", "the pier needed repairs costing %d million euros");
        Random random = new Random(7);
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            long written = 0;
            while (written < chars) {
                StringBuilder paragraph = new StringBuilder();
                for (int i = 0; i < 5; i++) {
                    String object = String.format(objects.get(random.nextInt(objects.size())), 2 + random.nextInt(89));
                    paragraph.append(i == 0 ? "" : " ").append(subjects.get(random.nextInt(subjects.size()))).append(' ')
                            .append(verbs.get(random.nextInt(verbs.size()))).append(' ').append(object).append('.');
                }
                paragraph.append("\n\n");
                w.write(paragraph.toString());
                written += paragraph.length();
            }
        }
    }
}
