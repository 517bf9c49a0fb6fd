package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.StatementExtractorTest.assertSpeaker;
import static org.newskg.extract.StatementExtractorTest.describe;
import static org.newskg.extract.StatementExtractorTest.reportWith;

import org.junit.jupiter.api.Test;

/** {@link QuoteCarryOver} alone, on the reports {@link DirectQuotes} made before it. */
class QuoteCarryOverTest {
    /** The direct quotes, then the carry-over of those left without attribution, as the extractor runs them. */
    private static StatementContext carried(String... paragraphs) {
        StatementContext run = StatementRuleFixture.context(paragraphs);
        StatementRuleFixture.directQuotes(run);
        QuoteCarryOver carryOver = new QuoteCarryOver(run);
        run.unattributed.forEach(carryOver::carryOver);
        return run;
    }

    @Test
    void aQuoteParagraphContinuesTheSpeakerOfTheParagraphBefore() {
        StatementContext run = carried("\u201cThe school will open in May,\u201d [Ann Green|PERSON] said.",
                "\u201cWe have the teachers and we have the money.\u201d");
        assertSpeaker("Ann Green", reportWith(run.reports, "teachers"));
    }

    @Test
    void somebodyElseNamedStopsTheCarryOver() {
        StatementContext run = carried("\u201cThe school will open in May,\u201d [Ann Green|PERSON] said, like [Tom Brown|PERSON].",
                "\u201cWe have the teachers and we have the money.\u201d");
        assertSpeaker("-", reportWith(run.reports, "teachers"));
    }

    @Test
    void aColonCueEndingTheParagraphBefore() {
        StatementContext run = carried("[Ann Green|PERSON] told reporters:", "\u201cThe school will open in May.\u201d");
        assertSpeaker("Ann Green", reportWith(run.reports, "school will open"));
    }

    @Test
    void aShortQuoteWithNoSpeakerBeforeIsNoReport() {
        StatementContext run = carried("The school is new.", "\u201cIt is very hard for us.\u201d");
        assertTrue(run.reports.isEmpty(), () -> describe(run.reports));
    }

    @Test
    void theNextPieceOfAQuoteTakesItsAttribution() {
        StatementContext run = StatementRuleFixture.context("\u201cThe school will open in May,\u201d [Ann Green|PERSON] told "
                + "reporters. \u201cWe have the teachers.\u201d");
        StatementRuleFixture.directQuotes(run);
        assertEquals(2, run.reports.size(), () -> describe(run.reports));
        assertSpeaker("Ann Green", reportWith(run.reports, "teachers"));
        assertEquals("told", reportWith(run.reports, "teachers").cue());
    }

    @Test
    void aDescriptionsQuoteParagraphsRunOnWhileNobodyElseIsNamed() {
        StatementContext run = carried("\u201cThe school will open in May,\u201d the minister said.",
                "\u201cWe have the teachers and we have the money.\u201d",
                "\u201cNothing can stop it now, whatever the critics say.\u201d",
                "The plan was opposed by [Tom Brown|PERSON].",
                "\u201cThe budget is far too small for a school of this size.\u201d");
        assertSpeaker("(the minister)", reportWith(run.reports, "teachers"));
        assertSpeaker("(the minister)", reportWith(run.reports, "Nothing can stop"));
        assertSpeaker("-", reportWith(run.reports, "budget is far"));
    }

    @Test
    void aCapitalisedDescriptionRunsOnToo() {
        StatementContext run = carried("\u201cThe threat is most likely to come from abroad,\u201d the Salford MP/NNP/MP told reporters.",
                "\u201cIt means that some of our powers will be felt by one group.\u201d");
        assertSpeaker("(the Salford MP)", reportWith(run.reports, "It means"));
    }

    @Test
    void aReportNestedInTheLastOneDoesNotTakeTheQuoteParagraph() {
        // "the plans showed ..." is what Tom Brown said, not who speaks next.
        StatementContext run = StatementRuleFixture.context(
                "[Tom Brown|PERSON] said the plans/NNS/plan showed/VBD/show the council was \u201cafraid of the voters\u201d.",
                "\u201cAt a time when people want answers, the council turns its back on them.\u201d");
        StatementRuleFixture.directQuotes(run);
        new ReportedSpeech(run).reportedSpeech(StatementRuleFixture.token(run, "said"));
        new ReportedSpeech(run).reportedSpeech(StatementRuleFixture.token(run, "showed"));
        assertEquals(2, run.reports.size(), () -> describe(run.reports));
        QuoteCarryOver carryOver = new QuoteCarryOver(run);
        run.unattributed.forEach(carryOver::carryOver);
        assertSpeaker("Tom Brown", reportWith(run.reports, "turns its back"));
    }

    @Test
    void aDescriptionWithAColonBeforeAQuoteParagraph() {
        StatementContext run = carried("A spokeswoman told reporters:", "\u201cThe school will open in May.\u201d");
        assertSpeaker("(A spokeswoman)", reportWith(run.reports, "school will open"));
    }

    @Test
    void aBodysDescriptionOrAnUnresolvedPronounDoesNotRunOn() {
        StatementContext body = carried("\u201cThe school will open in May,\u201d the council said.",
                "\u201cWe have the teachers and we have the money.\u201d");
        assertSpeaker("-", reportWith(body.reports, "teachers"));
        StatementContext pronoun = carried("\u201cThe school will open in May,\u201d he said.",
                "\u201cWe have the teachers and we have the money.\u201d");
        assertSpeaker("-", reportWith(pronoun.reports, "teachers"));
    }
}
