package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.eval.TimexErrorWriter;

/**
 * {@code newskg evaluate timex} with real CoreNLP on a TimeML file written here: a Friday's story with a
 * bare weekday in a past sentence, a duration, and an expression of the future that the rules leave out.
 */
class EvaluateTimexIT {
    private static final String TML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>mill-1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-05" functionInDocument="CREATION_TIME">March 5, 2021</TIMEX3></DCT>
            <TEXT>
            The paper mill in Eastbrook reopened <TIMEX3 tid="t1" type="DATE" value="2021-03-04" functionInDocument="NONE">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2Y" functionInDocument="NONE">two years</TIMEX3> of repairs, its owner said.

            The owner, Rowan Pike, said orders would grow in <TIMEX3 tid="t3" type="DATE" value="FUTURE_REF" functionInDocument="NONE">the future</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void scoresAndWritesErrors(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("tml/sub"));
        Files.writeString(dir.resolve("mill-1.tml"), TML);
        Path errors = tmp.resolve("errors.tsv");
        CliRun run = CliRun.of("evaluate", "timex", "--tempeval", tmp.resolve("tml").toString(), "--workers", "1",
                "--errors", errors.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("1 documents, 3 gold TIMEX3"), run.out());
        assertTrue(run.out().contains("value (attribute F1)"), run.out());
        List<String> lines = Files.readAllLines(errors);
        assertEquals(TimexErrorWriter.HEADER, lines.get(0));
        // Thursday in a Friday paper's past sentence is the day before, whichever way SUTime reads it.
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("VALUE\tThursday")), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("FN\tThursday") || l.startsWith("FN\ttwo years")), lines.toString());
    }

    @Test
    void aFolderWithoutTimemlIsAClearError(@TempDir Path tmp) {
        CliRun run = CliRun.of("evaluate", "timex", "--tempeval", tmp.toString());
        assertTrue(run.exitCode() != ExitCodes.OK);
        assertTrue(run.err().contains("no .tml files"), run.err());
    }

    @Test
    void anUnknownRuleIsAClearError(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("a.tml"), TML);
        CliRun run = CliRun.of("evaluate", "timex", "--tempeval", tmp.toString(), "--rules", "tense,guesswork");
        assertTrue(run.exitCode() != ExitCodes.OK);
        assertTrue(run.err().contains("guesswork"), run.err());
    }
}
