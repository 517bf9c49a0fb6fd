package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.ExtractorFixture;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotationFile;
import org.newskg.nlp.NlpPipeline;

/** The stored annotations of {@code evaluate attribution --annotations}: read back instead of running CoreNLP. */
class ProductAttributionTest {
    private static NlpPipeline noCoreNlp() {
        throw new IllegalStateException("CoreNLP was asked for");
    }

    @Test
    void aStoredAnnotationOfTheSameTextIsUsed(@TempDir Path dir) throws Exception {
        AnnotatedArticle a = ExtractorFixture.article("\u201cThe school will open in the spring,\u201d [Ann Green|PERSON] said.");
        AnnotationFile.write(a, dir.resolve("site_1.tsv"));
        ProductAttribution system = new ProductAttribution(ProductAttributionTest::noCoreNlp, Optional.of(dir));
        List<SystemAttribution> found = system.extract("site_1", a.article().text());
        assertEquals(1, found.size());
        assertEquals("speech", found.get(0).kind());
        assertEquals("Ann Green", found.get(0).speaker().orElseThrow().of(a.article().text()));
    }

    @Test
    void aChangedTextIsAnnotatedAgain(@TempDir Path dir) throws Exception {
        AnnotatedArticle a = ExtractorFixture.article("[Ann Green|PERSON] said the school will open in the spring.");
        AnnotationFile.write(a, dir.resolve("site_1.tsv"));
        ProductAttribution system = new ProductAttribution(ProductAttributionTest::noCoreNlp, Optional.of(dir));
        assertThrows(IllegalStateException.class, () -> system.extract("site_1", a.article().text() + " More."));
    }
}
