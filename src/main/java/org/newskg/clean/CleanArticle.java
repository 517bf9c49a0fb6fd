package org.newskg.clean;

import java.util.Objects;

/**
 * An article with its site chrome removed and its text repaired: the text every later stage
 * works on, and the text that character offsets in the graph point into.
 *
 * @param source   the input path or URL
 * @param text     the cleaned text, one paragraph per line
 * @param metadata what the article (or its input) says about itself
 * @param removedLines how many lines of the raw text the cleaner dropped as boilerplate
 */
public record CleanArticle(String source, String text, ArticleMetadata metadata, int removedLines) {
    public CleanArticle {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
    }
}
