package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.eval.AttributionErrorWriter;

/**
 * {@code newskg evaluate attribution} with real CoreNLP on a PolNeAR-format folder written here:
 * two invented articles, hand-written brat files, and a metadata.tsv one level up (as PolNeAR
 * ships it) that picks one of two annotators for the first article.
 */
class EvaluateAttributionIT {
    @TempDir
    static Path tmp;

    private static Path dev;
    private static Path errors;
    private static CliRun run;

    private static final String BRIDGE = "Mayor Lena Ortiz said on Monday that the bridge would reopen in May.\n\n"
            + "“We are nearly done with the work on the bridge,” Ortiz told reporters.\n\nThe weather was cold.\n";
    /** The annotator metadata.tsv names first: two attributions. */
    private static final String BRIDGE_B2 = """
            T1\tSource 0 16\tMayor Lena Ortiz
            T2\tCue 17 21\tsaid
            T3\tContent 37 67\tthe bridge would reopen in May
            T4\tAttribution 17 21\tsaid
            E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3
            T5\tContent 70 119\t“We are nearly done with the work on the bridge,”
            T6\tSource 120 125\tOrtiz
            T7\tCue 126 130\ttold
            T8\tAttribution 126 130\ttold
            E2\tAttribution:T8 Content:T5 Source:T6 Cue:T7
            """;
    /** The other annotator: one attribution only, so the gold count shows whose file was read. */
    private static final String BRIDGE_A1 = """
            T1\tSource 0 16\tMayor Lena Ortiz
            T2\tCue 17 21\tsaid
            T3\tContent 37 67\tthe bridge would reopen in May
            T4\tAttribution 17 21\tsaid
            E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3
            """;
    private static final String COUNCIL = "Critics argued that the whole project had been badly delayed from the start.\n\n"
            + "The council plans a vote next week, according to a memo.\n";
    private static final String COUNCIL_C3 = """
            T1\tSource 0 7\tCritics
            T2\tCue 8 14\targued
            T3\tContent 20 75\tthe whole project had been badly delayed from the start
            T4\tAttribution 8 14\targued
            E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
            T5\tContent 78 112\tThe council plans a vote next week
            T6\tCue 114 126\taccording to
            T7\tSource 127 133\ta memo
            T8\tAttribution 114 126\taccording to
            E2\tAttribution:T8 Content:T5 Cue:T6 Source:T7
            T9\tAttribution-no-source 8 14\targued
            E3\tAttribution-no-source:T9
            T10\tDiscard 78 89\tThe council
            """;

    @BeforeAll
    static void evaluate() throws Exception {
        Path root = tmp.resolve("polnear");
        dev = root.resolve("dev");
        Files.createDirectories(dev.resolve("text"));
        Files.createDirectories(dev.resolve("attributions"));
        Files.writeString(dev.resolve("text/site_2016-01-04_bridge.txt"), BRIDGE);
        Files.writeString(dev.resolve("attributions/site_2016-01-04_bridge_b2.ann"), BRIDGE_B2);
        Files.writeString(dev.resolve("attributions/site_2016-01-04_bridge_a1.ann"), BRIDGE_A1);
        Files.writeString(dev.resolve("text/site_2016-01-05_council.txt"), COUNCIL);
        Files.writeString(dev.resolve("attributions/site_2016-01-05_council_c3.ann"), COUNCIL_C3);
        Files.writeString(root.resolve("metadata.tsv"), String.join("\n",
                "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date",
                "dev\tsite_2016-01-04_bridge\t3\tb2|a1\tsite\t2016-01-04",
                "dev\tsite_2016-01-05_council\t4\tc3\tsite\t2016-01-05", ""));
        errors = tmp.resolve("errors.tsv");
        run = CliRun.of("evaluate", "attribution", "--polnear", dev.toString(), "--workers", "2", "--errors", errors.toString());
    }

    /** Table rows by label: the numbers after it. */
    private static Map<String, double[]> rows(String out) {
        Map<String, double[]> rows = new HashMap<>();
        for (String line : out.lines().toList()) {
            String[] cols = line.trim().split(" +");
            if (cols.length >= 3 && cols[1].matches("\\d+")) {
                double[] v = new double[cols.length - 1];
                for (int i = 1; i < cols.length; i++) {
                    v[i - 1] = Double.parseDouble(cols[i]);
                }
                rows.put(cols[0], v);
            }
        }
        return rows;
    }

    @Test
    void succeedsAndReportsWhatItRead() {
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        // 2 from annotator b2 (not a1's 1) + 2 from the second article; its E3 has no content.
        assertTrue(run.out().contains("2 articles, 4 gold attributions (1 without content skipped)"), run.out());
        assertTrue(run.err().contains("evaluate attribution: 2 articles done"), run.err());
    }

    @Test
    void tableRowsAreConsistent() {
        Map<String, double[]> rows = rows(run.out());
        for (String label : List.of("exact", "overlap>=0.5", "any-overlap")) {
            double[] r = rows.get(label);
            assertEquals(4, r[0], label);
            assertEquals(r[2], r[3], label);
        }
        assertTrue(rows.get("exact")[2] <= rows.get("overlap>=0.5")[2], run.out());
        assertTrue(rows.get("overlap>=0.5")[2] <= rows.get("any-overlap")[2], run.out());
        assertEquals(1, rows.get("direct")[0], run.out());
        assertEquals(3, rows.get("indirect")[0], run.out());
        double system = rows.get("exact")[1];
        assertEquals(system, rows.get("direct")[1] + rows.get("indirect")[1], run.out());
        double pairs = rows.get("overlap>=0.5")[2];
        assertEquals(pairs, rows.get("speaker-right")[0] + rows.get("speaker-wrong")[0] + rows.get("speaker-none")[0]
                + rows.get("gold-none-sys")[0] + rows.get("both-none")[0], run.out());
    }

    @Test
    void theQuoteWithItsNamedSpeakerIsFound() {
        Map<String, double[]> rows = rows(run.out());
        // "“...,” Ortiz told reporters." is the plainest case there is: found, as a direct quote, with its speaker.
        assertEquals(1, rows.get("direct")[2], run.out());
        assertTrue(rows.get("direct")[1] >= 1, run.out());
        assertTrue(rows.get("speaker-right")[0] >= 1, run.out());
        assertTrue(rows.get("overlap>=0.5")[2] >= 2, run.out());
    }

    @Test
    void errorLinesHaveTheirTexts() throws Exception {
        List<String> lines = Files.readAllLines(errors);
        assertEquals(AttributionErrorWriter.HEADER, lines.get(0));
        Map<String, double[]> rows = rows(run.out());
        long fn = lines.stream().filter(l -> l.startsWith("FN\t")).count();
        long fp = lines.stream().filter(l -> l.startsWith("FP\t")).count();
        assertEquals(4 - rows.get("overlap>=0.5")[2], fn, String.join("\n", lines));
        assertEquals(rows.get("exact")[1] - rows.get("overlap>=0.5")[2], fp, String.join("\n", lines));
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            assertEquals(10, cols.length, line);
            String text = cols[3].endsWith("bridge") ? BRIDGE : COUNCIL;
            String first = cols[5].split(" \\.\\.\\. ")[0];
            assertTrue(text.startsWith(first, Integer.parseInt(cols[4])), line);
        }
    }

    @Test
    void limitDocsScoresTheFirstArticleOnly() {
        CliRun r = CliRun.of("evaluate", "attribution", "--polnear", dev.toString(), "--limit-docs", "1");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("1 articles, 2 gold attributions (0 without content skipped)"), r.out());
    }

    @Test
    void malformedAnnotationsAreAnErrorWithFileAndLine() throws Exception {
        Path bad = tmp.resolve("bad/dev");
        Files.createDirectories(bad.resolve("text"));
        Files.createDirectories(bad.resolve("attributions"));
        Files.writeString(bad.resolve("text/x.txt"), COUNCIL);
        Path ann = bad.resolve("attributions/x_c3.ann");
        Files.writeString(ann, "T1\tSource 0 7\tCritics\nT2\tCue 8 14\n");
        CliRun r = CliRun.of("evaluate", "attribution", "--polnear", bad.toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains(ann + ":2: expected 3 tab-separated columns"), r.err());
    }
}
