package org.newskg.source;

import java.nio.file.Path;
import java.util.List;

/** Picks the reader for each input file: the first that accepts it, plain text last. */
public final class Readers {
    private final List<ArticleReader> readers;

    public Readers(List<ArticleReader> readers) {
        if (readers.isEmpty()) {
            throw new IllegalArgumentException("no readers");
        }
        this.readers = List.copyOf(readers);
    }

    /** Every format newskg reads, with the given size limit for whole-file formats. */
    public static Readers standard(long maxBytes) {
        return standard(maxBytes, FieldMapping.DEFAULT);
    }

    /**
     * Every format newskg reads: web archives, CSV and JSON Lines exports (columns named by
     * {@code mapping}), HTML pages (by name or by their first bytes), and plain text for the rest.
     */
    public static Readers standard(long maxBytes, FieldMapping mapping) {
        return new Readers(List.of(
                new WarcFileReader(maxBytes),
                new CsvReader(mapping),
                new JsonLinesReader(mapping),
                new HtmlReader(maxBytes),
                new TextFileReader(maxBytes)));
    }

    public ArticleReader readerFor(Path file) {
        for (ArticleReader r : readers) {
            if (r.accepts(file)) {
                return r;
            }
        }
        return readers.get(readers.size() - 1);
    }

    public void read(Path file, ArticleSink sink) {
        readerFor(file).read(file, sink);
    }
}
