package org.newskg.workbench;

import java.util.Optional;
import org.newskg.rdf.Vocab;

/** What the workbench groups things by: in search results and in the browse pages, in this order. */
enum Kind {
    PEOPLE("people", "People", Vocab.SCHEMA + "Person", Vocab.SCHEMA + "name"),
    ORGANISATIONS("organisations", "Organisations", Vocab.SCHEMA + "Organization", Vocab.SCHEMA + "name"),
    PLACES("places", "Places", Vocab.SCHEMA + "Place", Vocab.SCHEMA + "name"),
    STATEMENTS("statements", "Statements", Vocab.NEWSKG + "Statement", Vocab.SCHEMA + "text"),
    EVENTS("events", "Events", Vocab.SEM + "Event", Vocab.SCHEMA + "name"),
    ARTICLES("articles", "Articles", Vocab.SCHEMA + "NewsArticle", Vocab.SCHEMA + "headline");

    /** The name in URLs and JSON. */
    final String key;
    final String title;
    /** The class whose members are of this kind. */
    final String type;
    /** The property that names a member. */
    final String label;

    Kind(String key, String title, String type, String label) {
        this.key = key;
        this.title = title;
        this.type = type;
        this.label = label;
    }

    static Optional<Kind> byKey(String key) {
        for (Kind k : values()) {
            if (k.key.equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
