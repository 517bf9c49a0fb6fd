package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import org.newskg.clean.CleanArticle;

/** Everything extracted from one article, as plain records: no RDF, no CoreNLP. */
public record ArticleFacts(CleanArticle article, List<Entity> entities, List<Report> reports, List<Role> roles) {
    public ArticleFacts {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        reports = List.copyOf(reports);
        roles = List.copyOf(roles);
    }

    public ArticleFacts(CleanArticle article, List<Entity> entities, List<Report> reports) {
        this(article, entities, reports, List.of());
    }

    public ArticleFacts(CleanArticle article, List<Entity> entities) {
        this(article, entities, List.of());
    }

    public ArticleFacts withReports(List<Report> newReports) {
        return new ArticleFacts(article, entities, newReports, roles);
    }

    /** With the roles found, and the entities they needed (a country named only by its demonym). */
    public ArticleFacts withRoles(List<Entity> allEntities, List<Role> newRoles) {
        return new ArticleFacts(article, allEntities, reports, newRoles);
    }
}
