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
}
