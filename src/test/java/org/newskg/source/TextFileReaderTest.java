package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.core.Issue;

class TextFileReaderTest {
    @TempDir
    Path dir;

    private final TextFileReader reader = new TextFileReader(1000);

    @Test
    void standardInputIsReadUnderTheSizeLimit() {
        TextFileReader small = new TextFileReader(20);
        ReadResult ok = small.read(new ByteArrayInputStream("Short article.".getBytes(StandardCharsets.UTF_8)), "stdin");
        assertEquals(List.of(new RawArticle("stdin", "Short article.")), ok.articles());
        ReadResult big = small.read(new ByteArrayInputStream("An article longer than twenty bytes.".getBytes(StandardCharsets.UTF_8)), "stdin");
        assertEquals(List.of(), big.articles());
        assertEquals("input too large: more than 20 bytes (see --max-size)", big.issues().get(0).reason());
        assertEquals("empty file", small.read(new ByteArrayInputStream(new byte[0]), "stdin").issues().get(0).reason());
    }

    @Test
    void readsUtf8WithBom() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.write(f, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Café opens".getBytes(StandardCharsets.UTF_8)));
        ReadResult r = reader.read(f);
        assertEquals("Café opens", r.articles().get(0).text());
        assertTrue(r.issues().isEmpty());
    }

    @Test
    void latin1IsDecodedWithAWarning() throws Exception {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, "Caf\u00e9 \u00e0 Montr\u00e9al".getBytes(StandardCharsets.ISO_8859_1));
        ReadResult r = reader.read(f);
        assertEquals("Caf\u00e9 \u00e0 Montr\u00e9al", r.articles().get(0).text());
        assertEquals(Issue.Severity.WARNING, r.issues().get(0).severity());
        assertTrue(r.issues().get(0).reason().contains("not valid UTF-8"));
    }

    @Test
    void emptyBinaryAndHugeFilesAreErrorsWithTheirPath() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n ");
        Path binary = Files.write(dir.resolve("img.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path huge = Files.writeString(dir.resolve("huge.txt"), "x".repeat(2000));
        assertError(reader.read(empty), empty, "empty");
        assertError(reader.read(binary), binary, "binary");
        assertError(reader.read(huge), huge, "too large");
    }

    @Test
    void missingFileIsAnError() {
        Path missing = dir.resolve("nope.txt");
        assertError(reader.read(missing), missing, "cannot read");
    }

    @Test
    void foldersExpandRecursivelyInOrderSkippingHiddenFiles() throws Exception {
        Files.createDirectories(dir.resolve("b/.git"));
        Files.writeString(dir.resolve("b/2.txt"), "two");
        Files.writeString(dir.resolve("b/.git/config"), "x");
        Files.writeString(dir.resolve("1.txt"), "one");
        Files.writeString(dir.resolve(".DS_Store"), "x");
        List<Issue> issues = new ArrayList<>();
        List<Path> files = InputFiles.expand(List.of(dir, dir.resolve("missing")), issues::add);
        assertEquals(List.of(dir.resolve("1.txt"), dir.resolve("b/2.txt")), files);
        assertEquals(1, issues.size());
        assertTrue(issues.get(0).source().endsWith("missing"));
    }

    private static void assertError(ReadResult r, Path file, String reasonPart) {
        assertTrue(r.articles().isEmpty());
        Issue issue = r.issues().get(0);
        assertEquals(Issue.Severity.ERROR, issue.severity());
        assertEquals(file.toString(), issue.source());
        assertTrue(issue.reason().contains(reasonPart), issue.reason());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
