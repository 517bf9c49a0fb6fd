package org.newskg.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class QueryLibraryTest {
    @Test
    void everyLibraryQueryIsAnExampleThatParsesWithItsHeaderOnTop() throws IOException {
        List<QueryLibrary.Example> library = QueryLibrary.load();
        long files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).count();
        }
        assertEquals(files, library.size());
        for (QueryLibrary.Example ex : library) {
            assertTrue(ex.ready().startsWith("# "), ex.name() + " opens with its comment header");
            QueryFactory.create(ex.ready());
        }
    }

    @Test
    void theTitleIsTheHeadersFirstSentence() {
        QueryLibrary.Example ex = QueryLibrary.example("x", "# Pairs of people named in\n# the same articles. Slow.\n#\n"
                + "# Columns: a, b\nSELECT ?a ?b WHERE { ?a schema:knows ?b }\n");
        assertEquals("Pairs of people named in the same articles.", ex.title());
        assertEquals("Pairs of people named in\nthe same articles. Slow.\n\nColumns: a, b", ex.header());
        assertTrue(ex.ready().startsWith("# Pairs of people named in\n# the same articles. Slow.\n#\n# Columns: a, b\nPREFIX "),
                ex.ready());
    }
}
