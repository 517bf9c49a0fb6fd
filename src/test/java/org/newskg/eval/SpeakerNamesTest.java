package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.core.Span;
import org.newskg.eval.SpeakerNames.Verdict;

class SpeakerNamesTest {
    private static SystemSpeech said(String text, String entity) {
        return new SystemSpeech(new Span(0, 1), Optional.ofNullable(text), Optional.ofNullable(entity), "direct", "said");
    }

    @Test
    void aSurnameOrTitleAndSurnameIsTheFullName() {
        assertTrue(SpeakerNames.sameSpeaker("Mr Okafor", "Daniel Okafor"));
        assertTrue(SpeakerNames.sameSpeaker("Okafor's", "Daniel Okafor"));
        assertTrue(SpeakerNames.sameSpeaker("Prime Minister Daniel Okafor", "Daniel Okafor"));
        assertTrue(SpeakerNames.sameSpeaker("DANIEL OKAFOR", "Daniel Okafor"));
        assertTrue(SpeakerNames.sameSpeaker("Léa Dufrêne", "Lea Dufrene"));
    }

    @Test
    void anotherFirstNameOrAnotherSurnameIsSomebodyElse() {
        assertFalse(SpeakerNames.sameSpeaker("Ruth Okafor", "Daniel Okafor"));
        assertFalse(SpeakerNames.sameSpeaker("Daniel", "Daniel Okafor"));
        assertFalse(SpeakerNames.sameSpeaker("Mr Brandt", "Daniel Okafor"));
    }

    @Test
    void aDescriptionMatchesOnItsHeadNoun() {
        assertTrue(SpeakerNames.sameSpeaker("spokesman", "a Harbour Authority spokesman"));
        assertTrue(SpeakerNames.sameSpeaker("the minister", "the transport minister"));
        assertFalse(SpeakerNames.sameSpeaker("the Harbour Authority", "a Harbour Authority spokesman"));
    }

    @Test
    void theResolvedEntityIsJudgedBeforeTheWords() {
        List<String> gold = List.of("Daniel Okafor");
        assertEquals(Verdict.RIGHT, SpeakerNames.judge(said("he", "Daniel Okafor"), gold, List.of(gold)));
        assertEquals(Verdict.RIGHT, SpeakerNames.judge(said("Mr Okafor", null), gold, List.of(gold)));
        assertEquals(Verdict.WRONG, SpeakerNames.judge(said("he", "Ruth Brandt"), gold, List.of(gold)));
    }

    @Test
    void anUnresolvedPronounOrNoSpeakerIsNotRight() {
        List<String> gold = List.of("Daniel Okafor");
        assertEquals(Verdict.PRONOUN, SpeakerNames.judge(said("she", null), gold, List.of(gold)));
        assertEquals(Verdict.NONE, SpeakerNames.judge(said(null, null), gold, List.of(gold)));
    }

    @Test
    void aNamelessGoldWantsNoSpeaker() {
        assertEquals(Verdict.RIGHT, SpeakerNames.judge(said(null, null), List.of(), List.of()));
        assertEquals(Verdict.INVENTED, SpeakerNames.judge(said("Mr Okafor", null), List.of(), List.of()));
    }

    @Test
    void aSurnameSharedByTwoSpeakersOfTheArticleIsAmbiguous() {
        List<String> daniel = List.of("Daniel Okafor");
        List<String> ruth = List.of("Ruth Okafor");
        assertEquals(Verdict.AMBIGUOUS, SpeakerNames.judge(said("Okafor", null), daniel, List.of(daniel, ruth)));
        assertEquals(Verdict.RIGHT, SpeakerNames.judge(said("Okafor", "Daniel Okafor"), daniel, List.of(daniel, ruth)));
    }

    @Test
    void theSameNameWrittenTwoWaysIsOneSpeakerNotTwo() {
        List<String> lower = List.of("the Harbour Authority");
        List<String> upper = List.of("The Harbour Authority");
        assertEquals(Verdict.RIGHT, SpeakerNames.judge(said("the authority", null), lower, List.of(lower, upper)));
    }

    @Test
    void goldAlternativesAreOneSpeaker() {
        List<String> gold = List.of("the Harbour Authority", "a Harbour Authority spokesman");
        assertEquals(Verdict.RIGHT, SpeakerNames.judge(said("the authority", null), gold, List.of(gold)));
        assertEquals(Verdict.RIGHT, SpeakerNames.judge(said("a spokesman", null), gold, List.of(gold)));
    }
}
