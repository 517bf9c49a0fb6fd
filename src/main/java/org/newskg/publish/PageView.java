package org.newskg.publish;

import org.jsoup.nodes.Element;

/**
 * The part of a page that reads a resource as a person reads it (a dossier, an article's text,
 * a statement's reports), shown before the generic facts, which then go into a collapsed
 * "details" part. Rendered inside the page's read transaction.
 */
interface PageView {
    void render(Element body, HtmlPage page);

    /** Whether the page loads the network picture's scripts (served from the jar). */
    default boolean drawsNetwork() {
        return false;
    }
}
