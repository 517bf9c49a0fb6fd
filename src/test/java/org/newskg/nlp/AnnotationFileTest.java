package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.core.Span;
import org.newskg.extract.ExtractorFixture;

class AnnotationFileTest {
    @Test
    void roundTripKeepsEveryRecord(@TempDir Path dir) throws Exception {
        AnnotatedArticle a = ExtractorFixture.article("\u201cThe school\twill open,\u201d [Ann Green|PERSON] said.", "Second \\ line.");
        a = new AnnotatedArticle(a.article(), a.sentences(), a.tokens(), a.mentions(),
                List.of(new TimeExpression("May", new Span(0, 3), "DATE", "2023-05", 0, "")));
        Path file = dir.resolve("a.tsv");
        AnnotationFile.write(a, file);
        AnnotatedArticle back = AnnotationFile.read(file);
        assertEquals(a.article().text(), back.article().text());
        assertEquals(a.sentences(), back.sentences());
        assertEquals(a.tokens(), back.tokens());
        assertEquals(a.mentions(), back.mentions());
        assertEquals(a.times(), back.times());
    }

    @Test
    void readOrAnnotateAnnotatesOnceAndKeepsTheArticlesMetadata(@TempDir Path dir) {
        AnnotatedArticle a = ExtractorFixture.article("[Ann Green|PERSON] spoke.");
        Path file = dir.resolve("sub").resolve("a.tsv");
        int[] calls = {0};
        java.util.function.Function<org.newskg.clean.CleanArticle, AnnotatedArticle> annotate = c -> {
            calls[0]++;
            return a;
        };
        AnnotationFile.readOrAnnotate(file, a.article(), annotate);
        org.newskg.clean.CleanArticle dated = new org.newskg.clean.CleanArticle(a.article().source(), a.article().text(),
                org.newskg.clean.ArticleMetadata.EMPTY.withPublished(
                        org.newskg.clean.PublicationDate.of(java.time.LocalDate.of(2023, 5, 24), "test")), 0);
        AnnotatedArticle back = AnnotationFile.readOrAnnotate(file, dated, annotate);
        assertEquals(1, calls[0], "the second call reads the file");
        assertEquals(a.tokens(), back.tokens());
        assertEquals(dated, back.article(), "the file keeps no metadata: the article given is the one returned");
        org.newskg.clean.CleanArticle changed = new org.newskg.clean.CleanArticle("x", "Other text.",
                org.newskg.clean.ArticleMetadata.EMPTY, 0);
        AnnotationFile.readOrAnnotate(file, changed, annotate);
        assertEquals(2, calls[0], "another text is annotated again");
    }
}
