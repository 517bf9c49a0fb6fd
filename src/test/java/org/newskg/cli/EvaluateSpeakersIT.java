package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newskg evaluate speakers} with real CoreNLP on the first two articles of the project's own gold. */
class EvaluateSpeakersIT {
    @Test
    void scoresTheProductsStatementsOnTwoGoldArticles(@TempDir Path dir) throws Exception {
        Path corpus = Path.of(System.getProperty("newskg.shared", "../shared"), "corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
        Path errors = dir.resolve("errors.tsv");
        CliRun run = CliRun.of("evaluate", "speakers", "--gold", "eval/speakers", "--corpus", corpus.toString(),
                "--limit-docs", "2", "--workers", "1", "--errors", errors.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains(": 2 articles from"), run.out());
        Matcher all = Pattern.compile("(?m)^all\\s+(\\d+)\\s+(\\d+)").matcher(run.out());
        assertTrue(all.find(), run.out());
        int gold = Integer.parseInt(all.group(1));
        int found = Integer.parseInt(all.group(2));
        assertTrue(gold > 20 && found > gold / 3, run.out());
        Matcher accuracy = Pattern.compile("speaker accuracy on found statements: (\\d\\.\\d+)").matcher(run.out());
        assertTrue(accuracy.find() && Double.parseDouble(accuracy.group(1)) > 0.5, run.out());
        List<String> lines = Files.readAllLines(errors);
        assertEquals(org.newskg.eval.SpeakerErrorWriter.HEADER, lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.split("\t", -1).length == 9), lines.toString());
    }

    @Test
    void aMissingGoldFileIsAClearError() {
        CliRun run = CliRun.of("evaluate", "speakers", "--gold", "no/such/gold.tsv");
        assertTrue(run.exitCode() != ExitCodes.OK);
        assertTrue(run.err().contains("no/such/gold.tsv"), run.err());
    }
}
