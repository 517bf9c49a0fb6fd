package org.newskg.eval;

import java.util.List;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.extract.FactExtractor;
import org.newskg.extract.Report;
import org.newskg.extract.ReportType;
import org.newskg.extract.Speaker;
import org.newskg.nlp.NlpPipeline;

/**
 * The system side of the attribution evaluation: the reports newskg itself extracts. The text
 * goes in as it is, without the cleaner (PolNeAR texts are article text already, and the gold
 * offsets point into them), through the product's NLP facade and {@link FactExtractor}.
 * Thread-safe when the pipeline is.
 */
public final class ProductAttribution {
    private final NlpPipeline nlp;
    private final FactExtractor extractor = new FactExtractor();

    /** @param nlp a pipeline built with {@link NlpPipeline.Tokenization#NEWS_TEXT}, as {@code ingest} uses */
    public ProductAttribution(NlpPipeline nlp) {
        this.nlp = nlp;
    }

    public List<SystemAttribution> extract(String source, String text) {
        CleanArticle article = new CleanArticle(source, text, ArticleMetadata.EMPTY, 0);
        return extractor.extract(nlp.annotate(article)).reports().stream().map(ProductAttribution::of).toList();
    }

    static SystemAttribution of(Report r) {
        return new SystemAttribution(r.content(), r.speaker().map(Speaker::span), r.type() == ReportType.DIRECT, r.cue());
    }
}
