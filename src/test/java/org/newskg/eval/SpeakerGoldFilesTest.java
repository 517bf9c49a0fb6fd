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
 * corpus and every statement's anchor is in the article's cleaned text (a trap's at least in the
 * page), so the evaluation scores what the annotator meant. Reads the corpus from ../shared at run time; no models.
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
            RawArticle article = raw.get(g.article());
            List<SpeakerGold.Row> notClean = SpeakerScorer.compare(g, cleaner.clean(article).text(), List.of()).lost();
            List<SpeakerGold.Row> notRaw = SpeakerScorer.compare(g, article.text(), List.of()).lost();
            // A trap the cleaner drops (page furniture) is fine, as long as it is in the page.
            notClean.stream().filter(r -> r.kind().speech() || notRaw.contains(r))
                    .forEach(r -> lost.add(r.where() + " " + r.anchor()));
        }
        assertEquals(List.of(), lost, "statements not in the cleaned text, or traps not even in the page");
        assertTrue(gold.size() >= 10, "articles: " + gold.size());
    }
}
