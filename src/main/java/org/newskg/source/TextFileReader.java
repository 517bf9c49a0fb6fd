package org.newskg.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newskg.core.Issue;

/**
 * Reads one plain-text article file. Every way a file can be bad becomes an issue with its
 * path and reason (unreadable, empty, too large, binary); a guessed encoding is a warning.
 */
public final class TextFileReader implements ArticleReader {
    /** Default size limit: far above any article, low enough that a stray dump or video is refused fast. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;

    public TextFileReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public TextFileReader() {
        this(DEFAULT_MAX_BYTES);
    }

    @Override
    public String name() {
        return "text";
    }

    /** Plain text is the fallback: every file no other reader claims. */
    @Override
    public boolean accepts(Path file) {
        return true;
    }

    @Override
    public boolean oneArticlePerFile() {
        return true;
    }

    @Override
    public void read(Path file, ArticleSink sink) {
        ReadResult r = read(file);
        r.issues().forEach(sink::issue);
        r.articles().forEach(sink::article);
    }

    /** Reads the file whole; files are at most {@code maxBytes}, so this is safe. */
    public ReadResult read(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return ReadResult.failed(Issue.error(source, "source",
                        "file too large: " + size + " bytes, limit " + maxBytes + " (see --max-size)"));
            }
            return decode(source, Files.readAllBytes(file));
        } catch (AccessDeniedException e) {
            return ReadResult.failed(Issue.error(source, "source", "permission denied"));
        } catch (IOException e) {
            return ReadResult.failed(Issue.error(source, "source", "cannot read: " + describe(e)));
        }
    }

    /**
     * Reads one article from a stream (standard input), under the same size limit as a file:
     * at most one byte past the limit is read, so an endless pipe is refused fast. The stream is not closed.
     */
    public ReadResult read(InputStream in, String source) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                return ReadResult.failed(Issue.error(source, "source",
                        "input too large: more than " + maxBytes + " bytes (see --max-size)"));
            }
            return decode(source, bytes);
        } catch (IOException e) {
            return ReadResult.failed(Issue.error(source, "source", "cannot read: " + describe(e)));
        }
    }

    private static ReadResult decode(String source, byte[] bytes) {
        Optional<TextDecoder.Decoded> decoded = TextDecoder.decode(bytes);
        if (decoded.isEmpty()) {
            return ReadResult.failed(Issue.error(source, "source", "binary file, not text"));
        }
        String text = decoded.get().text();
        if (text.isBlank()) {
            return ReadResult.failed(Issue.error(source, "source", "empty file"));
        }
        List<Issue> warnings = decoded.get().guessed()
                ? List.of(Issue.warning(source, "source", decoded.get().warning()))
                : List.of();
        return ReadResult.of(new RawArticle(source, text), warnings);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
