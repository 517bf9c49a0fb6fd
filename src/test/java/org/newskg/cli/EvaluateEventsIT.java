package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newskg evaluate events} on the first MEANTIME documents, read from ../shared at run time. */
class EvaluateEventsIT {
    @TempDir
    Path tmp;

    @Test
    void scoresTheProductsEventsAgainstMeantime() throws Exception {
        Path meantime = Path.of(System.getProperty("newskg.shared", "../shared"), "eval", "meantime_en",
                "intra_cross-doc_annotation");
        Assumptions.assumeTrue(Files.isDirectory(meantime), "no MEANTIME at " + meantime);
        Path errors = tmp.resolve("errors.tsv");
        CliRun run = CliRun.of("evaluate", "events", "--meantime", meantime.toString(), "--limit-docs", "10",
                "--errors", errors.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains(": 10 documents"), run.out());
        // The first ten (Airbus and Boeing news) tell of a signing in Paris on June 15, which MEANTIME annotates.
        Matcher all = Pattern.compile("(?m)^all\\s+(\\d+)\\s+(\\d+)").matcher(run.out());
        assertTrue(all.find() && Integer.parseInt(all.group(2)) >= 1, run.out());
        assertTrue(run.out().contains("B-cubed merged (EventMerger)"), run.out());
        assertTrue(Files.readAllLines(errors).stream().anyMatch(l -> l.startsWith("right\t")), "the right events are listed");
    }

    @Test
    void aMissingFolderIsAClearError() {
        CliRun run = CliRun.of("evaluate", "events", "--meantime", "no/such/folder");
        assertTrue(run.exitCode() != ExitCodes.OK);
        assertTrue(run.err().contains("no/such/folder"), run.err());
    }
}
