package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newskg.cli.CliRun;
import org.newskg.cli.ExitCodes;
import org.newskg.store.KnowledgeStore;

/**
 * One folder with every kind of bad input next to good articles, through the real command line
 * (real CoreNLP, real TDB2): every good article is stored once, every bad input is reported with
 * its path (and place inside it) and reason, the summary counts them, and the exit status is 3.
 */
class BadInputIT {
    @TempDir
    static Path tmp;

    private static Path in;
    private static Path store;
    private static CliRun run;
    /** Root reads a file whatever its mode; the unreadable case is then an ordinary good file. */
    private static boolean lockedIsReadable;

    @BeforeAll
    static void ingestAFolderOfEveryBadKind() throws Exception {
        in = tmp.resolve("in");
        Files.createDirectories(in.resolve("nested"));
        for (String name : List.of("harbour-herald.txt", "coastal-times.txt")) {
            Files.copy(Path.of("src/test/resources/articles", name), in.resolve(name));
        }
        // The same text twice.
        Files.copy(in.resolve("harbour-herald.txt"), in.resolve("nested/copy-of-herald.txt"));
        // The same text again, as a JSON Lines row that adds a URL (so another article IRI).
        String coastal = Files.readString(in.resolve("coastal-times.txt"));
        Files.writeString(in.resolve("feed.jsonl"), "{\"url\": \"https://coast.example/terminal\", \"text\": "
                + jsonString(coastal) + "}\n");
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("nested/photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        Files.write(in.resolve("nested/latin1.txt"),
                "Caf\u00e9 owners in Ostbury welcome new market\nThe caf\u00e9 owners of Ostbury's old town said on Friday that the new covered market would bring more visitors.\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        writeHuge(in.resolve("huge.txt"), 50L * 1024 * 1024);
        Files.writeString(in.resolve("nobody.html"), "<!DOCTYPE html><html><head><title>Quay fire | Ostbury Courier</title></head></html>\n");
        Files.writeString(in.resolve("quay-fire.html"), """
                <html><head><link rel="canonical" href="https://courier.example/quay-fire"></head><body>
                <article><h1>Fire destroys warehouse on Ostbury quay</h1>
                <p>A fire destroyed a timber warehouse on the north quay of Ostbury overnight, the fire service said on Sunday.</p>
                <p>Nobody was hurt. Fire chief Lorna Vesk said the cause was not yet known.</p></article></body></html>
                """);
        // Row 1 has the page's URL (another text: an earlier scrape; files are read in name order, so
        // the row is stored and the page is the duplicate), row 2 is short of fields,
        // row 3 is good, row 4 opens a quote that never closes.
        Files.writeString(in.resolve("export.csv"), """
                url,title,text
                https://courier.example/quay-fire,Quay fire,"Fire at the Ostbury quay warehouse, the fire service said."
                https://post.example/short,Short row
                https://post.example/tram,Tram depot opens,"A new tram depot opened in Ostbury on Monday, the transport authority said. It will house twelve trams."
                https://post.example/open,Open quote,"This text starts a quote that never ends,
                and runs to the end of the file
                """);
        writeTruncatedWarc(in.resolve("crawl.warc.gz"));
        Path locked = in.resolve("nested/locked.txt");
        Files.writeString(locked, "Library opens on Sundays in Ostbury\nThe public library of Ostbury will open on Sundays from May, librarian Tove Arnesen said.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        lockedIsReadable = Files.isReadable(locked);
        // A link that points to itself: unreadable even for root.
        Files.createSymbolicLink(in.resolve("loop.txt"), in.resolve("loop.txt"));

        store = tmp.resolve("store");
        run = CliRun.of("ingest", "--store", store.toString(), "--workers", "2", "--progress-interval", "0", in.toString());
    }

    @Test
    void partialFailureIsTheExitStatus() {
        assertEquals(ExitCodes.PARTIAL, run.exitCode(), run.out() + run.err());
    }

    @Test
    void everyBadInputIsReportedWithPathAndReason() {
        List<String> expected = new ArrayList<>(List.of(
                "ERROR  " + in.resolve("empty.txt") + "  source  empty file",
                "ERROR  " + in.resolve("nested/photo.jpg") + "  source  binary file, not text",
                "ERROR  " + in.resolve("huge.txt") + "  source  file too large: 52428800 bytes, limit 10485760 (see --max-size)",
                "ERROR  " + in.resolve("nobody.html") + "  source  no article text in HTML",
                "ERROR  " + in.resolve("crawl.warc.gz") + "  record 2, offset ",
                "ERROR  " + in.resolve("export.csv") + "  line 3, row 2  source  row has 2 fields, the header has 3",
                "ERROR  " + in.resolve("export.csv") + "  line 5  source  broken CSV, the rest of the file is not read",
                "ERROR  " + in.resolve("loop.txt") + "  source  cannot read: broken symbolic link",
                "WARNING  " + in.resolve("nested/latin1.txt") + "  source  not valid UTF-8; read as windows-1252 (detected)",
                "WARNING  " + in.resolve("nested/copy-of-herald.txt") + "  store  duplicate",
                "WARNING  " + in.resolve("quay-fire.html") + "  store  duplicate: the same article appears earlier in this run",
                "WARNING  " + in.resolve("feed.jsonl") + "#line=1  store  duplicate"));
        if (!lockedIsReadable) {
            expected.add("ERROR  " + in.resolve("nested/locked.txt") + "  source  permission denied");
        }
        for (String line : expected) {
            assertTrue(run.err().contains(line), "missing: " + line + "\n" + run.err());
        }
    }

    @Test
    void theSummaryCountsThem() {
        int errors = lockedIsReadable ? 8 : 9;
        assertTrue(run.out().contains("problems: " + errors + " error(s), 4 warning(s)"), run.out());
        assertTrue(run.out().contains("3 duplicate(s) skipped"), run.out());
        assertTrue(run.out().contains("   1  ERROR source: file too large"), run.out());
        assertTrue(run.out().contains("   3  WARNING store: duplicate"), run.out());
    }

    @Test
    void everyGoodArticleIsStoredOnce() {
        TreeSet<String> expected = new TreeSet<>(List.of(
                in.resolve("coastal-times.txt").toString(),
                in.resolve("harbour-herald.txt").toString(),
                in.resolve("nested/latin1.txt").toString(),
                in.resolve("export.csv") + "#row=1",
                in.resolve("export.csv") + "#row=3",
                "https://tram.example/depot"));
        if (lockedIsReadable) {
            expected.add(in.resolve("nested/locked.txt").toString());
        }
        assertEquals(expected, HostileInputIT.storedSources(store, expected));
        try (KnowledgeStore kg = KnowledgeStore.open(store, Optional.empty())) {
            assertEquals(expected.size(), kg.articleCount());
        }
    }

    /** Without a terminal, progress is plain lines: one per stored article here (--progress-interval 0). */
    @Test
    void progressIsPlainLinesWithoutATerminal() {
        assertTrue(run.err().contains("ingest: 1/13 files, 0 articles, 1 problem(s), "), run.err());
        assertTrue(run.err().matches("(?s).*ingest: 13/13 files, \\d+ articles, 12 problem\\(s\\), [0-9.]+ articles/s\n"
                + "ingest: recomputing the statements across articles \\.\\.\\.\n.*"), run.err());
    }

    private static void writeHuge(Path f, long bytes) throws IOException {
        String paragraph = "The harbour board of Ostbury met again on Tuesday to discuss the budget for dredging the channel.\n";
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (long n = 0; n < bytes; n += paragraph.length()) {
                w.write(paragraph, 0, (int) Math.min(paragraph.length(), bytes - n));
            }
        }
    }

    /** Two gzipped response records, the file cut in the middle of the second. */
    private static void writeTruncatedWarc(Path f) throws IOException {
        long firstEnd;
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            w.write(response("https://tram.example/depot", "<html><body><main><h1>Ostbury tram depot wins design award</h1>"
                    + "<p>The new tram depot in Ostbury won a national design award on Wednesday, its architects said.</p></main></body></html>"));
            firstEnd = w.position();
            StringBuilder long2 = new StringBuilder("<html><body><main><h1>Second story</h1>");
            for (int i = 0; i < 200; i++) {
                long2.append("<p>Paragraph ").append(i).append(" of a long page about the harbour and its many boats and cranes.</p>");
            }
            w.write(response("https://tram.example/second", long2.append("</main></body></html>").toString()));
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.truncate(firstEnd + (ch.size() - firstEnd) / 2);
        }
    }

    private static WarcResponse response(String uri, String html) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(uri).date(Instant.parse("2024-04-02T12:00:00Z")).body(http).build();
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
