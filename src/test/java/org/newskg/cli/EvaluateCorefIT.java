package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code newskg evaluate coref} on the first MEANTIME documents, read from ../shared at run time. */
class EvaluateCorefIT {
    @Test
    void scoresTheProductsMentionsAgainstCrossDocumentInstances() {
        Path meantime = Path.of(System.getProperty("newskg.shared", "../shared"), "eval", "meantime_en",
                "intra_cross-doc_annotation");
        Assumptions.assumeTrue(Files.isDirectory(meantime), "no MEANTIME at " + meantime);
        CliRun run = CliRun.of("evaluate", "coref", "--meantime", meantime.toString(), "--limit-docs", "10");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains(": 10 documents"), run.out());
        Matcher matched = Pattern.compile("matched by a system mention: (\\d+)").matcher(run.out());
        assertTrue(matched.find() && Integer.parseInt(matched.group(1)) > 20, run.out());
        assertTrue(run.out().contains("article-level IRIs only") && run.out().contains("with resolution"), run.out());
    }

    @Test
    void aMissingFolderIsAClearError() {
        CliRun run = CliRun.of("evaluate", "coref", "--meantime", "no/such/folder");
        assertTrue(run.exitCode() != ExitCodes.OK);
        assertTrue(run.err().contains("no/such/folder"), run.err());
    }
}
