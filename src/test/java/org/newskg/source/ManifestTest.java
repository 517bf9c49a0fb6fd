package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.clean.ArticleMetadata;
import org.newskg.core.Issue;

class ManifestTest {
    @TempDir
    Path tmp;

    private Path write(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void csvRowsGiveHintsForFilesRelativeToTheManifest() throws IOException {
        Path a = write("in/a.txt", "Article A.");
        Path b = write("in/sub/b.txt", "Article B.");
        Path m = write("in/manifest.csv", """
                path,url,publisher,published,title
                a.txt,https://news.example/a,Harbour Post,2024-05-06T09:30:00+02:00,Lease signed
                sub/b.txt,,,2024-05-07,
                """);
        Manifest manifest = Manifest.read(m);
        assertEquals(List.of(), manifest.issues());
        List<Issue> report = new ArrayList<>();
        Map<Path, ArticleMetadata> hints = manifest.match(List.of(a, b), report);
        assertEquals(List.of(), report);
        ArticleMetadata ha = hints.get(a);
        assertEquals(Optional.of("https://news.example/a"), ha.url());
        assertEquals(Optional.of("Harbour Post"), ha.publisher());
        assertEquals(Optional.of("Lease signed"), ha.title());
        // The zone the manifest states is kept.
        assertEquals(Optional.of(OffsetDateTime.parse("2024-05-06T09:30:00+02:00")), ha.published().orElseThrow().instant());
        ArticleMetadata hb = hints.get(b);
        // Empty cells are no value.
        assertEquals(ArticleMetadata.EMPTY.withPublished(hb.published().orElseThrow()), hb);
        assertEquals(LocalDate.of(2024, 5, 7), hb.published().orElseThrow().date());
        assertEquals(Optional.empty(), hb.published().orElseThrow().instant());
    }

    @Test
    void jsonLinesWithAbsolutePathsAndFileNames() throws IOException {
        Path a = write("texts/a.txt", "Article A.");
        Path b = write("other/b.txt", "Article B.");
        Path m = write("meta/manifest.jsonl", "{\"file\": \"" + a.toAbsolutePath() + "\", \"headline\": \"A's title\", \"link\": \"https://x.example/a\"}\n"
                + "\n"
                + "{\"filename\": \"b.txt\", \"date\": \"2024-01-02 10:00:00Z\", \"source\": \"Wire\"}\n");
        Manifest manifest = Manifest.read(m);
        assertEquals(List.of(), manifest.issues());
        List<Issue> report = new ArrayList<>();
        Map<Path, ArticleMetadata> hints = manifest.match(List.of(a, b), report);
        assertEquals(List.of(), report);
        assertEquals(Optional.of("A's title"), hints.get(a).title());
        assertEquals(Optional.of("https://x.example/a"), hints.get(a).url());
        // b.txt is not in the manifest's folder, but its name is unique.
        assertEquals(Optional.of("Wire"), hints.get(b).publisher());
        assertEquals(Optional.of(OffsetDateTime.parse("2024-01-02T10:00:00Z")), hints.get(b).published().orElseThrow().instant());
    }

    @Test
    void aRowForAFileNotAmongTheInputsIsAWarningWithItsLine() throws IOException {
        Path a = write("a.txt", "Article A.");
        Path m = write("manifest.csv", "filename,title\na.txt,Title A\nmissing.txt,Nowhere\n");
        List<Issue> report = new ArrayList<>();
        Map<Path, ArticleMetadata> hints = Manifest.read(m).match(List.of(a), report);
        assertEquals(Optional.of("Title A"), hints.get(a).title());
        assertEquals(List.of(new Issue(Issue.Severity.WARNING, m.toString(), "line 3", "source",
                "missing.txt is not among the inputs")), report);
    }

    @Test
    void aNameSharedByTwoInputsIsNotGuessed() throws IOException {
        Path a1 = write("x/a.txt", "One.");
        Path a2 = write("y/a.txt", "Two.");
        Path m = write("m/manifest.csv", "file,title\na.txt,Which one\n");
        List<Issue> report = new ArrayList<>();
        assertEquals(Map.of(), Manifest.read(m).match(List.of(a1, a2), report));
        assertEquals(1, report.size());
        assertTrue(report.get(0).reason().contains("2 inputs have its name"), report.toString());
    }

    @Test
    void brokenRowsAreWarningsAndTheRestIsUsed() throws IOException {
        Path a = write("a.txt", "Article A.");
        Path csv = write("manifest.csv", "path,title,url,published\nb.txt,Too,few\na.txt,Title A,not a url,yesterday\n,No file,,\n");
        Manifest m = Manifest.read(csv);
        assertEquals(List.of(
                new Issue(Issue.Severity.WARNING, csv.toString(), "line 2", "source", "row has 3 fields, the header has 4; row ignored"),
                new Issue(Issue.Severity.WARNING, csv.toString(), "line 3", "source", "url 'not a url' is not an absolute http(s) URL; ignored"),
                new Issue(Issue.Severity.WARNING, csv.toString(), "line 3", "source", "published 'yesterday' is not an ISO date or date-time; ignored"),
                new Issue(Issue.Severity.WARNING, csv.toString(), "line 4", "source", "no file named (column path, file, filename); row ignored")),
                m.issues());
        assertEquals(ArticleMetadata.EMPTY.withTitle("Title A"), m.match(List.of(a), new ArrayList<>()).get(a));

        Path jsonl = write("manifest.jsonl", "{\"path\": \"a.txt\", \"title\": \"T\"}\n{\"path\": \"b.txt\", \n[1]\n");
        Manifest j = Manifest.read(jsonl);
        assertEquals(List.of("line 2", "line 3"), j.issues().stream().map(Issue::locator).toList());
        assertTrue(j.issues().get(0).reason().startsWith("not JSON"), j.issues().toString());
        assertEquals("not a JSON object; line ignored", j.issues().get(1).reason());
        assertEquals(1, j.entries().size());
    }

    @Test
    void aSecondRowForTheSameFileIsAWarning() throws IOException {
        Path a = write("a.txt", "Article A.");
        Path m = write("manifest.csv", "path,title\na.txt,First\n./a.txt,Second\n");
        List<Issue> report = new ArrayList<>();
        assertEquals(Optional.of("First"), Manifest.read(m).match(List.of(a), report).get(a).title());
        assertEquals(List.of(new Issue(Issue.Severity.WARNING, m.toString(), "line 3", "source",
                "./a.txt is already given on line 2; row ignored")), report);
    }

    @Test
    void anUnreadableManifestIsAnException() throws IOException {
        assertThrows(IOException.class, () -> Manifest.read(tmp.resolve("absent.csv")));
        assertThrows(IOException.class, () -> Manifest.read(write("empty.csv", "")));
        IOException noKey = assertThrows(IOException.class, () -> Manifest.read(write("nokey.csv", "title,url\nA,https://a.example/\n")));
        assertEquals("no file column (looked for path, file, filename)", noKey.getMessage());
    }
}
