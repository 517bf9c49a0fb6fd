package org.newskg.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.clean.PublicationDate;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotationFile;
import org.newskg.nlp.NlpPipeline;
import org.newskg.time.TimeNormalizer;
import org.newskg.time.TimeValue;

/**
 * The system side of the time expression evaluation: the TimeML text goes as it is (no cleaner) through the
 * product's NLP facade with the document creation time as its publication date, as ingest passes an
 * article's date, and the product's normaliser. Thread-safe when the pipeline is.
 */
public final class ProductTimex {
    private final Supplier<NlpPipeline> nlp;
    private final Optional<Path> annotations;
    private final TimeNormalizer normalizer;

    /** @param nlp a pipeline built with {@link NlpPipeline.Tokenization#NEWS_TEXT}, as ingest uses */
    public ProductTimex(NlpPipeline nlp, TimeNormalizer normalizer) {
        this(() -> nlp, Optional.empty(), normalizer);
    }

    /**
     * @param nlp         the pipeline, asked for only when a document has no stored annotation
     * @param annotations a folder of stored annotations ({@link AnnotationFile}, one per document and creation
     *                    time, made on the first run): the normaliser's rules can be measured again without CoreNLP
     */
    public ProductTimex(Supplier<NlpPipeline> nlp, Optional<Path> annotations, TimeNormalizer normalizer) {
        this.nlp = nlp;
        this.annotations = annotations;
        this.normalizer = normalizer;
    }

    /** One value per time expression, the ends of a range apart, as TIMEX3 annotates them. */
    public List<TimeValue> times(TimemlDocument doc) {
        return normalizer.expressions(annotate(doc));
    }

    /** The document through the NLP stage, its creation time as the publication date. */
    public AnnotatedArticle annotate(TimemlDocument doc) {
        ArticleMetadata metadata = doc.created()
                .map(d -> ArticleMetadata.EMPTY.withPublished(PublicationDate.of(d, "document creation time")))
                .orElse(ArticleMetadata.EMPTY);
        CleanArticle article = new CleanArticle(doc.name(), doc.text(), metadata, 0);
        if (annotations.isEmpty()) {
            return nlp.get().annotate(article);
        }
        // SUTime resolves against the creation time, so it is part of the key.
        String key = doc.name() + "@" + doc.created().map(Object::toString).orElse("undated");
        Path file = annotations.get().resolve(key.replaceAll("[^A-Za-z0-9._-]", "_") + ".tsv");
        return AnnotationFile.readOrAnnotate(file, article, a -> nlp.get().annotate(a));
    }
}
