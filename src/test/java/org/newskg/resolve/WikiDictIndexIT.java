package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The index of the real WikiDict from the models-english-kbp jar, in the user's cache (built there
 * by the first run that needs it, about a minute, and reused after).
 */
class WikiDictIndexIT {
    @Test
    void findsNamesAndThePagesOfANameInTheRealDictionary() {
        assertTrue(WikiDict.available());
        WikiDictIndex index = WikiDictIndex.shared(System.err::println);
        System.err.println("WikiDict index: " + index.built());
        assertEquals("Barack_Obama", index.anchor("Barack Obama").orElseThrow().title());
        WikiDictIndex.Anchor reuters = index.anchor("Reuters").orElseThrow();
        assertEquals("Reuters", reuters.title());
        assertTrue(reuters.prior() > 0.5);
        assertTrue(index.anchor("no such string at all").isEmpty());
        assertTrue(index.pagesNamed("Paris").stream().anyMatch(p -> p.title().equals("Paris,_Texas")));
        assertEquals("Paris", index.pagesNamed("Paris").get(0).title(), "the city is referred to most");
    }
}
