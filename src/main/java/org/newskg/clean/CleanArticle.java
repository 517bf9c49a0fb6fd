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
 * @param language the language of the text: an ISO 639-1 code ("en", "de"), or "und" when the text is too
 *                 short or too mixed to tell ({@link Languages}); later stages annotate only
 *                 {@link #isEnglish() English} text with their English models
 */
public record CleanArticle(String source, String text, ArticleMetadata metadata, int removedLines, String language) {
    public CleanArticle {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        language = language == null || language.isBlank() ? Languages.UNDETERMINED : language;
    }

    /** An article whose language is not known (hand-built ones, in tests): treated as English. */
    public CleanArticle(String source, String text, ArticleMetadata metadata, int removedLines) {
        this(source, text, metadata, removedLines, Languages.UNDETERMINED);
    }

    /** Whether the English models apply: English, or too short to tell. */
    public boolean isEnglish() {
        return Languages.isEnglishOrUndetermined(language);
    }
}
