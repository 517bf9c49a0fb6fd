package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.core.Issue;

/** CSV and JSON Lines exports: one article per row, columns found by name, bad rows reported and skipped. */
class ExportReadersTest {
    @TempDir
    Path dir;

    @Test
    void csvWithDefaultColumnNamesAQuotedMultiLineFieldAndABrokenRow() throws Exception {
        Path f = Files.writeString(dir.resolve("export.csv"), """
                download_date,published_date_gmt,title,url,category,raw_text
                2024-01-03,2024-01-02 22:31:00,Harbour deal signed,https://post.example/a,Business,"Harbour deal signed
                The council signed the lease, ""a good day"", the mayor said."
                2024-01-03,2024-01-02 10:00:00,Only four fields,https://post.example/b
                2024-01-03,2024-01-01,Ferry fares rise,not a url,Travel,Ferry fares will rise in January.
                2024-01-03,,No text here,https://post.example/c,Travel,
                """);
        ReadResult r = read(new CsvReader(FieldMapping.DEFAULT), f);

        assertEquals(2, r.articles().size());
        RawArticle first = r.articles().get(0);
        assertEquals("Harbour deal signed\nThe council signed the lease, \"a good day\", the mayor said.", first.text());
        assertEquals(f + "#row=1", first.source());
        assertEquals(Optional.of("Harbour deal signed"), first.hints().title());
        assertEquals(Optional.of("https://post.example/a"), first.hints().url());
        // The column says GMT, so the time is read in UTC.
        assertEquals(Optional.of(OffsetDateTime.parse("2024-01-02T22:31:00Z")), first.hints().published().get().instant());

        RawArticle third = r.articles().get(1);
        assertEquals(Optional.empty(), third.hints().url(), "free text is no URL");
        assertEquals(LocalDate.of(2024, 1, 1), third.hints().published().get().date());

        assertEquals(2, r.issues().size(), r.issues().toString());
        assertIssue(r.issues().get(0), f, "line 4, row 2", "row has 4 fields, the header has 6");
        assertIssue(r.issues().get(1), f, "line 6, row 4", "no text in column raw_text");
    }

    @Test
    void csvColumnsNamedByMapping() throws Exception {
        Path f = Files.writeString(dir.resolve("custom.csv"), "story,head,when\n\"Body text.\",Head line,2023-05-01\n");
        ReadResult defaults = read(new CsvReader(FieldMapping.DEFAULT), f);
        assertTrue(defaults.articles().isEmpty());
        assertIssue(defaults.issues().get(0), f, "line 1", "no text column (looked for text, body");

        ReadResult mapped = read(new CsvReader(FieldMapping.parse("text=story, title=head,published=WHEN")), f);
        assertEquals(List.of(), mapped.issues());
        assertEquals("Body text.", mapped.articles().get(0).text());
        assertEquals(Optional.of("Head line"), mapped.articles().get(0).hints().title());
        assertEquals(LocalDate.of(2023, 5, 1), mapped.articles().get(0).hints().published().get().date());
    }

    @Test
    void csvWithAQuoteLeftOpenKeepsTheRowsBeforeIt() throws Exception {
        Path f = Files.writeString(dir.resolve("open.csv"), "title,text\nOne,First story.\nTwo,\"Second story\" oops\nThree,Third.\n");
        ReadResult r = read(new CsvReader(FieldMapping.DEFAULT), f);
        assertEquals(1, r.articles().size());
        assertEquals("First story.", r.articles().get(0).text());
        assertIssue(r.issues().get(0), f, "line 3", "broken CSV");
    }

    @Test
    void aMisEncodedRowIsAWarningAndTheOthersAreIntact() throws Exception {
        byte[] utf8 = "title,text\nOne,Caf\u00e9 opens.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] latin1 = "Two,Caf\u00e9 closes.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] both = java.util.Arrays.copyOf(utf8, utf8.length + latin1.length);
        System.arraycopy(latin1, 0, both, utf8.length, latin1.length);
        Path f = Files.write(dir.resolve("mixed.csv"), both);
        ReadResult r = read(new CsvReader(FieldMapping.DEFAULT), f);
        assertEquals(List.of("Caf\u00e9 opens.", "Caf\uFFFD closes."), r.articles().stream().map(RawArticle::text).toList());
        assertEquals(1, r.issues().size());
        assertEquals(Issue.Severity.WARNING, r.issues().get(0).severity());
        assertEquals("line 3, row 2", r.issues().get(0).locator());
    }

    @Test
    void jsonLinesWithABadLine() throws Exception {
        Path f = Files.writeString(dir.resolve("export.jsonl"), """
                {"headline": "Harbour deal signed", "body": "The council signed the lease.", "link": "https://post.example/a", "date": "2024-01-02T09:00:00+01:00", "site": "Harbour Post", "authors": ["Mara Quell", "Ivo Brandt"]}
                {"headline": "Broken", "body": "no closing brace"

                [1, 2, 3]
                {"title": "No text"}
                {"text": "Ferry fares will rise.", "published": "2024-01-05"}
                """);
        ReadResult r = read(new JsonLinesReader(FieldMapping.DEFAULT), f);
        assertEquals(2, r.articles().size());
        RawArticle a = r.articles().get(0);
        assertEquals("The council signed the lease.", a.text());
        assertEquals(f + "#line=1", a.source());
        assertEquals(Optional.of("Harbour deal signed"), a.hints().title());
        assertEquals(Optional.of("Harbour Post"), a.hints().publisher());
        assertEquals(Optional.of("Mara Quell, Ivo Brandt"), a.hints().byline());
        assertEquals(Optional.of("https://post.example/a"), a.hints().url());
        assertEquals(Optional.of(OffsetDateTime.parse("2024-01-02T09:00:00+01:00")), a.hints().published().get().instant());
        assertEquals(LocalDate.of(2024, 1, 5), r.articles().get(1).hints().published().get().date());

        assertEquals(3, r.issues().size(), r.issues().toString());
        assertIssue(r.issues().get(0), f, "line 2", "not JSON");
        assertIssue(r.issues().get(1), f, "line 4", "not a JSON object");
        assertIssue(r.issues().get(2), f, "line 5", "no text field");
    }

    @Test
    void badMappingsAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse("body=text"))
                .getMessage().contains("unknown field 'body'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse("text"))
                .getMessage().contains("FIELD=COLUMN"));
    }

    @Test
    void aBadMapOptionIsAUsageError(@TempDir Path store) {
        org.newskg.cli.CliRun run = org.newskg.cli.CliRun.of("ingest", "--store", store.resolve("kg").toString(),
                "--map", "text=story,body=x", dir.toString());
        assertEquals(org.newskg.cli.ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--map: unknown field 'body'; fields are text, title, url, published, publisher, author"), run.err());
    }

    @Test
    void readersArePickedByFileName() {
        Readers readers = Readers.standard(1000);
        assertEquals("csv", readers.readerFor(Path.of("a.CSV")).name());
        assertEquals("jsonl", readers.readerFor(Path.of("a.jsonl")).name());
        assertEquals("jsonl", readers.readerFor(Path.of("a.ndjson")).name());
        assertEquals("warc", readers.readerFor(Path.of("crawl.warc.gz")).name());
        assertEquals("html", readers.readerFor(Path.of("page.htm")).name());
    }

    static void assertIssue(Issue issue, Path file, String locator, String reasonPart) {
        assertEquals(Issue.Severity.ERROR, issue.severity(), issue.toString());
        assertEquals(file.toString(), issue.source());
        assertEquals(locator, issue.locator(), issue.toString());
        assertTrue(issue.reason().contains(reasonPart), issue.reason());
    }

    private static ReadResult read(ArticleReader reader, Path f) {
        ArticleSink.Collecting sink = ArticleSink.collecting();
        reader.read(f, sink);
        return sink.result();
    }
}
