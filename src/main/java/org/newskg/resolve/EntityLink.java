package org.newskg.resolve;

import java.util.Objects;

/**
 * A corpus entity linked to a Wikipedia page (and so to its DBpedia resource).
 *
 * @param entity     the canonical entity IRI
 * @param title      the Wikipedia page title, underscores for spaces ("Jane_Smith")
 * @param confidence the dictionary's prior for the name that linked it, 0 to 1
 * @param evidence   which names led to the page, and why the page fits the entity's type
 */
public record EntityLink(String entity, String title, double confidence, String evidence) {
    public EntityLink {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(evidence, "evidence");
    }

    public String wikipedia() {
        return "https://en.wikipedia.org/wiki/" + title;
    }

    public String dbpedia() {
        return "http://dbpedia.org/resource/" + title;
    }
}
