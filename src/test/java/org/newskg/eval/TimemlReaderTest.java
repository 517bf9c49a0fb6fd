package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.core.Span;
import org.newskg.time.TimeValue;

/** The TimeML reader and the TempEval-3 pairing on a document written for the test. */
class TimemlReaderTest {
    static final String TML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>test-1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-05" temporalFunction="false" functionInDocument="CREATION_TIME">March 5, 2021</TIMEX3></DCT>
            <TITLE>Mill reopens</TITLE>
            <TEXT>
            The mill in Eastbrook <EVENT eid="e1" class="OCCURRENCE">reopened</EVENT> <TIMEX3 tid="t1" type="DATE" value="2021-03-04" functionInDocument="NONE">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2Y" functionInDocument="NONE">two years</TIMEX3> &amp; more.

            Its owners said profits would rise <TIMEX3 tid="t3" type="DATE" value="FUTURE_REF" functionInDocument="NONE">in the future</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    private static TimemlDocument read(String tml) throws XMLStreamException {
        return TimemlReader.read(new ByteArrayInputStream(tml.getBytes(StandardCharsets.UTF_8)), "test.tml");
    }

    @Test
    void textWithoutTagsAndTimexesAtTheirOffsets() throws XMLStreamException {
        TimemlDocument doc = read(TML);
        assertEquals(Optional.of(LocalDate.of(2021, 3, 5)), doc.created());
        assertEquals(3, doc.timexes().size(), "the creation time is not scored");
        for (TimemlDocument.Timex t : doc.timexes()) {
            assertEquals(t.text(), t.span().of(doc.text()));
        }
        assertEquals(List.of("Thursday", "two years", "in the future"), doc.timexes().stream().map(TimemlDocument.Timex::text).toList());
        assertTrue(doc.text().contains("reopened Thursday after two years & more."), doc.text());
        assertEquals("P2Y", doc.timexes().get(1).value());
    }

    @Test
    void pairsAreMadeTheTempEvalWay() throws XMLStreamException {
        TimemlDocument doc = read(TML);
        String text = doc.text();
        int thursday = text.indexOf("Thursday");
        int years = text.indexOf("two years");
        int more = text.indexOf("more");
        List<TimeValue> system = List.of(
                value(text, new Span(thursday, thursday + 8), "DATE", "2021-03-04"),
                value(text, new Span(years - 6, years + 9), "DURATION", "P3Y"),
                value(text, new Span(more, more + 4), "DATE", "PRESENT_REF"));
        TimexComparison c = TimexComparison.of(doc.timexes(), system);
        assertEquals(2, c.pairs().size());
        assertEquals(1, c.missed().size());
        assertEquals(1, c.spurious().size());
        TimexScores s = TimexScores.ZERO.plus(c);
        assertEquals(1, s.strict());
        assertEquals(2, s.relaxed());
        assertEquals(1, s.valueCorrect());
        assertEquals(1.0 / 3, s.precision(s.valueCorrect()), 1e-9);
        assertEquals(1.0 / 3, s.recall(s.valueCorrect()), 1e-9);
        assertEquals(0.5, s.valueAccuracy(), 1e-9);
    }

    private static TimeValue value(String text, Span span, String type, String value) {
        return new TimeValue(span.of(text), span, 0, type, value, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), true);
    }

    @Test
    void aBrokenFileIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.tml");
        Files.writeString(bad, "<TimeML><TEXT>Unclosed <TIMEX3 tid=\"t1\" type=\"DATE\">Monday</TEXT></TimeML>");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimemlReader.read(bad));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
        Path noText = dir.resolve("none.tml");
        Files.writeString(noText, "<TimeML><DOCID>x</DOCID></TimeML>");
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class, () -> TimemlReader.read(noText));
        assertTrue(e2.getMessage().contains("no TEXT element"), e2.getMessage());
    }
}
