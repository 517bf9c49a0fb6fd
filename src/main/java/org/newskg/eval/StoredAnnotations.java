package org.newskg.eval;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.newskg.clean.CleanArticle;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotationFile;
import org.newskg.nlp.NlpPipeline;

/**
 * CoreNLP's annotation of an evaluation article, kept in a folder ({@link AnnotationFile}, one
 * per article, made on the first run) so that changed extraction rules can be measured again
 * without loading CoreNLP. Without a folder every article is annotated. A stored annotation is
 * used only if its text is the article's text; the article's metadata is the live one.
 */
final class StoredAnnotations {
    private final Supplier<NlpPipeline> nlp;
    private final Optional<Path> folder;

    /**
     * @param nlp    the pipeline, asked for only when an article has no stored annotation
     * @param folder where the annotations are kept, if anywhere
     */
    StoredAnnotations(Supplier<NlpPipeline> nlp, Optional<Path> folder) {
        this.nlp = nlp;
        this.folder = folder;
    }

    AnnotatedArticle annotate(CleanArticle article) {
        if (folder.isEmpty()) {
            return nlp.get().annotate(article);
        }
        Path file = folder.get().resolve(article.source().replaceAll("[^A-Za-z0-9._-]", "_") + ".tsv");
        return AnnotationFile.readOrAnnotate(file, article, a -> nlp.get().annotate(a));
    }
}
