package org.newskg.source;

import java.nio.file.Path;

/**
 * Reads one kind of input file (plain text, HTML, a web archive, a CSV export ...) into raw
 * articles. A reader streams: it pushes each article to the sink as soon as it has it, so a
 * large archive never sits in memory whole. Problems go to the sink as issues, with the file's
 * path and where in it; a reader never throws for bad input.
 */
public interface ArticleReader {
    /** A short name for messages ("text", "html", "warc"). */
    String name();

    /** Whether this reader handles the file, judged by its name (and, if needed, its first bytes). */
    boolean accepts(Path file);

    void read(Path file, ArticleSink sink);

    /** Whether a file gives at most one article, so metadata given for the file (a manifest row) is that article's. */
    default boolean oneArticlePerFile() {
        return false;
    }
}
