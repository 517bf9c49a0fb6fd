package org.newskg.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.extract.FactExtractor;
import org.newskg.extract.Report;
import org.newskg.extract.ReportType;
import org.newskg.extract.Speaker;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotationFile;
import org.newskg.nlp.NlpPipeline;

/**
 * The system side of the attribution evaluation: the reports newskg itself extracts. The text
 * goes in as it is, without the cleaner (PolNeAR texts are article text already, and the gold
 * offsets point into them), through the product's NLP facade and {@link FactExtractor}.
 * Thread-safe when the pipeline is.
 */
public final class ProductAttribution {
    private final AnnotationCache annotations;
    private final FactExtractor extractor = new FactExtractor();

    /** @param nlp a pipeline built with {@link NlpPipeline.Tokenization#NEWS_TEXT}, as {@code ingest} uses */
    public ProductAttribution(NlpPipeline nlp) {
        this(() -> nlp, Optional.empty());
    }

    /**
     * @param nlp         the pipeline, asked for only when an article has no stored annotation
     * @param annotations a folder of stored annotations ({@link AnnotationFile}, one per article,
     *                    made on the first run): the extraction rules can be measured again without CoreNLP
     */
    public ProductAttribution(Supplier<NlpPipeline> nlp, Optional<Path> annotations) {
        this.annotations = new AnnotationCache(nlp, annotations);
    }

    public List<SystemAttribution> extract(String source, String text) {
        return extractor.extract(annotate(source, text)).reports().stream().map(ProductAttribution::of).toList();
    }

    private AnnotatedArticle annotate(String source, String text) {
        return annotations.annotate(new CleanArticle(source, text, ArticleMetadata.EMPTY, 0));
    }

    static SystemAttribution of(Report r) {
        return new SystemAttribution(r.content(), r.speaker().map(Speaker::span), r.type() == ReportType.DIRECT, r.cue(),
                r.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
}
