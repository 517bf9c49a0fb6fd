package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.clean.Cleaner;
import org.newskg.source.Readers;
import org.newskg.source.TextFileReader;

/** By-path gold: pages stay where they are and their story lines are found by opening words at run time. */
class PageGoldTest {
    @TempDir
    Path tmp;

    private static final String PAGE = """
            Home | World | Sport | Weather
            Harnby port reopens after storm repairs
            The port of Harnby reopened on Tuesday after two weeks of repairs to its outer wall, the harbour master said.
            Advertisement
            Fishing boats were the first to sail, followed by the morning ferry to the islands, which had been cancelled.
            The repairs cost the town council more than it had set aside, and the harbour master asked for a review.
            Share this article
            """;

    private Path gold(String body) throws Exception {
        Files.createDirectories(tmp.resolve("shared/corpus"));
        Files.writeString(tmp.resolve("shared/corpus/port.txt"), PAGE);
        Path g = tmp.resolve("g.page");
        Files.writeString(g, body);
        return g;
    }

    private PageGoldEvaluation evaluation() {
        return new PageGoldEvaluation(Readers.standard(TextFileReader.DEFAULT_MAX_BYTES), new Cleaner(), tmp.resolve("shared"));
    }

    private static final String META = "title\tHarnby port reopens\nbyline\t-\npublished\t-\nlanguage\ten\n";

    @Test
    void anchorsMarkRunsOfStoryLinesAndExcludesTakeLinesOut() throws Exception {
        PageGold g = PageGold.read(gold("page\tcorpus/port.txt\ncontent\tHarnby port reopens\tThe repairs cost\n"
                + "exclude\tAdvertisement\nlines\t4\n" + META));
        boolean[] story = PageGoldEvaluation.storyLines(g, List.of(PAGE.split("\n", -1)));
        assertEquals("[false, true, true, false, true, true, false, false]", Arrays.toString(story));
    }

    @Test
    void thePageIsCleanedAndScoredWithItsMetadata() throws Exception {
        PageGold g = PageGold.read(gold("page\tcorpus/port.txt\ncontent\tHarnby port reopens\tThe port of\n"
                + "content\tFishing boats\tThe repairs cost\nlines\t4\n" + META));
        PageGoldEvaluation.Result r = evaluation().run(List.of(g));
        PageGoldEvaluation.Page p = r.pages().get(0);
        assertNull(p.error());
        assertEquals(4, p.scores().contentKept(), p.mistakes().toString());
        assertEquals(0, p.scores().boilerplateKept(), p.mistakes().toString());
        assertEquals(List.of("title ok", "byline ok", "published ok", "language ok"), p.fields());
        assertTrue(r.render().contains("title 1 of 1"), r.render());
    }

    @Test
    void anAnchorNotFoundOrACountThatDiffersIsAnErrorOfThatPageOnly() throws Exception {
        PageGold missing = PageGold.read(gold("page\tcorpus/port.txt\ncontent\tNo such words\nlines\t1\n" + META));
        PageGold miscounted = PageGold.read(gold("page\tcorpus/port.txt\ncontent\tHarnby port reopens\tThe port of\nlines\t3\n" + META));
        PageGoldEvaluation.Result r = evaluation().run(List.of(missing, miscounted));
        assertTrue(r.pages().get(0).error().contains("No such words"), r.pages().get(0).error());
        assertTrue(r.pages().get(1).error().contains("give 2 story lines"), r.pages().get(1).error());
        assertNotNull(r.total());
    }

    @Test
    void aGoldWithoutItsKeysIsAFormatErrorNamingTheFile() throws Exception {
        Path g = gold("page\tcorpus/port.txt\ncontent\tHarnby\n");
        var e = assertThrows(CleanGold.GoldFormatException.class, () -> PageGold.read(g));
        assertTrue(e.getMessage().contains("g.page"), e.getMessage());
    }

    @Test
    void aDropCapitalJoinedToItsWordKeepsBothLinesAndDoesNotHideTheRest() {
        List<String> page = List.of("Headline of the day", "J", "", "apanese ministers met on Monday.", "Second line.", "Menu");
        boolean[] kept = KeptLines.of(page, "Headline of the day\nJapanese ministers met on Monday.\nSecond line.");
        assertEquals("[true, true, false, true, true, false]", Arrays.toString(kept));
    }

    @Test
    void aCleanedLineChangedBeyondSpacesIsPassedOver() {
        List<String> page = List.of("First line.", "Second  line changed.", "Third line.");
        boolean[] kept = KeptLines.of(page, "First line.\nSecond line, changed.\nThird line.");
        assertEquals("[true, false, true]", Arrays.toString(kept));
    }

    /** The project's real-page gold: every page resolves against ../shared (skipped when it is absent). */
    @Test
    void theProjectsRealPagesAllResolve() throws Exception {
        Path shared = Path.of("../shared/corpus");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared), "no ../shared");
        PageGoldEvaluation.Result r = new PageGoldEvaluation(Readers.standard(TextFileReader.DEFAULT_MAX_BYTES), new Cleaner(),
                Path.of("../shared")).run(PageGold.readAll(Path.of("eval/clean/real")));
        assertTrue(r.pages().size() >= 46);
        r.pages().forEach(p -> assertNull(p.error(), p.render()));
    }
}
