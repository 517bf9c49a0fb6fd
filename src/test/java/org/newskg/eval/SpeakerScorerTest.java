package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.core.Span;
import org.newskg.eval.SpeakerComparison.Outcome;
import org.newskg.eval.SpeakerNames.Verdict;

/** The scorer on hand-made articles, gold rows and system statements (no models). */
class SpeakerScorerTest {
    private static final String TEXT = "Port to reopen\n"
            + "“We will reopen the port on Monday,” said Ana Ruiz, who chairs the Harbour Authority.\n"
            + "Her deputy, Tom Lee, said the ferries would be late. “It is a mess,” he added.\n"
            + "“It is a mess,” she said again.\n";

    private static SpeakerGold.Row row(String anchor, String speaker, SpeakerGold.Kind kind) {
        return new SpeakerGold.Row("g.tsv:1", anchor, speaker.isEmpty() ? List.of() : List.of(speaker), kind, "");
    }

    private static SystemSpeech sys(String content, int occurrence, String speakerText, String entity) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = TEXT.indexOf(content, at + 1);
        }
        return new SystemSpeech(new Span(at, at + content.length()), Optional.ofNullable(speakerText),
                Optional.ofNullable(entity), "direct", "said");
    }

    private static final SpeakerGold GOLD = new SpeakerGold("x/1.txt", List.of(
            row("We will reopen the port", "Ana Ruiz", SpeakerGold.Kind.DIRECT),
            row("who chairs the Harbour Authority", "", SpeakerGold.Kind.NOT_SPEECH),
            row("the ferries would be late", "Tom Lee", SpeakerGold.Kind.REPORTED),
            row("It is a mess", "Tom Lee", SpeakerGold.Kind.DIRECT),
            row("It is a mess", "Ana Ruiz", SpeakerGold.Kind.DIRECT),
            row("Port to reopen", "", SpeakerGold.Kind.OPTIONAL)));

    @Test
    void anchorsAreFoundOnLettersAloneAndRepeatedAnchorsInOrder() {
        SpeakerComparison c = SpeakerScorer.compare(GOLD, TEXT, List.of(
                sys("It is a mess", 1, "he", "Tom Lee"), sys("It is a mess", 2, "she", null)));
        assertEquals(2, c.found().size());
        assertEquals(Verdict.RIGHT, c.found().get(0).verdict());
        assertEquals("It is a mess", c.found().get(0).anchor().of(TEXT));
        assertTrue(c.found().get(1).anchor().begin() > c.found().get(0).anchor().begin());
        assertEquals(Verdict.PRONOUN, c.found().get(1).verdict());
        assertEquals(2, c.missed().size());
    }

    @Test
    void aStatementOnATrapOrOnNothingIsNotSpeech() {
        SpeakerComparison c = SpeakerScorer.compare(GOLD, TEXT, List.of(
                sys("We will reopen the port on Monday,", 1, "Ana Ruiz", "Ana Ruiz"),
                sys("who chairs the Harbour Authority", 1, "Ana Ruiz", "Ana Ruiz"),
                sys("Her deputy", 1, null, null),
                sys("Port to reopen", 1, null, null)));
        assertEquals(List.of(Outcome.SPEECH, Outcome.TRAP, Outcome.UNMATCHED, Outcome.OPTIONAL),
                c.system().stream().map(SpeakerComparison.Judged::outcome).toList());
        SpeakerScores scores = new SpeakerScores();
        scores.add(c);
        assertEquals(4, scores.gold());
        assertEquals(1, scores.found());
        assertEquals(1, scores.rightSpeaker());
        assertEquals(2.0 / 3, scores.notSpeechRate(), 1e-9);
        assertTrue(scores.render().contains("not speech 2 (gold traps 1, matching no gold row 1)"), scores.render());
        assertEquals(0, scores.trapsAvoided());
    }

    @Test
    void aSpeechActOnATopicMatchingNoRowIsCountedApartButOnATrapIsNotSpeech() {
        SystemSpeech topic = sys("Her deputy", 1, null, null);
        SystemSpeech onTrap = sys("who chairs the Harbour Authority", 1, "Ana Ruiz", "Ana Ruiz");
        SpeakerComparison c = SpeakerScorer.compare(GOLD, TEXT, List.of(
                sys("We will reopen the port on Monday,", 1, "Ana Ruiz", "Ana Ruiz"),
                new SystemSpeech(topic.content(), topic.speakerText(), topic.speakerEntity(), "indirect", "criticised", "speech_act"),
                new SystemSpeech(onTrap.content(), onTrap.speakerText(), onTrap.speakerEntity(), "indirect", "echoed", "speech_act")));
        assertEquals(List.of(Outcome.SPEECH, Outcome.TOPIC, Outcome.TRAP),
                c.system().stream().map(SpeakerComparison.Judged::outcome).toList());
        SpeakerScores scores = new SpeakerScores();
        scores.add(c);
        assertEquals(0.5, scores.notSpeechRate(), 1e-9);
        assertTrue(scores.render().contains("speech acts on a topic matching no row 1 (no statement)"), scores.render());
    }

    @Test
    void theSpeakerIsJudgedOnTheStatementThatOverlapsTheAnchorMost() {
        SpeakerComparison c = SpeakerScorer.compare(GOLD, TEXT, List.of(
                sys("Tom Lee, said the", 1, "Ana Ruiz", null),
                sys("the ferries would be late", 1, "Tom Lee", "Tom Lee")));
        assertEquals(1, c.found().size());
        assertEquals(Verdict.RIGHT, c.found().get(0).verdict());
        assertEquals(Outcome.SPEECH, c.system().get(0).outcome());
    }

    @Test
    void aFewSharedLettersAreNoOverlap() {
        SpeakerComparison c = SpeakerScorer.compare(GOLD, TEXT, List.of(sys("Lee, said th", 1, "Tom Lee", null)));
        assertEquals(0, c.found().size());
        assertEquals(Outcome.UNMATCHED, c.system().get(0).outcome());
    }

    @Test
    void anAnchorNotInTheTextIsLostAndCountsAsMissed() {
        List<SpeakerGold.Row> rows = new ArrayList<>(GOLD.rows());
        rows.add(row("words the cleaner dropped", "Ana Ruiz", SpeakerGold.Kind.DIRECT));
        rows.add(row("Share this story", "", SpeakerGold.Kind.NOT_SPEECH));
        SpeakerComparison c = SpeakerScorer.compare(new SpeakerGold("x/1.txt", rows), TEXT, List.of());
        assertEquals(2, c.lost().size());
        SpeakerScores scores = new SpeakerScores();
        scores.add(c);
        assertEquals(5, scores.gold());
        assertEquals(0.0, scores.recall());
        assertEquals(1, scores.lost());
    }

    @Test
    void aTrapTheCleanerDroppedIsAvoidedNotLost() {
        List<SpeakerGold.Row> rows = new ArrayList<>(GOLD.rows());
        rows.add(row("With wire services", "", SpeakerGold.Kind.NOT_SPEECH));
        SpeakerComparison c = SpeakerScorer.compare(new SpeakerGold("x/1.txt", rows), TEXT, List.of());
        SpeakerScores scores = new SpeakerScores();
        scores.add(c);
        assertEquals(0, scores.lost());
        assertEquals(1, scores.trapsDropped());
        assertEquals(c.traps(), scores.trapsAvoided());
        assertTrue(scores.render().contains("avoided " + c.traps() + " (dropped by the cleaner 1), overlapped by a statement 0"),
                scores.render());
    }
}
