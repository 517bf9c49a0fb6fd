package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArticleBudgetTest {
    private static ArticleBudget chars(int n) {
        return new ArticleBudget(n, Duration.ofSeconds(1));
    }

    @Test
    void aTextWithinTheBudgetIsItself() {
        String text = "Short.\n";
        assertSame(text, chars(7).cut(text));
    }

    @Test
    void aLongerTextEndsAtItsLastLineBreakWithinTheBudget() {
        assertEquals("One line.\nTwo line.\n", chars(25).cut("One line.\nTwo line.\nThree lines here."));
    }

    @Test
    void oneLongLineEndsAtASentenceEndThenAtASpace() {
        assertEquals("First sentence here. Second one.", chars(40).cut("First sentence here. Second one. Third sentence goes on."));
        assertEquals("words without any stop and", chars(30).cut("words without any stop and more words"));
    }

    @Test
    void textWithoutSpacesIsCutAtTheBudgetButNeverInsideACharacter() {
        assertEquals("abcdefghij", chars(10).cut("abcdefghijklmnop"));
        String emoji = "abcdefghi\uD83D\uDE00xyz"; // a surrogate pair at 9-10
        assertEquals("abcdefghi", chars(10).cut(emoji));
    }

    @Test
    void budgetsArePositive() {
        assertThrows(IllegalArgumentException.class, () -> chars(0));
        assertThrows(IllegalArgumentException.class, () -> new ArticleBudget(10, Duration.ZERO));
    }
}
