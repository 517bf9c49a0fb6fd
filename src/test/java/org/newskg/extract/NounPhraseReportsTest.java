package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.StatementExtractorTest.assertSpeaker;

import org.junit.jupiter.api.Test;

/** {@link NounPhraseReports} alone: speech acts, characterisations and "according to". */
class NounPhraseReportsTest {
    @Test
    void aSpeechActWithALongNounPhraseIsSpeech() {
        StatementContext run = StatementRuleFixture.context(
                "[Tom Brown|PERSON] criticised/VBD/criticise the council's handling of the school.");
        NounPhraseReports rules = new NounPhraseReports(run);
        int verb = StatementRuleFixture.token(run, "criticised");
        assertTrue(rules.isObjectCue(verb));
        rules.objectReport(verb);
        assertEquals("the council's handling of the school", run.reports.get(0).text());
        assertEquals(ReportKind.SPEECH, run.reports.get(0).kind());
        assertSpeaker("Tom Brown", run.reports.get(0));
    }

    @Test
    void aShortNounPhraseIsWhatTheActWasAbout() {
        StatementContext run = StatementRuleFixture.context("[Tom Brown|PERSON] criticised/VBD/criticise the measures.");
        new NounPhraseReports(run).objectReport(StatementRuleFixture.token(run, "criticised"));
        assertEquals(ReportKind.SPEECH_ACT, run.reports.get(0).kind());
    }

    @Test
    void whatSomethingWasCalled() {
        StatementContext run = StatementRuleFixture.context("[Tom Brown|PERSON] called the plan a waste of money.");
        NounPhraseReports rules = new NounPhraseReports(run);
        int verb = StatementRuleFixture.token(run, "called");
        assertTrue(rules.isNamingVerb(verb));
        rules.characterization(verb);
        assertEquals("a waste of money", run.reports.get(0).text());
        assertEquals(ReportKind.CHARACTERIZATION, run.reports.get(0).kind());
    }

    @Test
    void calledOffNamesNothing() {
        StatementContext run = StatementRuleFixture.context("[Tom Brown|PERSON] called off the vote.");
        new NounPhraseReports(run).characterization(StatementRuleFixture.token(run, "called"));
        assertTrue(run.reports.isEmpty());
    }

    @Test
    void accordingToBeforeAndAfter() {
        StatementContext after = StatementRuleFixture.context("The school will open in May, according to [Jane Smith|PERSON].");
        new NounPhraseReports(after).accordingTo(StatementRuleFixture.token(after, "according"));
        assertEquals("The school will open in May", after.reports.get(0).text());
        assertEquals(ReportKind.ACCORDING_TO, after.reports.get(0).kind());
        StatementContext before = StatementRuleFixture.context("According to [Jane Smith|PERSON], the school will open in May.");
        new NounPhraseReports(before).accordingTo(StatementRuleFixture.token(before, "According"));
        assertEquals("the school will open in May", before.reports.get(0).text());
        assertSpeaker("Jane Smith", before.reports.get(0));
    }

    @Test
    void aPassiveSpeechActIsNoCue() {
        StatementContext run = StatementRuleFixture.context("The plan was criticised/VBN/criticise by the union.");
        assertFalse(new NounPhraseReports(run).isObjectCue(StatementRuleFixture.token(run, "criticised")));
    }

    @Test
    void rejectingOrProposingSomethingIsASpeechAct() {
        for (String verb : new String[] {"rejected/VBD/reject", "proposed/VBD/propose", "opposed/VBD/oppose",
                "endorsed/VBD/endorse", "disclosed/VBD/disclose", "supported/VBD/support"}) {
            StatementContext run = StatementRuleFixture.context(
                    "[Tom Brown|PERSON] " + verb + " a request from the council to restore an extra week of voting.");
            NounPhraseReports rules = new NounPhraseReports(run);
            int cue = StatementRuleFixture.token(run, verb.substring(0, verb.indexOf('/')));
            assertTrue(rules.isObjectCue(cue), verb);
            rules.objectReport(cue);
            assertEquals("a request from the council to restore an extra week of voting", run.reports.get(0).text(), verb);
            assertSpeaker("Tom Brown", run.reports.get(0));
        }
    }

    @Test
    void whatSomebodyPointedTo() {
        StatementContext run = StatementRuleFixture.context(
                "[Tom Brown|PERSON] pointed/VBD/point to the decision of the council to close the harbour.");
        NounPhraseReports rules = new NounPhraseReports(run);
        int cue = StatementRuleFixture.token(run, "pointed");
        assertTrue(rules.isObjectCue(cue));
        rules.objectReport(cue);
        assertEquals("the decision of the council to close the harbour", run.reports.get(0).text());
    }

    @Test
    void rejectingOrEndorsingSomethingIsNeverAStatement() {
        StatementContext run = StatementRuleFixture.context(
                "[Tom Brown|PERSON] rejected/VBD/reject the claim of the council that the harbour was safe.");
        new NounPhraseReports(run).objectReport(StatementRuleFixture.token(run, "rejected"));
        assertEquals(ReportKind.SPEECH_ACT, run.reports.get(0).kind());
    }
}
