package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadCommandTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            <html lang="en"><head><title>Quay reopens | Ostbury Courier</title>
            <meta property="og:site_name" content="Ostbury Courier">
            <link rel="canonical" href="https://courier.example/quay">
            <meta property="article:published_time" content="2024-04-02T08:15:00+01:00">
            </head><body><nav><a href="/">Home</a></nav>
            <article><h1>Ostbury quay reopens after storm repairs</h1>
            <p>The east quay in Ostbury reopened to shipping on Monday after six weeks of repairs to its storm-damaged wall.</p>
            <p>Harbour master Lorna Vesk said the first ferry had docked at dawn and that freight would follow on Tuesday.</p>
            </article><footer><p>Copyright Ostbury Courier</p></footer></body></html>
            """;

    private static final String GERMAN = """
            Hafen von Ostbury nach Sturmschäden wieder geöffnet
            Der Ostkai in Ostbury ist am Montag nach sechs Wochen Reparaturarbeiten an der beschädigten Mauer wieder für die Schifffahrt geöffnet worden.
            Die Hafenmeisterin sagte, die erste Fähre habe bei Tagesanbruch angelegt und der Güterverkehr werde am Dienstag folgen.
            """;

    @Test
    void printsWhatIngestWouldAnnotateForEachArticleWithoutAStore() throws Exception {
        Files.writeString(dir.resolve("quay.html"), PAGE);
        Files.writeString(dir.resolve("hafen.txt"), GERMAN);
        CliRun r = CliRun.of("read", "--format", "jsonl", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r.out());
        ObjectMapper json = new ObjectMapper();
        JsonNode german = json.readTree(lines[0]);
        assertEquals("de", german.get("language").asText());
        assertTrue(german.get("text").asText().startsWith("Hafen von Ostbury"));
        JsonNode page = json.readTree(lines[1]);
        assertTrue(page.get("source").asText().endsWith("quay.html"));
        assertEquals("https://courier.example/quay", page.get("url").asText());
        assertEquals("Quay reopens | Ostbury Courier", page.get("title").asText());
        assertEquals("Ostbury Courier", page.get("publisher").asText());
        assertEquals("2024-04-02T08:15+01:00", page.get("published").asText());
        assertEquals("en", page.get("language").asText());
        assertTrue(page.get("byline").isNull());
        assertEquals("""
                Ostbury quay reopens after storm repairs
                The east quay in Ostbury reopened to shipping on Monday after six weeks of repairs to its storm-damaged wall.
                Harbour master Lorna Vesk said the first ferry had docked at dawn and that freight would follow on Tuesday.""",
                page.get("text").asText());
        assertFalse(Files.exists(dir.resolve("data")));
    }

    @Test
    void textFormatHasAHeaderOfFieldsThenTheText() throws Exception {
        Path page = Files.writeString(dir.resolve("quay.html"), PAGE);
        CliRun r = CliRun.of("read", page.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("==> " + page + "\nurl: https://courier.example/quay\ntitle: Quay reopens | Ostbury Courier\n"
                + "byline: -\npublished: 2024-04-02T08:15+01:00\npublisher: Ostbury Courier\nagency: -\nlanguage: en\n\n"
                + "Ostbury quay reopens after storm repairs\n"), r.out());
    }

    @Test
    void aManifestGivesPlainTextFilesTheirMetadataAsForIngest() throws Exception {
        Files.writeString(dir.resolve("quay.txt"), "Ostbury quay reopens\nThe east quay in Ostbury reopened to shipping on Monday after six weeks of repairs.\n");
        Path m = Files.writeString(dir.resolve("manifest.csv"), "path,url,publisher\nquay.txt,https://wire.example/quay,Ostbury Wire\n");
        CliRun r = CliRun.of("read", "--format", "jsonl", "--manifest", m.toString(), dir.resolve("quay.txt").toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode a = new ObjectMapper().readTree(r.out());
        assertEquals("https://wire.example/quay", a.get("url").asText());
        assertEquals("Ostbury Wire", a.get("publisher").asText());
    }

    @Test
    void badInputsAreReportedAndTheRestIsRead() throws Exception {
        Files.writeString(dir.resolve("quay.html"), PAGE);
        Files.writeString(dir.resolve("empty.html"), "<html><body><nav>Home</nav></body></html>");
        CliRun r = CliRun.of("read", dir.toString(), dir.resolve("missing.txt").toString());
        assertEquals(ExitCodes.PARTIAL, r.exitCode());
        assertTrue(r.err().contains("empty.html") && r.err().contains("no article text in HTML"), r.err());
        assertTrue(r.err().contains("missing.txt") && r.err().contains("no such file or folder"), r.err());
        assertTrue(r.out().contains("Ostbury quay reopens"));
        assertEquals(ExitCodes.FAILED, CliRun.of("read", dir.resolve("empty.html").toString()).exitCode());
    }
}
