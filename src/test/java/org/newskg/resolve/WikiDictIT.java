package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The real WikiDict from the models-english-kbp jar, streamed for a few strings. */
class WikiDictIT {
    @Test
    void findsTheStringsAskedForWithTheirPriorsBestFirst() {
        assertTrue(WikiDict.available());
        Map<String, List<WikiDict.Candidate>> found = WikiDict.lookup(Set.of("Barack Obama", "Reuters", "no such string at all"));
        assertEquals("Barack_Obama", found.get("Barack Obama").get(0).title());
        assertEquals("Reuters", found.get("Reuters").get(0).title());
        assertTrue(found.get("Reuters").get(0).prior() > 0.5);
        assertTrue(!found.containsKey("no such string at all"));
        List<WikiDict.Candidate> obama = found.get("Barack Obama");
        for (int i = 1; i < obama.size(); i++) {
            assertTrue(obama.get(i - 1).prior() >= obama.get(i).prior());
        }
    }
}
