package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.eval.NerErrorWriter;

/**
 * {@code newskg evaluate ner} with real CoreNLP on a small CoNLL file written here: invented
 * sentences naming a person, a company and cities, one document in IOB2 and one in IOB1.
 */
class EvaluateNerIT {
    @TempDir
    static Path tmp;

    private static Path errors;
    private static CliRun run;

    private static final String CONLL = """
            -DOCSTART- -X- -X- O

            David NNP B-NP B-PER
            Miller NNP I-NP I-PER
            , , O O
            the DT B-NP O
            chief JJ I-NP O
            executive NN I-NP O
            of IN B-PP O
            Microsoft NNP B-NP B-ORG
            , , O O
            spoke VBD B-VP O
            in IN B-PP O
            London NNP B-NP B-LOC
            on IN B-PP O
            Tuesday NNP B-NP O
            . . O O

            Miller NNP B-NP B-PER
            said VBD B-VP O
            the DT B-NP O
            company NN I-NP O
            would MD B-VP O
            hire VB I-VP O
            200 CD B-NP O
            engineers NNS I-NP O
            . . O O

            -DOCSTART- -X- -X- O

            Sarah NNP B-NP I-PER
            Johnson NNP I-NP I-PER
            flew VBD B-VP O
            from IN B-PP O
            Chicago NNP B-NP I-LOC
            to TO B-PP O
            Berlin NNP B-NP I-LOC
            . . O O

            The DT B-NP O
            German JJ I-NP I-MISC
            minister NN I-NP O
            arrived VBD B-VP O
            . . O O
            """;

    @BeforeAll
    static void evaluate() throws Exception {
        Path conll = tmp.resolve("small.conll");
        Files.writeString(conll, CONLL);
        errors = tmp.resolve("errors.tsv");
        run = CliRun.of("evaluate", "ner", "--conll", conll.toString(), "--workers", "2", "--errors", errors.toString());
    }

    /** Table rows by label: gold, system, correct. */
    private static Map<String, long[]> rows() {
        Map<String, long[]> rows = new HashMap<>();
        for (String line : run.out().lines().toList()) {
            String[] cols = line.trim().split(" +");
            if (cols.length == 7 && cols[1].matches("\\d+")) {
                rows.put(cols[0], new long[] {Long.parseLong(cols[1]), Long.parseLong(cols[2]), Long.parseLong(cols[3])});
            }
        }
        return rows;
    }

    @Test
    void succeedsAndReportsWhatItRead() {
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("2 documents, 4 sentences, 37 tokens"), run.out());
        assertTrue(run.err().contains("evaluate ner: 2 documents done"), run.err());
    }

    @Test
    void tableHasEveryRowWithTheGoldCounts() {
        Map<String, long[]> rows = rows();
        assertEquals(List.of("PER", "ORG", "LOC", "PER+ORG+LOC", "MISC", "overall"),
                run.out().lines().filter(l -> l.matches("\\S+ +\\d+ .*")).map(l -> l.split(" +")[0]).toList(), run.out());
        assertEquals(3, rows.get("PER")[0]);
        assertEquals(1, rows.get("ORG")[0]);
        assertEquals(3, rows.get("LOC")[0]);
        assertEquals(7, rows.get("PER+ORG+LOC")[0]);
        assertEquals(1, rows.get("MISC")[0]);
        assertEquals(8, rows.get("overall")[0]);
    }

    @Test
    void obviousEntitiesAreCorrect() throws Exception {
        Map<String, long[]> rows = rows();
        assertTrue(rows.get("PER")[2] >= 2, Arrays.toString(rows.get("PER")));
        assertTrue(rows.get("LOC")[2] >= 3, Arrays.toString(rows.get("LOC")));
        assertTrue(rows.get("PER+ORG+LOC")[2] >= 6, Arrays.toString(rows.get("PER+ORG+LOC")));
        List<String> lines = Files.readAllLines(errors);
        assertEquals(NerErrorWriter.HEADER, lines.get(0));
        for (String name : List.of("David Miller", "London", "Sarah Johnson", "Chicago", "Berlin")) {
            assertFalse(lines.stream().anyMatch(l -> l.startsWith("FN\t") && l.split("\t")[3].equals(name)),
                    name + " missed: " + lines);
        }
    }

    @Test
    void errorLinesPointAtTheFileLine() throws Exception {
        // Whatever the system gets wrong, each error line has 7 columns and a line inside the file.
        for (String line : Files.readAllLines(errors).subList(1, Files.readAllLines(errors).size())) {
            String[] cols = line.split("\t");
            assertEquals(7, cols.length, line);
            int at = Integer.parseInt(cols[5]);
            assertTrue(at >= 3 && at <= 44, line);
            assertTrue(cols[6].contains(cols[3]), line);
        }
    }

    @Test
    void malformedFileIsAnErrorWithPathAndLine() throws Exception {
        Path bad = tmp.resolve("bad.conll");
        Files.writeString(bad, "-DOCSTART- -X- -X- O\n\nDavid NNP B-NP B-PER\nMiller NNP\n");
        CliRun r = CliRun.of("evaluate", "ner", "--conll", bad.toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains(bad + ":4: expected 4 columns"), r.err());
    }
}
