package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newskg.core.Span;
import org.newskg.nlp.Token;

class RuleFilesTest {
    @Test
    void everyRuleFileLoadsAndHasEntries() {
        for (String name : RuleFiles.ALL) {
            assertFalse(RuleFiles.rows(name).isEmpty(), name);
        }
    }

    @Test
    void hashIsStableAndHex() {
        assertEquals(RuleFiles.hash(), RuleFiles.hash());
        assertTrue(RuleFiles.hash().matches("[0-9a-f]{64}"));
    }

    @Test
    void lexiconsComeFromTheFiles() {
        assertTrue(SpeechLexicon.CUE_VERBS.contains("say"));
        assertTrue(SpeechLexicon.PERSON_NOUNS.contains("spokeswoman"));
        assertTrue(SpeechLexicon.ORGANIZATION_NOUNS.contains("ministry"));
        assertTrue(SpeechLexicon.VENUE_NOUNS.contains("conference"));
        assertTrue(SpeechLexicon.CUE_ADVERBS.contains("later"));
    }

    @Test
    void titlesGiveGender() {
        assertEquals(Gender.MALE, Genders.titleGender(token("Mr")).orElseThrow());
        assertEquals(Gender.FEMALE, Genders.titleGender(token("Mrs.")).orElseThrow());
        assertEquals(Gender.FEMALE, Genders.titleGender(token("Lady")).orElseThrow());
        assertTrue(Genders.titleGender(token("Senator")).isEmpty());
    }

    private static Token token(String w) {
        return new Token(w, new Span(0, w.length()), "NNP", w, "O", "O", 0);
    }
}
