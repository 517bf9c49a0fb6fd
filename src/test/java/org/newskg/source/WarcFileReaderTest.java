package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newskg.core.Issue;

class WarcFileReaderTest {
    @TempDir
    Path dir;

    private final WarcFileReader reader = new WarcFileReader(100_000);

    private static final String STORY = "<html><head><title>Harbour deal signed</title>"
            + "<meta property=\"article:published_time\" content=\"2024-05-06T09:30:00Z\"></head><body>"
            + "<nav><a>Home</a></nav><article><h1>Harbour deal signed</h1>"
            + "<p>The council of Veldhaven signed a forty-year lease for the northern harbour.</p></article></body></html>";
    private static final String SECOND = "<html><body><article><h1>Ferry fares rise</h1>"
            + "<p>Fares on the island routes will rise by eight percent.</p></article></body></html>";

    @Test
    void htmlResponsesBecomeArticlesWithTheTargetUriAsUrl() throws Exception {
        for (WarcCompression compression : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            Path f = dir.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
            long[] starts = writeArchive(f, compression);
            ArticleSink.Collecting sink = ArticleSink.collecting();
            reader.read(f, sink);
            ReadResult r = sink.result();

            assertEquals(2, r.articles().size(), r.toString());
            RawArticle a = r.articles().get(0);
            assertEquals("https://post.example/harbour", a.source());
            assertEquals("Harbour deal signed\nThe council of Veldhaven signed a forty-year lease for the northern harbour.", a.text());
            assertEquals(Optional.of("https://post.example/harbour"), a.hints().url());
            assertEquals(Optional.of("Harbour deal signed"), a.hints().title());
            assertEquals("2024-05-06", a.hints().published().get().date().toString());
            assertEquals("Ferry fares rise\nFares on the island routes will rise by eight percent.", r.articles().get(1).text());
            // The image and the redirect are skipped silently; the empty page is a warning with its record.
            assertEquals(1, r.issues().size(), r.issues().toString());
            Issue empty = r.issues().get(0);
            assertEquals(Issue.Severity.WARNING, empty.severity());
            assertEquals(f.toString(), empty.source());
            assertEquals("record 4, offset " + starts[3], empty.locator());
            assertEquals("no article text in HTML: https://post.example/empty", empty.reason());
        }
    }

    @Test
    void aTruncatedRecordIsAnIssueAtItsOwnOffsetAndTheArticlesBeforeItAreKept() throws Exception {
        for (WarcCompression compression : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            Path whole = dir.resolve(compression == WarcCompression.GZIP ? "whole.warc.gz" : "whole.warc");
            long[] starts = writeArchive(whole, compression);
            byte[] bytes = Files.readAllBytes(whole);
            long last = starts[starts.length - 1];
            // Cut the archive in the last record's body, as an interrupted crawl leaves it, and in its header.
            for (long cutAt : new long[] {bytes.length - 60, last + 20}) {
                Path cut = Files.write(dir.resolve("cut-" + whole.getFileName()), Arrays.copyOf(bytes, (int) cutAt));
                ArticleSink.Collecting sink = ArticleSink.collecting();
                reader.read(cut, sink);
                ReadResult r = sink.result();

                assertEquals(1, r.articles().size(), r.toString());
                assertEquals("https://post.example/harbour", r.articles().get(0).source());
                Issue broken = r.issues().get(r.issues().size() - 1);
                assertEquals(Issue.Severity.ERROR, broken.severity());
                assertEquals(cut.toString(), broken.source());
                // A .warc.gz reports the compressed offset of the record's gzip member, where a reader can seek to.
                assertEquals("record 5, offset " + last, broken.locator(), compression + " cut at " + cutAt + ": " + broken);
                assertTrue(broken.reason().startsWith("broken WARC record"), broken.reason());
            }
        }
    }

    @Test
    void anArchiveCutInsideANonHtmlRecordIsAnIssueToo() throws Exception {
        Path whole = dir.resolve("image-last.warc");
        byte[] image = new byte[400];
        Arrays.fill(image, (byte) 7);
        long imageStart;
        try (FileChannel ch = FileChannel.open(whole, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                WarcWriter w = new WarcWriter(ch, WarcCompression.NONE)) {
            w.write(response("https://post.example/harbour", 200, MediaType.HTML_UTF8, STORY.getBytes(StandardCharsets.UTF_8)));
            imageStart = w.position();
            w.write(response("https://post.example/photo.jpg", 200, MediaType.parse("image/jpeg"), image));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut-image-last.warc"), Arrays.copyOf(bytes, bytes.length - 100));
        ArticleSink.Collecting sink = ArticleSink.collecting();
        reader.read(cut, sink);
        ReadResult r = sink.result();
        assertEquals(1, r.articles().size(), r.toString());
        assertEquals(1, r.issues().size(), r.toString());
        Issue broken = r.issues().get(0);
        assertEquals(Issue.Severity.ERROR, broken.severity());
        assertEquals("record 2, offset " + imageStart, broken.locator());
        assertEquals("broken WARC record: the file ends 100 bytes before the record does", broken.reason());

        ArticleSink.Collecting intact = ArticleSink.collecting();
        reader.read(whole, intact);
        assertEquals(List.of(), intact.result().issues(), "the whole archive reads without an issue");
    }

    @Test
    void notAWarcIsAnIssue() throws Exception {
        Path f = Files.writeString(dir.resolve("fake.warc"), "this is not a web archive\n");
        ArticleSink.Collecting sink = ArticleSink.collecting();
        reader.read(f, sink);
        assertTrue(sink.result().articles().isEmpty());
        assertEquals(Issue.Severity.ERROR, sink.result().issues().get(0).severity());
        assertEquals("record 1, offset 0", sink.result().issues().get(0).locator());
    }

    /**
     * Records: story, image, redirect, empty page, second story (last, so a cut lands in it).
     * Returns the byte offset where each record starts, as the writer put it.
     */
    static long[] writeArchive(Path f, WarcCompression compression) throws IOException {
        List<WarcResponse> records = List.of(
                response("https://post.example/harbour", 200, MediaType.HTML_UTF8, STORY.getBytes(StandardCharsets.UTF_8)),
                response("https://post.example/logo.png", 200, MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                response("https://post.example/old", 301, MediaType.HTML_UTF8, "<html><body><p>Moved</p></body></html>".getBytes(StandardCharsets.UTF_8)),
                response("https://post.example/empty", 200, MediaType.HTML_UTF8, "<html><body><nav>Home</nav></body></html>".getBytes(StandardCharsets.UTF_8)),
                response("https://post.example/ferry", 200, MediaType.HTML_UTF8, SECOND.getBytes(StandardCharsets.UTF_8)));
        long[] starts = new long[records.size()];
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                WarcWriter w = new WarcWriter(ch, compression)) {
            for (int i = 0; i < records.size(); i++) {
                starts[i] = w.position();
                w.write(records.get(i));
            }
        }
        return starts;
    }

    private static WarcResponse response(String uri, int status, MediaType type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved Permanently").body(type, body).build();
        return new WarcResponse.Builder(uri).date(Instant.parse("2024-05-06T10:00:00Z")).body(http).build();
    }
}
