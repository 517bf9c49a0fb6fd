package org.newskg.source;

import java.util.Objects;
import org.newskg.clean.ArticleMetadata;

/**
 * One article as read from its input, before any cleaning.
 *
 * @param source where it came from: the input path as given, or a URL
 * @param text   the decoded text, as scraped (site chrome and all)
 * @param hints  metadata the input itself supplied (a manifest, HTML meta tags, a CSV column);
 *               {@link ArticleMetadata#EMPTY} when there is none
 */
public record RawArticle(String source, String text, ArticleMetadata hints) {
    public RawArticle {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        hints = hints == null ? ArticleMetadata.EMPTY : hints;
    }

    public RawArticle(String source, String text) {
        this(source, text, ArticleMetadata.EMPTY);
    }
}
