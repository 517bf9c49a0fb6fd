package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import org.newskg.clean.CleanArticle;

/** Everything extracted from one article, as plain records: no RDF, no CoreNLP. */
public record ArticleFacts(CleanArticle article, List<Entity> entities, List<Report> reports) {
    public ArticleFacts {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        reports = List.copyOf(reports);
    }

    public ArticleFacts(CleanArticle article, List<Entity> entities) {
        this(article, entities, List.of());
    }

    public ArticleFacts withReports(List<Report> newReports) {
        return new ArticleFacts(article, entities, newReports);
    }
}
