package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.StatementExtractorTest.assertSpeaker;
import static org.newskg.extract.StatementExtractorTest.describe;

import org.junit.jupiter.api.Test;

/** {@link DirectQuotes} alone: a quote and the attribution in its sentence, or a quote left for the carry-over. */
class DirectQuotesTest {
    @Test
    void attributionAfterTheQuote() {
        StatementContext run = StatementRuleFixture.context("\u201cThe bridge will open in the spring,\u201d [Jane Smith|PERSON] said.");
        StatementRuleFixture.directQuotes(run);
        assertEquals(1, run.reports.size(), () -> describe(run.reports));
        assertEquals(ReportType.DIRECT, run.reports.get(0).type());
        assertSpeaker("Jane Smith", run.reports.get(0));
        assertTrue(run.usedCues.contains(StatementRuleFixture.token(run, "said")), "the cue is used");
    }

    @Test
    void attributionBeforeTheQuote() {
        StatementContext run = StatementRuleFixture.context("[Jane Smith|PERSON] said: \u201cThe bridge will open in the spring.\u201d");
        StatementRuleFixture.directQuotes(run);
        assertSpeaker("Jane Smith", run.reports.get(0));
    }

    @Test
    void aQuoteSignedWithADash() {
        StatementContext run = StatementRuleFixture.context("\u201cThe bridge will open in the spring.\u201d \u2015 [Jane Smith|PERSON]");
        StatementRuleFixture.directQuotes(run);
        assertSpeaker("Jane Smith", run.reports.get(0));
    }

    @Test
    void theReportersWordsBeforeMakeItPartial() {
        StatementContext run = StatementRuleFixture.context("Such a move \u201cwill fail in the end,\u201d [Jane Smith|PERSON] said.");
        StatementRuleFixture.directQuotes(run);
        assertEquals(ReportType.PARTIAL, run.reports.get(0).type());
        assertEquals("Such a move \u201cwill fail in the end", run.reports.get(0).text());
    }

    @Test
    void aShortQuoteNeedsItsAttributionRightAfter() {
        StatementContext attributed = StatementRuleFixture.context("\u201cNot today,\u201d [Jane Smith|PERSON] said.");
        StatementRuleFixture.directQuotes(attributed);
        assertSpeaker("Jane Smith", attributed.reports.get(0));
        StatementContext bare = StatementRuleFixture.context("The plan was \u201cnot today\u201d for the town.");
        StatementRuleFixture.directQuotes(bare);
        assertTrue(bare.reports.isEmpty() && bare.unattributed.isEmpty(), () -> describe(bare.reports));
    }

    @Test
    void aQuoteWithoutAttributionIsLeftForTheCarryOver() {
        StatementContext run = StatementRuleFixture.context("[Jane Smith|PERSON] visited the site.",
                "\u201cWe have the teachers and we have the money for the school.\u201d",
                "\u201cIt is very hard for us.\u201d");
        StatementRuleFixture.directQuotes(run);
        assertTrue(run.reports.isEmpty(), () -> describe(run.reports));
        assertEquals(2, run.unattributed.size());
        assertTrue(run.unattributed.get(0).alone(), "a whole statement");
        assertFalse(run.unattributed.get(1).alone(), "too short to stand alone");
    }
}
