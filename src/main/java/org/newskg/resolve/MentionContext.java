package org.newskg.resolve;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words right around a mention say of its entity: an acronym stated in brackets after it
 * ("Harbour Safety Board (HSB)"), or capitalised words before it that may name its country
 * ("Norway's", "Norwegian"), which the recogniser often leaves out of an organisation's name.
 */
public final class MentionContext {
    /** How many characters before a mention are worth reading. */
    public static final int BEFORE = 30;
    /** How many characters after a mention are worth reading. */
    public static final int AFTER = 16;

    private static final Pattern STATED_ACRONYM = Pattern.compile("^\\s?\\(\\s?([A-Z][A-Za-z.&]{1,11})\\s?\\)");
    /** Up to three capitalised words ending right before the mention, a possessive included: "South Korea's ". */
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}.]*\\s){0,2}\\p{Lu}[\\p{L}.]*(?:\\s?['\u2019]s)?)\\s$");

    private MentionContext() {}

    /** The acronym in brackets at the start of the text after a mention (tokenised text, "( HSB )", too). */
    public static Optional<String> acronymAfter(String after) {
        Matcher m = STATED_ACRONYM.matcher(after);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The capitalised words at the end of the text before a mention. */
    public static Optional<String> capitalisedBefore(String before) {
        Matcher m = CAPITALISED_BEFORE.matcher(before);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
