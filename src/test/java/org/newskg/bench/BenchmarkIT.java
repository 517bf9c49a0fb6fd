package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;
import org.newskg.cli.ExitCodes;

/** The real command with real CoreNLP and TDB2 on three small articles; speed is never asserted. */
class BenchmarkIT {
    @TempDir
    Path tmp;

    @Test
    void measuresBothPhasesOnTheSameArticlesAndLeavesNoStoreBehind() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : List.of("harbour-herald.txt", "coastal-times.txt", "north-wire.txt")) {
            Files.copy(Path.of("src/test/resources/articles", name), corpus.resolve(name));
        }
        Files.writeString(corpus.resolve("README.txt"), "About this corpus: three articles.\n");
        Set<Path> tempBefore = benchStores();

        CliRun run = CliRun.of("benchmark", "--corpus", corpus.toString(), "--limit", "10",
                "--workers", "2", "--warmup", "1", "--format", "csv");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> rows = run.out().lines().toList();
        assertEquals(4, rows.size(), run.out());
        assertPhase(rows.get(1), "bare CoreNLP");
        assertPhase(rows.get(2), "end to end");
        assertTrue(rows.get(3).startsWith("end to end / bare,2,"), rows.get(3));
        assertTrue(run.err().contains("end to end: 3/3"), run.err());
        // Only new ones count: other processes on a shared machine make and remove their own meanwhile.
        Set<Path> left = new java.util.HashSet<>(benchStores());
        left.removeAll(tempBefore);
        assertEquals(Set.of(), left, "temporary stores left behind");
    }

    /** phase,workers,articles,tokens,errors,wall_s,articles_per_s,tokens_per_s,cpu_s,articles_per_cpu_s,heap,heap after GC,rss */
    private static void assertPhase(String row, String phase) {
        Matcher m = Pattern.compile(Pattern.quote(phase) + ",2,3,(\\d+),0,([\\d.]+),([\\d.]+),([\\d.]+),([\\d.]+),([\\d.]+),(\\d+),(\\d+),\\d*")
                .matcher(row);
        assertTrue(m.matches(), row);
        assertTrue(Long.parseLong(m.group(1)) > 0, "tokens: " + row);
        assertTrue(Double.parseDouble(m.group(3)) > 0, "articles/s: " + row);
        assertTrue(Double.parseDouble(m.group(4)) > 0, "tokens/s: " + row);
        assertTrue(Double.parseDouble(m.group(5)) > 0, "CPU s: " + row);
        assertTrue(Long.parseLong(m.group(8)) > 0, "heap after GC: " + row);
    }

    private static Set<Path> benchStores() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("newskg-bench-")).collect(Collectors.toSet());
        }
    }
}
