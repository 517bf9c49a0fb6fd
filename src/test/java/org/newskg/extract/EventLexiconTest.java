package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.core.Span;
import org.newskg.nlp.Token;

/** The event word lists as the rule files give them (event-*.tsv, signed-things.tsv), on hand-made tokens. */
class EventLexiconTest {
    private static Token token(String word, String pos, String lemma) {
        return new Token(word, new Span(0, word.length()), pos, lemma, "O", "O", 0);
    }

    @Test
    void nounsNameTheirKind() {
        assertEquals(Optional.of(EventKind.SUMMIT), EventLexicon.noun(token("summit", "NN", "summit"), null));
        assertEquals(Optional.of(EventKind.ELECTION), EventLexicon.noun(token("Referendums", "NNS", "referendum"), null));
        assertEquals(Optional.of(EventKind.CEREMONY), EventLexicon.noun(token("inauguration", "NN", "inauguration"), null));
        assertEquals(Optional.empty(), EventLexicon.noun(token("summit", "VB", "summit"), null), "only nouns");
        assertEquals(Optional.empty(), EventLexicon.noun(token("profit", "NN", "profit"), null));
    }

    @Test
    void theWordBeforeMakesAPressConference() {
        Token conference = token("conference", "NN", "conference");
        assertEquals(Optional.of(EventKind.PRESS_CONFERENCE), EventLexicon.noun(conference, token("press", "NN", "press")));
        assertEquals(Optional.of(EventKind.PRESS_CONFERENCE), EventLexicon.noun(conference, token("News", "NNP", "News")));
        assertEquals(Optional.of(EventKind.CONFERENCE), EventLexicon.noun(conference, token("climate", "NN", "climate")));
    }

    @Test
    void talksAreAnEventOnlyInThePlural() {
        assertEquals(Optional.of(EventKind.TALKS), EventLexicon.noun(token("talks", "NNS", "talk"), null));
        assertEquals(Optional.of(EventKind.TALKS), EventLexicon.noun(token("negotiations", "NNS", "negotiation"), null));
        assertEquals(Optional.empty(), EventLexicon.noun(token("talk", "NN", "talk"), null), "a talk is a speech");
        assertEquals(Optional.of(EventKind.TALKS), EventLexicon.noun(token("consultations", "NNS", "consultation"), null));
        assertEquals(Optional.empty(), EventLexicon.noun(token("consultation", "NN", "consultation"), null));
    }

    @Test
    void toursGatheringsAndHearings() {
        assertEquals(Optional.of(EventKind.VISIT), EventLexicon.noun(token("tour", "NN", "tour"), null));
        assertEquals(Optional.of(EventKind.MEETING), EventLexicon.noun(token("gathering", "NN", "gathering"), null));
        assertEquals(Optional.of(EventKind.SESSION), EventLexicon.noun(token("hearings", "NNS", "hearing"), null));
        assertEquals(Optional.empty(), EventLexicon.noun(token("hearing", "VBG", "hear"), null), "only nouns");
    }

    @Test
    void verbsThatAreEvents() {
        assertEquals(Optional.of(EventKind.VISIT), EventLexicon.verb(token("visited", "VBD", "visit")));
        assertEquals(Optional.of(EventKind.SIGNING), EventLexicon.verb(token("signs", "VBZ", "sign")));
        assertEquals(Optional.empty(), EventLexicon.verb(token("visit", "NN", "visit")), "only verbs");
        assertEquals(Optional.empty(), EventLexicon.verb(token("sold", "VBD", "sell")));
    }

    @Test
    void verbsGiveTheirSubjectARole() {
        assertEquals(Optional.of(EventRole.HOST), EventLexicon.subjectRole(token("hosted", "VBD", "host")));
        assertEquals(Optional.of(EventRole.ORGANISER), EventLexicon.subjectRole(token("convened", "VBD", "convene")));
        assertEquals(Optional.of(EventRole.ATTENDEE), EventLexicon.subjectRole(token("attended", "VBD", "attend")));
        assertEquals(Optional.empty(), EventLexicon.subjectRole(token("criticised", "VBD", "criticise")));
    }

    @Test
    void futureCuesSomeOnlyBeforeTo() {
        Token to = token("to", "TO", "to");
        assertTrue(EventLexicon.isFutureCue(token("will", "MD", "will"), token("open", "VB", "open")));
        assertTrue(EventLexicon.isFutureCue(token("scheduled", "VBN", "schedule"), null));
        assertTrue(EventLexicon.isFutureCue(token("due", "JJ", "due"), to), "due to open");
        assertFalse(EventLexicon.isFutureCue(token("due", "JJ", "due"), token("diligence", "NN", "diligence")));
        assertFalse(EventLexicon.isFutureCue(token("said", "VBD", "say"), to));
        // "would" only as the event's own verb right after it ("the election in May would be ...")
        assertFalse(EventLexicon.isFutureCue(token("would", "MD", "would"), null));
        assertTrue(EventLexicon.isFutureCueAfterEvent(token("would", "MD", "would")));
        assertTrue(EventLexicon.isFutureCueAfterEvent(token("will", "MD", "will")));
    }

    @Test
    void signedThingsAndTriggers() {
        assertTrue(EventLexicon.SIGNED_THINGS.contains("treaty"));
        assertFalse(EventLexicon.SIGNED_THINGS.contains("petition"));
        assertTrue(EventLexicon.triggerLemmas().containsAll(java.util.List.of("summit", "meet", "talk", "negotiation",
                "conference", "open")));
        assertFalse(EventLexicon.triggerLemmas().contains("press conference"), "lemmas, not phrases");
    }
}
