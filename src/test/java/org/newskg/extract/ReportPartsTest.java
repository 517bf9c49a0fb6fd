package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.core.Span;

/** {@link ReportParts} alone: what a report is about, where, and of which kind, whatever rule found it. */
class ReportPartsTest {
    private static Report report(StatementContext run, String speakerWords, String cue, String content) {
        String text = run.tk.text;
        int s = text.indexOf(speakerWords);
        Optional<Speaker> speaker = Optional.of(new Speaker(speakerWords, new Span(s, s + speakerWords.length()),
                Optional.ofNullable(run.tk.entityAt[StatementRuleFixture.token(run, speakerWords.split(" ")[0])])));
        int c = text.indexOf(content);
        int cueToken = StatementRuleFixture.token(run, cue);
        return run.parts.report(ReportType.INDIRECT, new Span(c, c + content.length()), speaker, cue,
                run.tk.tokens.get(cueToken).span(), Optional.empty(), cueToken);
    }

    @Test
    void theEntitiesInTheContentButNotTheSpeaker() {
        StatementContext run = StatementRuleFixture.context("[Jane Smith|PERSON] said [Tom Brown|PERSON] would lead the school.");
        Report r = report(run, "Jane Smith", "said", "Tom Brown would lead the school");
        assertEquals(List.of("Tom Brown"), r.about().stream().map(Entity::name).toList());
        assertEquals("Jane Smith", r.speaker().flatMap(Speaker::entity).map(Entity::name).orElseThrow());
    }

    @Test
    void aPronounIsNotThePersonItsContentNames() {
        StatementContext run = StatementRuleFixture.context("[Tom Brown|PERSON] left.", "He said [Tom Brown|PERSON] would lead the school.");
        int he = StatementRuleFixture.token(run, "He");
        Span heSpan = run.tk.tokens.get(he).span();
        Entity tom = run.tk.entityAt[0];
        int c = run.tk.text.indexOf("Tom Brown would");
        int cue = StatementRuleFixture.token(run, "said");
        Report r = run.parts.report(ReportType.INDIRECT, new Span(c, c + "Tom Brown would lead the school".length()),
                Optional.of(new Speaker("He", heSpan, Optional.of(tom))), "said", run.tk.tokens.get(cue).span(), Optional.empty(), cue);
        assertTrue(r.speaker().orElseThrow().entity().isEmpty(), "he is not the man he speaks of by name");
    }

    @Test
    void theVenueOutsideTheContent() {
        StatementContext run = StatementRuleFixture.context(
                "[Jane Smith|PERSON] said at a press/NN/press conference/NN/conference that the school would open.");
        Report r = report(run, "Jane Smith", "said", "the school would open");
        assertEquals(Optional.of("at a press conference"), r.venue());
    }

    @Test
    void theKindComesFromTheCueOrAStudyAsSource() {
        StatementContext run = StatementRuleFixture.context("[Jane Smith|PERSON] believes/VBZ/believe the school will open.");
        assertEquals(ReportKind.THOUGHT, report(run, "Jane Smith", "believes", "the school will open").kind());
        StatementContext poll = StatementRuleFixture.context("A new poll/NN/poll shows that most voters back the plan.");
        int c = poll.tk.text.indexOf("most voters");
        int cue = StatementRuleFixture.token(poll, "shows");
        Report r = poll.parts.report(ReportType.INDIRECT, new Span(c, poll.tk.text.length() - 1),
                Optional.of(new Speaker("A new poll", new Span(0, 10), Optional.empty())), "shows",
                poll.tk.tokens.get(cue).span(), Optional.empty(), cue);
        assertEquals(ReportKind.FINDING, r.kind());
    }
}
