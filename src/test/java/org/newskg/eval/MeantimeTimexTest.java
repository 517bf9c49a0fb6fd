package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MEANTIME's TIMEX3s as TimeML documents, on a hand-made file. */
class MeantimeTimexTest {
    private static String token(int id, int sentence, String word) {
        return "<token number=\"" + id + "\" sentence=\"" + sentence + "\" t_id=\"" + id + "\">" + word + "</token>\n";
    }

    @Test
    void theDateLineIsTheCreationTimeAndLeftOut(@TempDir Path dir) throws Exception {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" ?><Document doc_id=\"1\" doc_name=\"x\" lang=\"en\">\n");
        String[][] sentences = {{"Lorvik", "votes"}, {"May", "3", ",", "2009"}, {"Voters", "went", "out", "on", "Sunday", "."},
            {"s3"}, {"s4"}, {"s5"}, {"Results", "come", "next", "week", "."}};
        int id = 1;
        for (int s = 0; s < sentences.length; s++) {
            for (String w : sentences[s]) {
                x.append(token(id++, s, w));
            }
        }
        x.append("<Markables>\n");
        x.append("<TIMEX3 functionInDocument=\"CREATION_TIME\" m_id=\"10\" type=\"DATE\" value=\"2009-05-03\">"
                + "<token_anchor t_id=\"3\"/><token_anchor t_id=\"4\"/><token_anchor t_id=\"5\"/><token_anchor t_id=\"6\"/></TIMEX3>\n");
        x.append("<TIMEX3 functionInDocument=\"NONE\" m_id=\"11\" type=\"DATE\" value=\"2009-05-03\"><token_anchor t_id=\"11\"/></TIMEX3>\n");
        x.append("<TIMEX3 functionInDocument=\"NONE\" m_id=\"12\" type=\"DATE\" value=\"2009-W20\">"
                + "<token_anchor t_id=\"19\"/><token_anchor t_id=\"20\"/></TIMEX3>\n");
        x.append("</Markables></Document>\n");
        Path file = dir.resolve("1_x.xml");
        Files.writeString(file, x);
        TimemlDocument doc = MeantimeTimex.read(file);
        assertEquals(Optional.of(LocalDate.of(2009, 5, 3)), doc.created());
        assertEquals("Lorvik votes\nVoters went out on Sunday .\ns3\ns4\ns5", doc.text(),
                "the date line and the sentences after the fifth left out");
        assertEquals(1, doc.timexes().size(), "the creation time and the expression after sentence 5 are not scored");
        assertEquals("Sunday", doc.timexes().get(0).text());
        assertEquals("2009-05-03", doc.timexes().get(0).value());
    }

    @Test
    void everyMeantimeTimexIsScoredOverItsOwnWords() throws Exception {
        Path meantime = Path.of(System.getProperty("newskg.shared", "../shared"), "eval", "meantime_en",
                "intra_cross-doc_annotation");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(meantime), "no MEANTIME at " + meantime);
        int timexes = 0;
        int dated = 0;
        for (Path file : MeantimeReader.files(meantime)) {
            TimemlDocument doc = MeantimeTimex.read(file);
            dated += doc.created().isPresent() ? 1 : 0;
            for (TimemlDocument.Timex t : doc.timexes()) {
                assertEquals(t.text(), t.span().of(doc.text()), file.toString());
                timexes++;
            }
        }
        assertEquals(117, dated, "two documents have no creation time, one has it as 03-02-2009, which is no ISO date");
        assertEquals(370, timexes, "MEANTIME's TIMEX3s besides the creation times, all in the first six sentences");
    }
}
