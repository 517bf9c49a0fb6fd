package org.newskg.pipeline;

import java.time.Duration;

/**
 * How much one article may cost, so that one input can never stall or end a run: the characters
 * annotated (the rest of a longer article is cut, with a warning) and how long its annotation
 * may run (then it is abandoned and reported, and the run goes on).
 *
 * @param maxChars characters of an article's text that are annotated
 * @param maxTime  longest annotation of one article
 */
public record ArticleBudget(int maxChars, Duration maxTime) {
    /** Far above any news article (a long read is 60,000 characters), low enough to annotate in a minute or two. */
    public static final int DEFAULT_MAX_CHARS = 200_000;
    /** An article of {@link #DEFAULT_MAX_CHARS} is annotated in about a minute here; five leave room for a busy machine. */
    public static final Duration DEFAULT_MAX_TIME = Duration.ofMinutes(5);
    public static final ArticleBudget DEFAULT = new ArticleBudget(DEFAULT_MAX_CHARS, DEFAULT_MAX_TIME);

    public ArticleBudget {
        if (maxChars < 1) {
            throw new IllegalArgumentException("the character budget must be 1 or more: " + maxChars);
        }
        if (maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive: " + maxTime);
        }
    }

    /**
     * The first {@link #maxChars} characters of {@code text} at most, ending at a line break, else at a
     * sentence end, else at a space in the last half of the budget, so that no word or sentence is cut
     * in two where the text allows; {@code text} itself when it fits.
     */
    public String cut(String text) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int floor = end / 2;
        int line = text.lastIndexOf('\n', end - 1);
        if (line >= floor) {
            return text.substring(0, line + 1);
        }
        for (int i = end - 1; i > floor; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) {
                return text.substring(0, i);
            }
        }
        for (int i = end - 1; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return text.substring(0, i);
            }
        }
        return text.substring(0, end);
    }
}
