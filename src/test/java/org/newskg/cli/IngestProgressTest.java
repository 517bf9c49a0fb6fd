package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.core.Issue;

/** Progress without a terminal: plain lines a log or CI can keep, issues as they happen. */
class IngestProgressTest {
    private final StringWriter text = new StringWriter();

    private List<String> lines() {
        return text.toString().lines().toList();
    }

    @Test
    void everyArticleAndFileGiveALineWhenTheIntervalIsZero() {
        IngestProgress p = new IngestProgress(new PrintWriter(text), false, Duration.ZERO);
        p.started(2);
        p.annotated("a.txt", 120); // annotated, not yet committed: not counted
        p.stored(1);
        p.fileDone("a.txt");
        p.issue(Issue.error("b.txt", "source", "empty file"));
        p.fileDone("b.txt");
        p.rebuilding();
        List<String> l = lines();
        assertEquals(6, l.size(), text.toString());
        assertTrue(l.get(0).matches("ingest: 0/2 files, 1 articles, 0 problem\\(s\\), [0-9.]+ articles/s"), l.get(0));
        assertTrue(l.get(1).matches("ingest: 1/2 files, 1 articles, 0 problem\\(s\\), [0-9.]+ articles/s, \\d+:\\d\\d left"), l.get(1));
        assertEquals("ERROR  b.txt  source  empty file", l.get(2));
        assertTrue(l.get(3).startsWith("ingest: 2/2 files, 1 articles, 1 problem(s), "), l.get(3));
        assertTrue(!l.get(3).contains("left"), "nothing is left at the end: " + l.get(3));
        assertTrue(l.get(4).startsWith("ingest: 2/2 files, 1 articles, 1 problem(s), "), "again once every article is stored: " + l.get(4));
        assertEquals("ingest: recomputing the statements across articles ...", l.get(5));
    }

    /** A long article keeps the lines coming, naming it (escaped) and how long it has run. */
    @Test
    void aLongArticleIsNamedWhileItRuns() throws Exception {
        IngestProgress p = new IngestProgress(new PrintWriter(text), false, Duration.ZERO);
        p.started(1);
        Thread.sleep(1100); // lines about one article come at most once a second
        p.annotating("in/odd\nname.txt", Duration.ofSeconds(75));
        List<String> l = lines();
        assertEquals(1, l.size(), text.toString());
        assertTrue(l.get(0).matches("ingest: 0/1 files, 0 articles, 0 problem\\(s\\), [0-9.]+ articles/s, "
                + "annotating in/odd\\\\nname.txt for 1:15"), l.get(0));
    }

    @Test
    void aLongIntervalKeepsTheLogShortButTheLastLineComes() {
        IngestProgress p = new IngestProgress(new PrintWriter(text), false, Duration.ofHours(1));
        p.started(3);
        for (String f : List.of("a.txt", "b.txt", "c.txt")) {
            p.stored(1);
            p.fileDone(f);
        }
        assertEquals(0, lines().size(), text.toString());
        p.rebuilding();
        assertEquals(2, lines().size(), text.toString());
        assertTrue(lines().get(0).startsWith("ingest: 3/3 files, 3 articles, 0 problem(s), "), text.toString());
    }

    @Test
    void aNegativeIntervalIsAUsageError() {
        CliRun r = CliRun.of("ingest", "--progress-interval", "-1", "x.txt");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("--progress-interval"), r.err());
    }
}
