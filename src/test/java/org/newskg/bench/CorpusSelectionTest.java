package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.core.Issue;

class CorpusSelectionTest {
    @TempDir
    Path corpus;

    private final List<Issue> issues = new ArrayList<>();

    @BeforeEach
    void aCorpusInTwoTopicsWithItsReadme() throws Exception {
        // Written out of order so that a selection in creation order would fail.
        for (String name : List.of("tech/002.txt", "business/010.txt", "tech/001.txt", "business/002.txt",
                "business/001.txt", "README.TXT", "business/.hidden.txt")) {
            Path f = corpus.resolve(name);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "Some article text.\n");
        }
    }

    private List<String> names(List<Path> files) {
        return files.stream().map(f -> corpus.relativize(f).toString()).toList();
    }

    @Test
    void takesTheFirstFilesInNameOrderSkippingTheReadme() {
        CorpusSelection s = CorpusSelection.of(corpus, 3, 0, issues::add);
        assertEquals(List.of("business/001.txt", "business/002.txt", "business/010.txt"), names(s.measured()));
        assertEquals(List.of(), s.warmup());
        assertTrue(issues.isEmpty(), issues.toString());
    }

    @Test
    void warmsUpOnTheFilesAfterTheMeasuredOnes() {
        CorpusSelection s = CorpusSelection.of(corpus, 2, 2, issues::add);
        assertEquals(List.of("business/001.txt", "business/002.txt"), names(s.measured()));
        assertEquals(List.of("business/010.txt", "tech/001.txt"), names(s.warmup()));
    }

    @Test
    void warmsUpOnMeasuredFilesAgainWhenTheCorpusHasNoMore() {
        CorpusSelection s = CorpusSelection.of(corpus, 4, 3, issues::add);
        assertEquals(List.of("tech/002.txt", "business/001.txt", "business/002.txt"), names(s.warmup()));
    }

    @Test
    void aLimitAboveTheCorpusOrZeroTakesEveryArticle() {
        assertEquals(5, CorpusSelection.of(corpus, 50, 0, issues::add).measured().size());
        assertEquals(5, CorpusSelection.of(corpus, 0, 0, issues::add).measured().size());
    }

    @Test
    void refusesAnEmptyCorpusAndNegativeCounts() throws Exception {
        Path empty = Files.createDirectory(corpus.resolve("empty"));
        Files.writeString(empty.resolve("LICENSE"), "terms\n");
        assertThrows(IllegalArgumentException.class, () -> CorpusSelection.of(empty, 10, 0, issues::add));
        assertThrows(IllegalArgumentException.class, () -> CorpusSelection.of(corpus, -1, 0, issues::add));
        assertThrows(IllegalArgumentException.class, () -> CorpusSelection.of(corpus, 1, -1, issues::add));
    }

    @Test
    void documentationIsKnownByItsStem() {
        assertTrue(CorpusSelection.isDocumentation(Path.of("c/README.TXT")));
        assertTrue(CorpusSelection.isDocumentation(Path.of("c/readme.md")));
        assertTrue(CorpusSelection.isDocumentation(Path.of("c/LICENSE")));
        assertEquals(false, CorpusSelection.isDocumentation(Path.of("c/readme-notes-on-the-budget.txt")));
    }
}
