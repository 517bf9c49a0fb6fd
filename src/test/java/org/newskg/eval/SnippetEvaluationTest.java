package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetEvaluationTest {
    @TempDir
    Path dir;

    @Test
    void snippetsAreSubstringsOfTheTextWithSpacesNormalisedAndAnEmptyPageMissesAll() throws Exception {
        Files.createDirectories(dir.resolve("eval"));
        Files.createDirectories(dir.resolve("cache"));
        Files.writeString(dir.resolve("eval/a.html"), "a");
        Files.writeString(dir.resolve("cache/b.html"), "b");
        Files.writeString(dir.resolve("evaldata.json"), """
                {"https://a.example/": {"file": "a.html", "with": ["quay  reopened", "ferry"], "without": ["Cookies", "Home"]},
                 "https://b.example/": {"file": "b.html", "with": ["storm"], "without": ["Menu"]}}
                """);
        List<SnippetEvaluation.Page> pages = SnippetEvaluation.read(dir);
        Map<String, String> texts = Map.of("a.html", "The quay\nreopened. Home");
        List<SnippetEvaluation.Scored> scored = SnippetEvaluation.run(pages,
                f -> Optional.ofNullable(texts.get(f.getFileName().toString())));
        SnippetEvaluation.Counts c = SnippetEvaluation.total(scored);
        assertEquals(new SnippetEvaluation.Counts(2, 1, 1, 1, 2, 2), c);
        assertEquals(1.0 / 2, c.precision());
        assertEquals(1.0 / 3, c.recall());
        assertEquals(3.0 / 6, c.accuracy());
        assertEquals(List.of("missed\tferry", "kept-boilerplate\tHome"), scored.get(0).misses());
        assertEquals(List.of("missed\tstorm"), scored.get(1).misses());
    }

    @Test
    void aPageFileThatIsMissingIsAnErrorNamingIt() throws Exception {
        Files.writeString(dir.resolve("evaldata.json"), "{\"u\": {\"file\": \"gone.html\", \"with\": [\"x\"], \"without\": [\"y\"]}}");
        IOException e = assertThrows(IOException.class, () -> SnippetEvaluation.read(dir.resolve("evaldata.json")));
        assertEquals(dir.resolve("evaldata.json") + ": page of u not found: gone.html", e.getMessage());
    }
}
