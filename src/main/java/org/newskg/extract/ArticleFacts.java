package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import org.newskg.clean.CleanArticle;
import org.newskg.time.TimeValue;

/**
 * Everything extracted from one article, as plain records: no RDF, no CoreNLP.
 *
 * @param times the article's time expressions, normalised against its publication date (a range as one value)
 */
public record ArticleFacts(CleanArticle article, List<Entity> entities, List<Report> reports, List<TimeValue> times) {
    public ArticleFacts {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        reports = List.copyOf(reports);
        times = List.copyOf(times);
    }

    public ArticleFacts(CleanArticle article, List<Entity> entities, List<Report> reports) {
        this(article, entities, reports, List.of());
    }

    public ArticleFacts(CleanArticle article, List<Entity> entities) {
        this(article, entities, List.of());
    }

    public ArticleFacts withReports(List<Report> newReports) {
        return new ArticleFacts(article, entities, newReports, times);
    }

    public ArticleFacts withTimes(List<TimeValue> newTimes) {
        return new ArticleFacts(article, entities, reports, newTimes);
    }
}
