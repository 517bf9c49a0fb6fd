package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newskg.clean.Cleaner;
import org.newskg.source.RawArticle;

/**
 * The project's own speaker gold (eval/speakers) is well-formed: every article is in the shared
 * corpus and every anchor is in the article's cleaned text, so the evaluation scores what the
 * annotator meant. Reads the corpus from ../shared at run time; no models.
 */
class SpeakerGoldFilesTest {
    private static final Path GOLD = Path.of("eval", "speakers");

    @Test
    void everyAnchorIsInItsCleanedArticle() throws Exception {
        Path corpus = Path.of(System.getProperty("newskg.shared", "../shared"), "corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
        List<SpeakerGold> gold = SpeakerGold.readAll(GOLD);
        Map<String, RawArticle> raw = ProductSpeakers.read(corpus, gold.stream().map(SpeakerGold::article).toList());
        Cleaner cleaner = new Cleaner();
        List<String> lost = new ArrayList<>();
        for (SpeakerGold g : gold) {
            SpeakerComparison c = SpeakerScorer.compare(g, cleaner.clean(raw.get(g.article())).text(), List.of());
            c.lost().forEach(r -> lost.add(r.where() + " " + r.anchor()));
        }
        assertEquals(List.of(), lost, "anchors not in the cleaned text");
        assertTrue(gold.size() >= 10, "articles: " + gold.size());
    }
}
