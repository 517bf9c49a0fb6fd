package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import org.newskg.clean.CleanArticle;
import org.newskg.time.TimeValue;

/**
 * Everything extracted from one article, as plain records: no RDF, no CoreNLP.
 *
 * @param times  the article's time expressions, normalised against its publication date (a range as one value)
 * @param events the events it describes
 * @param roles  the roles it says people hold
 * @param notKept names the recogniser found that the entity rules did not keep, with why
 */
public record ArticleFacts(CleanArticle article, List<Entity> entities, List<Report> reports, List<TimeValue> times,
        List<Event> events, List<Role> roles, List<NotKept> notKept) {
    public ArticleFacts {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        reports = List.copyOf(reports);
        times = List.copyOf(times);
        events = List.copyOf(events);
        roles = List.copyOf(roles);
        notKept = List.copyOf(notKept);
    }

    public ArticleFacts(CleanArticle article, List<Entity> entities, List<Report> reports, List<TimeValue> times,
            List<Event> events, List<Role> roles) {
        this(article, entities, reports, times, events, roles, List.of());
    }

    public ArticleFacts(CleanArticle article, List<Entity> entities, List<Report> reports, List<TimeValue> times) {
        this(article, entities, reports, times, List.of(), List.of());
    }

    public ArticleFacts(CleanArticle article, List<Entity> entities, List<Report> reports) {
        this(article, entities, reports, List.of());
    }

    public ArticleFacts(CleanArticle article, List<Entity> entities) {
        this(article, entities, List.of());
    }

    public ArticleFacts withReports(List<Report> newReports) {
        return new ArticleFacts(article, entities, newReports, times, events, roles, notKept);
    }

    public ArticleFacts withTimes(List<TimeValue> newTimes) {
        return new ArticleFacts(article, entities, reports, newTimes, events, roles, notKept);
    }

    public ArticleFacts withEvents(List<Event> newEvents) {
        return new ArticleFacts(article, entities, reports, times, newEvents, roles, notKept);
    }

    /** With the roles found, and the entities they needed (a country named only by its demonym). */
    public ArticleFacts withRoles(List<Entity> allEntities, List<Role> newRoles) {
        return new ArticleFacts(article, allEntities, reports, times, events, newRoles, notKept);
    }
}
