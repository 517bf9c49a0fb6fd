package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The epithet word lists (epithet-words.tsv and the demonyms of countries.tsv). */
class EpithetsTest {
    @Test
    void demonymsAloneOrWithManOrWomanAreEpithets() {
        assertTrue(Epithets.isNoun("dutchman"));
        assertTrue(Epithets.isNoun("irishwoman"));
        assertTrue(Epithets.isNoun("german"));
        assertTrue(Epithets.isNoun("scot"));
        assertFalse(Epithets.isNoun("spokesman"));
        assertFalse(Epithets.isNoun("minister"));
    }

    @Test
    void theGenderComesFromManOrWomanOrTheList() {
        assertEquals(Optional.of(Gender.MALE), Epithets.gender("irishman"));
        assertEquals(Optional.of(Gender.FEMALE), Epithets.gender("frenchwoman"));
        assertEquals(Optional.of(Gender.FEMALE), Epithets.gender("scotswoman"));
        assertEquals(Optional.empty(), Epithets.gender("german"));
        assertEquals(Optional.empty(), Epithets.gender("veteran"));
    }

    @Test
    void formerMakesARoleAnEpithet() {
        assertTrue(Epithets.isModifier("former"));
        assertFalse(Epithets.isModifier("new"));
    }
}
