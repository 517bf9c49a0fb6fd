package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.StatementExtractorTest.assertSpeaker;

import org.junit.jupiter.api.Test;
import org.newskg.nlp.Sentence;

/** {@link NameColonReports} alone: "Name: what they said". */
class NameColonReportsTest {
    private static StatementContext colons(String... paragraphs) {
        StatementContext run = StatementRuleFixture.context(paragraphs);
        NameColonReports rules = new NameColonReports(run);
        for (Sentence s : run.tk.doc.sentences()) {
            rules.colonAfterName(s);
        }
        return run;
    }

    @Test
    void aNameAndAColon() {
        StatementContext run = colons("[Tom Brown|PERSON]: the school will close in May");
        assertEquals("the school will close in May", run.reports.get(0).text());
        assertEquals(":", run.reports.get(0).cue());
        assertSpeaker("Tom Brown", run.reports.get(0));
    }

    @Test
    void theReportersLabelIsNoSpeaker() {
        assertTrue(colons("Update: the school will close in May").reports.isEmpty());
    }

    @Test
    void aTranscriptTurnRunsToTheParagraphsEnd() {
        StatementContext run = colons("[Ann Green|PERSON] spoke/VBD/speak to the paper on Sunday.",
                "\u201cGREEN: Well, the school will open/VB/open in May. We are/VBP/be sure of it.");
        assertEquals("Well, the school will open in May. We are sure of it", run.reports.get(0).text());
        assertEquals(ReportType.DIRECT, run.reports.get(0).type());
        assertSpeaker("Ann Green", run.reports.get(0));
    }
}
