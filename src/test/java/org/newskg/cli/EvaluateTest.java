package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Argument handling of {@code newskg evaluate}, before any model is loaded. */
class EvaluateTest {
    @TempDir
    Path tmp;

    @Test
    void missingFileIsAUsageErrorNamingThePath() {
        Path missing = tmp.resolve("nowhere.conll");
        CliRun r = CliRun.of("evaluate", "ner", "--conll", missing.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("no such file: " + missing), r.err());
    }

    @Test
    void conllIsRequired() {
        CliRun r = CliRun.of("evaluate", "ner");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("--conll"), r.err());
    }

    @Test
    void evaluateWithoutTaskListsTheTasks() {
        CliRun r = CliRun.of("evaluate");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("ner"), r.err());
    }

    @Test
    void aNegativeCountIsAUsageErrorForEveryTask() throws Exception {
        Path conll = java.nio.file.Files.writeString(tmp.resolve("gold.conll"), "-DOCSTART- -X- -X- O\n");
        String[][] commands = {
            {"evaluate", "ner", "--conll", conll.toString(), "--workers", "-1"},
            {"evaluate", "attribution", "--polnear", tmp.toString(), "--limit-docs", "-2"},
            {"evaluate", "coref", "--meantime", tmp.toString(), "--limit-docs", "-1"},
            {"evaluate", "speakers", "--gold", tmp.toString(), "--limit-docs", "-1"},
        };
        for (String[] command : commands) {
            CliRun r = CliRun.of(command);
            assertEquals(ExitCodes.USAGE, r.exitCode(), String.join(" ", command) + ": " + r.err());
            assertTrue(r.err().contains("--limit-docs and --workers take 0 or more"), r.err());
        }
    }

    @Test
    void helpDescribesTheScoring() {
        CliRun r = CliRun.of("evaluate", "ner", "--help");
        assertEquals(ExitCodes.OK, r.exitCode());
        assertTrue(r.out().contains("conlleval"), r.out());
    }
}
