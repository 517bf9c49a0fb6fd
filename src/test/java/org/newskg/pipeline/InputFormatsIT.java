package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
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

/**
 * The real command line on a folder holding one input of each format (an HTML page, a CSV export,
 * a JSON Lines export, a gzipped web archive), each with a bad part: every good article is stored
 * with the title, URL and date its input gave, and every bad part is reported where it is.
 */
class InputFormatsIT {
    @TempDir
    static Path tmp;

    private static Path input;
    private static Path store;
    private static CliRun run;

    @BeforeAll
    static void ingestOneFileOfEachFormat() throws Exception {
        input = tmp.resolve("in");
        Files.createDirectories(input);
        Files.writeString(input.resolve("harbour.html"), """
                <!DOCTYPE html><html><head><title>Harbour lease signed | Veldhaven Courier</title>
                <link rel="canonical" href="https://courier.example/harbour-lease">
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Veldhaven signs harbour lease",
                 "datePublished": "2024-05-06T09:30:00+02:00", "publisher": {"name": "Veldhaven Courier"}}</script>
                </head><body><nav><a>World</a> <a>Sport</a></nav>
                <article><h1>Veldhaven signs harbour lease</h1>
                <p>The city council of Veldhaven signed a forty-year lease for the northern harbour on Monday.</p>
                <div class="related-links"><p>Read more: ferry timetable changes announced for the summer season.</p></div>
                <p>Mayor Katrin Oster said the agreement with the shipping firm Nordhaven Lines would bring hundreds of jobs.</p>
                </article><footer><p>Copyright Veldhaven Courier. All rights reserved.</p></footer></body></html>
                """);
        Files.writeString(input.resolve("export.csv"), """
                published_date_gmt,title,url,raw_text
                2024-02-01 08:15:00,Ferry fares rise on island routes,https://post.example/ferry-fares,"Ferry fares rise on island routes
                Fares on the island routes will rise by eight percent from March, the operator Baltic Ferries said on Thursday."
                2024-02-01,Broken row,https://post.example/broken
                """);
        Files.writeString(input.resolve("export.jsonl"), """
                {"headline": "Council approves new library", "body": "The council of Ostbury approved a new public library on Wednesday. Councillor Pavel Lindqvist said building would start in the autumn.", "link": "https://wire.example/library", "date": "2024-03-10"}
                {"headline": "Truncated line", "body": "this line never ends
                """);
        writeWarc(input.resolve("crawl.warc.gz"));
        store = tmp.resolve("store");
        run = CliRun.of("ingest", "--store", store.toString(), "--workers", "2", input.toString());
    }

    @Test
    void eachFormatGaveItsArticle() {
        assertEquals(ExitCodes.PARTIAL, run.exitCode(), run.err());
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "csv", "-e",
                "SELECT ?h ?u (STR(?d) AS ?date) WHERE { ?a a nif:Context ; schema:headline ?h ."
                        + " OPTIONAL { ?a schema:url ?u } OPTIONAL { ?a schema:datePublished ?d } } ORDER BY ?h");
        assertEquals(0, q.exitCode(), q.err());
        assertEquals(String.join("\r\n", List.of(
                "h,u,date",
                "Council approves new library,https://wire.example/library,2024-03-10",
                "Ferry fares rise on island routes,https://post.example/ferry-fares,2024-02-01T08:15:00Z",
                "Tram line reopens after repairs,https://tram.example/reopens,2024-04-02",
                "Veldhaven signs harbour lease,https://courier.example/harbour-lease,2024-05-06T09:30:00+02:00",
                "")), q.out());
    }

    @Test
    void badPartsAreReportedWhereTheyAre() {
        assertTrue(run.err().contains(input.resolve("export.csv") + "  line 4, row 2  source  row has 3 fields, the header has 4"), run.err());
        assertTrue(run.err().contains(input.resolve("export.jsonl") + "  line 2  source  not JSON"), run.err());
        assertTrue(run.err().contains(input.resolve("crawl.warc.gz") + "  record 2, offset "), run.err());
    }

    @Test
    void pageChromeDoesNotReachTheGraph() {
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "csv", "-e",
                "SELECT ?t WHERE { ?a nif:isString ?t FILTER(CONTAINS(?t, 'Read more') || CONTAINS(?t, 'Copyright') || CONTAINS(?t, 'Sport')) }");
        assertEquals("t\r\n", q.out());
    }

    /** The first 20 rows of a real CSV export ingest with the default column names, when the corpus is here. */
    @Test
    void aRealCsvExportIngestsWithTheDefaults() throws IOException {
        Path corpus = Path.of(System.getProperty("newskg.shared", "../shared"), "corpus/us-news-2023-03/cleaned.csv");
        assumeTrue(Files.isRegularFile(corpus), "no corpus at " + corpus);
        Path subset = tmp.resolve("real/first-20.csv");
        Files.createDirectories(subset.getParent());
        try (var parser = org.apache.commons.csv.CSVParser.parse(corpus, StandardCharsets.UTF_8,
                        org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
                var printer = new org.apache.commons.csv.CSVPrinter(Files.newBufferedWriter(subset),
                        org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader(parser.getHeaderNames().toArray(String[]::new)).get())) {
            parser.stream().limit(20).forEach(r -> {
                try {
                    printer.printRecord(r.values());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        Path realStore = tmp.resolve("real-store");
        CliRun real = CliRun.of("ingest", "--store", realStore.toString(), "--workers", "2", subset.toString());
        assertTrue(real.exitCode() == ExitCodes.OK || real.exitCode() == ExitCodes.PARTIAL, real.err());
        CliRun q = CliRun.of("query", "--store", realStore.toString(), "--format", "csv", "-e",
                "SELECT (COUNT(DISTINCT ?a) AS ?n) (COUNT(DISTINCT ?u) AS ?urls) (COUNT(DISTINCT ?d) AS ?dates) WHERE {"
                        + " ?a a nif:Context ; schema:headline ?h ; schema:url ?u ; schema:datePublished ?d }");
        String[] counts = q.out().split("\r\n")[1].split(",");
        int stored = Integer.parseInt(counts[0]);
        // Rows may repeat a story (duplicates are reported), but most are stored, each with its title, URL and date.
        assertTrue(stored >= 15, q.out() + real.err());
        assertEquals(stored, Integer.parseInt(counts[1]), q.out());
    }

    private static void writeWarc(Path f) throws IOException {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            String page = "<html><head><title>Tram line reopens after repairs</title>"
                    + "<meta property=\"article:published_time\" content=\"2024-04-02\"></head><body>"
                    + "<header><a>Home</a></header><main><h1>Tram line reopens after repairs</h1>"
                    + "<p>The number four tram line in Ostbury reopened on Tuesday after three weeks of track repairs.</p>"
                    + "<p>The transport authority said services would run every ten minutes again from next week.</p>"
                    + "</main></body></html>";
            w.write(response("https://tram.example/reopens", page));
            w.write(response("https://tram.example/empty", "<html><body><nav>Home</nav></body></html>"));
        }
    }

    private static WarcResponse response(String uri, String html) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(uri).date(Instant.parse("2024-04-02T12:00:00Z")).body(http).build();
    }
}
