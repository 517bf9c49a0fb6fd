package org.newskg.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.source.RawArticle;

class TextRepairTest {

    @Test
    void joinsADropCapitalToItsWord() {
        assertEquals(List.of("Headline here", "Tomorrow the bridge opens."),
                TextRepair.lines("Headline here\n\nT\n\nomorrow the bridge opens."));
    }

    @Test
    void anIndentedContinuationMeansTheLetterWasAWord() {
        assertEquals(List.of("A small town waited."), TextRepair.lines("A\n  small town waited."));
    }

    @Test
    void aLoneCapitalBeforeACapitalisedLineStaysAlone() {
        assertEquals(List.of("B", "Plan B was chosen."), TextRepair.lines("B\nPlan B was chosen."));
    }

    @Test
    void collapsesBlankLinesAndOddSpaces() {
        assertEquals(List.of("One two", "three"),
                TextRepair.lines("\uFEFFOne\u00a0\u00a0two\u200b\r\n\r\n\u00a0\n\n\tthree  "));
    }

    @Test
    void keepsTheZeroWidthJoinerOfEmojiSequences() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 at the fair";
        assertEquals(List.of(family), TextRepair.lines(family));
    }

    @Test
    void emptyAndChromeOnlyPagesGiveEmptyText() {
        Cleaner cleaner = new Cleaner();
        CleanArticle empty = cleaner.clean(new RawArticle("e", ""));
        assertEquals("", empty.text());
        assertEquals(ArticleMetadata.EMPTY, empty.metadata());

        CleanArticle chrome = cleaner.clean(new RawArticle("c", "Advertisement\nShare options\n\u00d7\nLeave a Reply"));
        assertEquals("", chrome.text());
        assertEquals(4, chrome.removedLines());
    }

    @Test
    void agencyFromAStoryDateline() {
        CleanArticle a = new Cleaner().clean(new RawArticle("d", String.join("\n",
                "Harbour town votes to rebuild its old lighthouse",
                "PORT WRENLY (AP) - Residents voted on Tuesday to rebuild the town's lighthouse, ending a long debate.",
                CleanerTest.P2)));
        assertEquals(Optional.of("AP"), a.metadata().agency());
        assertEquals(3, a.text().split("\n").length, "the dateline paragraph stays");
    }
}
