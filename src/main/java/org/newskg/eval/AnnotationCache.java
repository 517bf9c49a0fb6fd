package org.newskg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.newskg.clean.CleanArticle;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotationFile;
import org.newskg.nlp.NlpPipeline;

/**
 * CoreNLP's annotation of evaluation articles, kept in a folder ({@link AnnotationFile}, one file
 * per article, made on the first run) so that changed extraction rules can be measured again
 * without loading CoreNLP. A stored file whose text differs from the article's is annotated anew.
 * Without a folder every article is annotated. Thread-safe when the pipeline is.
 */
final class AnnotationCache {
    private final Supplier<NlpPipeline> nlp;
    private final Optional<Path> folder;

    /**
     * @param nlp    the pipeline, asked for only when an article has no stored annotation
     * @param folder where the annotations are kept, or empty to annotate every time
     */
    AnnotationCache(Supplier<NlpPipeline> nlp, Optional<Path> folder) {
        this.nlp = nlp;
        this.folder = folder;
    }

    AnnotatedArticle annotate(CleanArticle article) {
        if (folder.isEmpty()) {
            return nlp.get().annotate(article);
        }
        Path file = folder.get().resolve(article.source().replaceAll("[^A-Za-z0-9._-]", "_") + ".tsv");
        try {
            if (Files.isRegularFile(file)) {
                AnnotatedArticle stored = AnnotationFile.read(file);
                if (stored.article().text().equals(article.text())) {
                    return stored;
                }
            }
            AnnotatedArticle fresh = nlp.get().annotate(article);
            Files.createDirectories(file.getParent());
            AnnotationFile.write(fresh, file);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
