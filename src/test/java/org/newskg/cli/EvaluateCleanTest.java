package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.clean.Cleaner;
import org.newskg.eval.CleanEvaluation;
import org.newskg.eval.CleanGold;
import org.newskg.eval.CleanScores;
import org.newskg.eval.KeptLines;

/** {@code newskg evaluate clean}: the gold format, the line matching, the scores and the corpus mode. */
class EvaluateCleanTest {
    @TempDir
    Path tmp;

    @Test
    void goldPagesGiveTheirPageAndTheirMarks() throws Exception {
        Path f = tmp.resolve("p.txt");
        Files.writeString(f, "# a comment\n- Home | World | Sport\n+ Dock workers in Harnby vote to strike\n\n+ Workers at the container terminal voted on Monday to strike over pay, their union said.\n");
        CleanGold g = CleanGold.read(f);
        assertEquals("Home | World | Sport\nDock workers in Harnby vote to strike\n\n"
                + "Workers at the container terminal voted on Monday to strike over pay, their union said.\n", g.page());
        assertEquals(List.of(2, 3, 4, 5), g.lines().stream().map(CleanGold.Line::number).toList());
        assertEquals(List.of(false, true, false, true), g.lines().stream().map(CleanGold.Line::content).toList());
    }

    @Test
    void aLineWithoutAMarkIsAFormatErrorWithItsLine() throws Exception {
        Path f = tmp.resolve("bad.txt");
        Files.writeString(f, "+ A headline of some length\nno mark here\n");
        var e = assertThrows(CleanGold.GoldFormatException.class, () -> CleanGold.read(f));
        assertTrue(e.getMessage().contains("bad.txt:2"), e.getMessage());
    }

    @Test
    void keptLinesAreMatchedInOrderWithSpacesNormalised() {
        List<String> page = List.of("Menu", "A  headline\u00A0here", "", "Body text.", "Menu", "Body text.");
        boolean[] kept = KeptLines.of(page, "A headline here\nBody text.");
        assertEquals("[false, true, false, true, false, false]", java.util.Arrays.toString(kept));
    }

    @Test
    void scoresCountContentKeptAndBoilerplateKept() throws Exception {
        Path f = tmp.resolve("page.txt");
        Files.writeString(f, """
                - Advertisement
                + Harnby port reopens after storm repairs
                + The port of Harnby reopened on Tuesday after two weeks of repairs to its outer wall, the harbour master said.
                + Fishing boats were the first to sail, followed by the morning ferry to the islands.
                - Share this article
                - Copyright 2024 Harnby Gazette. All rights reserved.
                """);
        CleanEvaluation.Result r = new CleanEvaluation(new Cleaner()).run(List.of(CleanGold.read(f)));
        CleanScores s = r.scores();
        assertEquals(3, s.contentKept() + s.contentLost());
        assertEquals(3, s.boilerplateKept() + s.boilerplateDropped());
        assertEquals(r.mistakes().size(), s.contentLost() + s.boilerplateKept());
        assertEquals(1.0, s.recall());
    }

    /** The project's gold set: every page parses, and the figures printed are consistent with each other. */
    @Test
    void theGoldSetIsScoredWithEveryMistakeListed() {
        CliRun r = CliRun.of("evaluate", "clean", "--gold", "eval/clean");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        Matcher m = Pattern.compile("precision (\\S+) \\((\\d+) of (\\d+) kept lines are content\\), recall (\\S+) \\((\\d+) of (\\d+)")
                .matcher(r.out());
        assertTrue(m.find(), r.out());
        int keptLines = Integer.parseInt(m.group(3));
        int contentKept = Integer.parseInt(m.group(2));
        int content = Integer.parseInt(m.group(6));
        long listed = r.out().lines().filter(l -> l.startsWith("content dropped\t") || l.startsWith("boilerplate kept\t")).count();
        assertEquals((keptLines - contentKept) + (content - contentKept), listed, r.out());
        // A quality floor, not the measured figure (that is in docs/QUALITY.md).
        assertTrue(Double.parseDouble(m.group(4)) >= 0.9, r.out());
        assertTrue(Double.parseDouble(m.group(1)) >= 0.7, r.out());
    }

    @Test
    void aCorpusIsCountedLineByLine() throws Exception {
        Path csv = tmp.resolve("export.csv");
        Files.writeString(csv, "title,text\nHarnby,\"Harnby port reopens\nADVERTISEMENT\n"
                + "The port of Harnby reopened on Tuesday after two weeks of repairs to its outer wall, the harbour master said.\"\n");
        Path lines = tmp.resolve("lines.tsv");
        CliRun r = CliRun.of("evaluate", "clean", "--corpus", csv.toString(), "--lines", lines.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("articles 1 (1 with some line dropped); non-blank lines 3: kept 2, dropped 1"), r.out());
        assertTrue(Files.readString(lines).contains(csv + "#row=1\t2\tdropped\tADVERTISEMENT\n"), Files.readString(lines));
    }

    @Test
    void goldOrCorpusIsRequired() {
        CliRun r = CliRun.of("evaluate", "clean");
        assertEquals(ExitCodes.USAGE, r.exitCode());
    }

    /** The real pages by path: a line per page, the sums, and the metadata counts (needs ../shared). */
    @Test
    void realPagesByPathArePrintedPageByPage() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("../shared/corpus")), "no ../shared");
        CliRun r = CliRun.of("evaluate", "clean", "--pages", "eval/clean/real", "--shared", "../shared");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("s004-newspaper-wire.page\tP "), r.out());
        assertTrue(r.out().contains("pages that lost their whole story: 0"), r.out());
        assertTrue(r.out().contains("title ") && r.out().contains("language "), r.out());
    }
}
