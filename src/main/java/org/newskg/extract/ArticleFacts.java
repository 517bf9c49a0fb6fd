package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import org.newskg.clean.CleanArticle;

/** Everything extracted from one article, as plain records: no RDF, no CoreNLP. */
public record ArticleFacts(CleanArticle article, List<Entity> entities, List<Report> reports, List<Event> events) {
    public ArticleFacts {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        reports = List.copyOf(reports);
        events = List.copyOf(events);
    }

    public ArticleFacts(CleanArticle article, List<Entity> entities, List<Report> reports) {
        this(article, entities, reports, List.of());
    }

    public ArticleFacts(CleanArticle article, List<Entity> entities) {
        this(article, entities, List.of());
    }

    public ArticleFacts withReports(List<Report> newReports) {
        return new ArticleFacts(article, entities, newReports, events);
    }

    public ArticleFacts withEvents(List<Event> newEvents) {
        return new ArticleFacts(article, entities, reports, newEvents);
    }
}
