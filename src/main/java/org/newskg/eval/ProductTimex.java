package org.newskg.eval;

import java.util.List;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.clean.PublicationDate;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.NlpPipeline;
import org.newskg.time.TimeNormalizer;
import org.newskg.time.TimeValue;

/**
 * The system side of the time expression evaluation: the TimeML text goes as it is (no cleaner) through the
 * product's NLP facade with the document creation time as its publication date, as ingest passes an
 * article's date, and the product's normaliser. Thread-safe when the pipeline is.
 */
public final class ProductTimex {
    private final NlpPipeline nlp;
    private final TimeNormalizer normalizer;

    /** @param nlp a pipeline built with {@link NlpPipeline.Tokenization#NEWS_TEXT}, as ingest uses */
    public ProductTimex(NlpPipeline nlp, TimeNormalizer normalizer) {
        this.nlp = nlp;
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
        return nlp.annotate(new CleanArticle(doc.name(), doc.text(), metadata, 0));
    }
}
