package org.newskg.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newskg.core.Issue;

/**
 * Reads a web archive ({@code .warc}, {@code .warc.gz}): each HTTP response with an HTML body
 * goes through {@link HtmlReader#extract}, with the record's target URI as the URL when the page
 * names none. Other records (requests, metadata, images, redirects) are skipped. A record that
 * cannot be parsed, typically a truncated last record, is an issue with its record number and
 * byte offset; the articles before it are kept. So is an archive that ends inside its last
 * record's block, an image's as well as a page's.
 */
public final class WarcFileReader implements ArticleReader {
    /** A WARC header ends, and a record's block is followed by, an empty line. */
    private static final String RECORD_SEPARATOR = "\r\n\r\n";
    private static final int MAX_HEADER_BYTES = 1 << 16;
    private final long maxBytes;

    public WarcFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public String name() {
        return "warc";
    }

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    @Override
    public void read(Path file, ArticleSink sink) {
        String source = file.toString();
        long number = 0;
        long offset = 0;
        long lastBlock = 0;
        try (WarcReader warc = new WarcReader(file)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (IOException | RuntimeException broken) {
                    // jwarc has moved its position to the start of the record it failed to parse.
                    sink.issue(new Issue(Issue.Severity.ERROR, source, locator(number + 1, warc.position()), "source",
                            "broken WARC record, the rest of the file is not read: " + CsvReader.reason(broken)));
                    return;
                }
                if (next.isEmpty()) {
                    if (number > 0 && !compressed(file)) {
                        reportCutLastRecord(file, number, offset, lastBlock, sink);
                    }
                    return;
                }
                number++;
                // position() is where the record just read starts (in a .warc.gz, its gzip member's offset).
                offset = warc.position();
                lastBlock = next.get().body().size();
                if (next.get() instanceof WarcResponse response) {
                    try {
                        readResponse(response, source, locator(number, offset), sink);
                    } catch (IOException | RuntimeException broken) {
                        sink.issue(new Issue(Issue.Severity.ERROR, source, locator(number, offset), "source",
                                "broken WARC record, the rest of the file is not read: " + CsvReader.reason(broken)));
                        return;
                    }
                }
            }
        } catch (AccessDeniedException e) {
            sink.issue(Issue.error(source, "source", "permission denied"));
        } catch (IOException | UncheckedIOException e) {
            sink.issue(new Issue(Issue.Severity.ERROR, source, locator(number + 1, offset), "source",
                    "cannot read WARC: " + CsvReader.reason(e)));
        }
    }

    private void readResponse(WarcResponse response, String source, String locator, ArticleSink sink) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            return;
        }
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (http.status() != 200 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
            return;
        }
        String target = response.target();
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            sink.issue(new Issue(Issue.Severity.ERROR, source, locator, "source",
                    "page too large: over " + maxBytes + " bytes (see --max-size): " + target));
            return;
        }
        // The HTTP charset wins; without one the page's own, else UTF-8 or a detected one (with a warning).
        Document doc = HtmlReader.parse(body, type.parameters().get("charset"), target, source, locator, sink);
        Optional<RawArticle> article = HtmlReader.extract(doc, target, Optional.of(target));
        article.ifPresentOrElse(sink::article,
                () -> sink.issue(new Issue(Issue.Severity.WARNING, source, locator, "source", "no article text in HTML: " + target)));
    }

    private static boolean compressed(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /**
     * jwarc ends an uncompressed archive cut inside its last record's block (an interrupted crawl,
     * an image or a page) as if it were complete; a .warc.gz cut anywhere fails in the decompressor.
     * The last record is whole when its header, its block of Content-Length bytes and the closing
     * CRLF CRLF fit in the file.
     */
    private static void reportCutLastRecord(Path file, long number, long start, long block, ArticleSink sink) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            ByteBuffer head = ByteBuffer.allocate((int) Math.max(0, Math.min(MAX_HEADER_BYTES, ch.size() - start)));
            ch.read(head, start);
            // ISO-8859-1 maps each byte to one char, so the index is a byte offset.
            int headerEnd = new String(head.array(), 0, head.position(), StandardCharsets.ISO_8859_1).indexOf(RECORD_SEPARATOR);
            if (headerEnd < 0) {
                return; // jwarc parsed this header, so it is there; nothing to measure against
            }
            long end = start + headerEnd + RECORD_SEPARATOR.length() + block + RECORD_SEPARATOR.length();
            if (end > ch.size()) {
                sink.issue(new Issue(Issue.Severity.ERROR, file.toString(), locator(number, start), "source",
                        "broken WARC record: the file ends " + (end - ch.size()) + " bytes before the record does"));
            }
        }
    }

    private static String locator(long record, long offset) {
        return "record " + record + ", offset " + offset;
    }
}
