package org.newskg.extract;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalising entity names: the display form keeps case and accents, the key drops them. */
public final class Names {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|')$");
    /** Hyphens, dots and apostrophes vary between outlets ("Suk-yeol"/"Suk Yeol", "U.S."/"US"). */
    private static final Pattern KEY_SEPARATORS = Pattern.compile("[-\\u2010\\u2011\\u2012\\u2013\\u2014_/]");
    private static final Pattern KEY_DROPPED = Pattern.compile("[.'`\\u00b4]");
    private static final Pattern KEY_OTHER = Pattern.compile("[^\\p{L}\\p{N} ]");

    private Names() {}

    /** The form shown to people: typographic apostrophes straightened, spaces collapsed, no possessive. */
    public static String display(String surface) {
        String s = Normalizer.normalize(surface, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'');
        s = SPACES.matcher(s.strip()).replaceAll(" ");
        return POSSESSIVE.matcher(s).replaceAll("").strip();
    }

    /** The form two names are compared by: no case, accents, dots, hyphens or apostrophes. */
    public static String key(String surface) {
        String s = Normalizer.normalize(display(surface), Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = KEY_SEPARATORS.matcher(s).replaceAll(" ");
        s = KEY_DROPPED.matcher(s).replaceAll("");
        s = KEY_OTHER.matcher(s).replaceAll(" ");
        return SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The words of a key. */
    public static List<String> words(String key) {
        return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
    }

    /** A URL-safe slug of a key ("jane smith" -> "jane-smith"), never empty. */
    public static String slug(String key) {
        String s = key.replace(' ', '-');
        return s.isEmpty() ? "unnamed" : s;
    }
}
