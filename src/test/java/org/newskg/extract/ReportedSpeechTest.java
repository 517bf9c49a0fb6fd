package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.StatementExtractorTest.assertSpeaker;

import org.junit.jupiter.api.Test;

/** {@link ReportedSpeech} alone: the clause of one cue. */
class ReportedSpeechTest {
    private static StatementContext reported(String paragraph, String cue) {
        StatementContext run = StatementRuleFixture.context(paragraph);
        new ReportedSpeech(run).reportedSpeech(StatementRuleFixture.token(run, cue));
        return run;
    }

    @Test
    void theClauseAfterTheCue() {
        StatementContext run = reported("[Jane Smith|PERSON] said that the bridge would open in the spring.", "said");
        assertEquals("the bridge would open in the spring", run.reports.get(0).text());
        assertEquals(ReportType.INDIRECT, run.reports.get(0).type());
        assertSpeaker("Jane Smith", run.reports.get(0));
    }

    @Test
    void theClauseBeforeTheSpeaker() {
        StatementContext run = reported("The bridge will/MD/will open in the spring, [Jane Smith|PERSON] said.", "said");
        assertEquals("The bridge will open in the spring", run.reports.get(0).text());
    }

    @Test
    void theClauseBeforeAnInvertedCue() {
        StatementContext run = reported("The bridge will/MD/will open in the spring, said [Jane Smith|PERSON].", "said");
        assertSpeaker("Jane Smith", run.reports.get(0));
    }

    @Test
    void theCuesSettingIsNotWhatWasSaid() {
        StatementContext run = StatementRuleFixture.context("[Jane Smith|PERSON] said in a letter to the council on Monday.");
        assertFalse(new ReportedSpeech(run).reportedSpeech(StatementRuleFixture.token(run, "said")));
        assertTrue(run.reports.isEmpty());
    }

    @Test
    void aQuoteInTheClauseMakesItPartial() {
        StatementContext run = reported("[Jane Smith|PERSON] said the bridge was \u201ca waste of money\u201d.", "said");
        assertEquals(ReportType.PARTIAL, run.reports.get(0).type());
    }

    @Test
    void anIntentionOrARefusalIsReported() {
        StatementContext plan = reported("[Jane Smith|PERSON] plans/VBZ/plan to call/VB/call on young people to join/VB/join the service.", "plans");
        assertEquals("to call on young people to join the service", plan.reports.get(0).text());
        assertEquals(ReportKind.SPEECH_ACT, plan.reports.get(0).kind()); // an intention: no statement
        assertSpeaker("Jane Smith", plan.reports.get(0));
        StatementContext refusal = reported("[Jane Smith|PERSON] refused/VBD/refuse to release/VB/release her tax records.", "refused");
        assertEquals("to release her tax records", refusal.reports.get(0).text());
        assertEquals(ReportKind.SPEECH, refusal.reports.get(0).kind());
    }
}
