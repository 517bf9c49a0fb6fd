package org.newskg.rdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article graph says about the input it came from. Ingest names a file by its canonical
 * absolute path ({@code /home/ana/news/a.txt}, {@code .../export.csv#row=3}), but the graph is
 * served, and a path tells strangers about the machine and its user. So the graph holds only a
 * public form of the source ({@code newskg:source}: the page's URL, or the file name and the row
 * or line inside it) and a key ({@code newskg:sourceKey}: the SHA-256 of the full source) by which
 * {@code remove}, re-ingest and duplicate detection find the article from the path, without the
 * store ever holding the path.
 */
public final class Sources {
    /** The part of a source that names a place inside the file: a CSV row, a JSON Lines line. */
    private static final Pattern LOCATOR = Pattern.compile("#[a-z]+=\\d+$");
    private static final Pattern WEB = Pattern.compile("(?i)https?://.*");

    private Sources() {}

    /**
     * The source as published: a web address as it is (it is public already), {@code stdin} as it
     * is, and anything else (a path, a file URI, an HDFS location) as its file name and locator.
     */
    public static String published(String source) {
        if (WEB.matcher(source).matches()) {
            return source;
        }
        Matcher locator = LOCATOR.matcher(source);
        int end = locator.find() ? locator.start() : source.length();
        String path = source.substring(0, end);
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1) + source.substring(end);
    }

    /** The key that finds the article from its full source (a canonical path, a URL): its SHA-256, in hex. */
    public static String key(String source) {
        return Iris.sha256(source);
    }
}
