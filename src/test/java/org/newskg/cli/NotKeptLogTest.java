package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.core.Span;
import org.newskg.extract.NotKept;
import org.newskg.pipeline.IngestListener;

/** {@code ingest --not-kept}: one line per name not kept, and the progress display still hears everything. */
class NotKeptLogTest {
    @Test
    void writesOneTabSeparatedLinePerNameAndPassesEventsOn() {
        StringWriter text = new StringWriter();
        List<String> heard = new ArrayList<>();
        IngestListener next = new IngestListener() {
            @Override
            public void stored(int articles) {
                heard.add("stored " + articles);
            }

            @Override
            public void notKept(String source, List<NotKept> candidates) {
                heard.add("notKept " + candidates.size());
            }
        };
        NotKeptLog log = new NotKeptLog(new PrintWriter(text), next);
        log.notKept("in/a.txt", List.of(new NotKept("Monday", new Span(10, 16), "PERSON", "a one-word person\twith nothing")));
        log.stored(1);
        assertEquals(NotKeptLog.HEADER + System.lineSeparator()
                + "in/a.txt\tchar=10,16\tPERSON\tMonday\ta one-word person with nothing" + System.lineSeparator(), text.toString());
        assertEquals(1, log.count());
        assertEquals(List.of("notKept 1", "stored 1"), heard);
    }
}
