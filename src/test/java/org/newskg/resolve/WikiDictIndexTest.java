package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index built from a small dictionary in WikiDict's format, written by the test. */
class WikiDictIndexTest {
    @TempDir
    Path dir;

    private Path dictionary(String... lines) throws IOException {
        Path file = dir.resolve("wikidict.tab");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void looksUpAnchorsAndThePagesOfAName() throws IOException {
        Path file = dictionary(
                "Harbour Town\tHarbour_Town\t0.9",
                "HT\tHarbour_Town\t0.7",
                "Harbour Town, Kent\tHarbour_Town,_Kent\t1.0",
                "the other town\tHarbour_Town,_Kent\t1.0",
                "Harbour Town (band)\tHarbour_Town_(band)\t1.0",
                "bad line without tabs",
                "\"quoted\"\tHarbour_Town_(band)\t1.0",
                "Broken prior\tX\tnot-a-number");
        List<String> log = new ArrayList<>();
        try (WikiDictIndex index = WikiDictIndex.openOrBuild(dir.resolve("cache"), WikiDictIndex.fileSource(file), log::add)) {
            assertEquals(Optional.of(new WikiDictIndex.Anchor("Harbour_Town", 0.7)), index.anchor("HT"));
            assertEquals(Optional.empty(), index.anchor("ht"), "case-sensitive, as WikiDict is");
            assertEquals(Optional.empty(), index.anchor("\"quoted\""), "no name starts with a quote");
            assertEquals(Optional.empty(), index.anchor("Broken prior"));
            assertEquals(List.of(new WikiDictIndex.Page("Harbour_Town", 2), new WikiDictIndex.Page("Harbour_Town,_Kent", 2),
                    new WikiDictIndex.Page("Harbour_Town_(band)", 2)), index.pagesNamed("Harbour Town"));
            assertEquals("5", index.built().getProperty("anchors"), "all but the quoted one and the broken line");
        }
        assertEquals(1, log.size(), "built once");
        try (WikiDictIndex again = WikiDictIndex.openOrBuild(dir.resolve("cache"), WikiDictIndex.fileSource(file), log::add)) {
            assertEquals(1, log.size(), "the second open reuses the index");
            assertTrue(again.anchor("Harbour Town").isPresent());
        }
    }

    @Test
    void aChangedDictionaryIsIndexedAgain() throws IOException {
        Path file = dictionary("Old Name\tOld_Page\t1.0");
        List<String> log = new ArrayList<>();
        WikiDictIndex.openOrBuild(dir.resolve("cache"), WikiDictIndex.fileSource(file), log::add).close();
        Files.write(file, List.of("New Name\tNew_Page\t1.0", "More\tNew_Page\t0.5"), StandardCharsets.UTF_8);
        try (WikiDictIndex index = WikiDictIndex.openOrBuild(dir.resolve("cache"), WikiDictIndex.fileSource(file), log::add)) {
            assertEquals(2, log.size());
            assertTrue(index.anchor("Old Name").isEmpty());
            assertEquals("New_Page", index.anchor("New Name").orElseThrow().title());
        }
    }

    @Test
    void manyKeysAllFoundThroughCollisions() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            lines.add("Name " + i + "\tPage_" + (i / 3) + "\t0.5");
        }
        Files.write(dir.resolve("big.tab"), lines, StandardCharsets.UTF_8);
        try (WikiDictIndex index = WikiDictIndex.openOrBuild(dir.resolve("cache"), WikiDictIndex.fileSource(dir.resolve("big.tab")), s -> { })) {
            for (int i = 0; i < 5000; i++) {
                assertEquals("Page_" + (i / 3), index.anchor("Name " + i).orElseThrow().title());
            }
            assertEquals(3, index.pagesNamed("Page 7").get(0).anchors());
            assertNotEquals(Optional.empty(), index.anchor("Name 4999"));
        }
    }

    @Test
    void titlesSplitIntoNameAndQualifier() {
        assertEquals("Paris", WikiDictIndex.baseName("Paris,_Texas"));
        assertEquals(Optional.of("Texas"), WikiDictIndex.qualifier("Paris,_Texas"));
        assertEquals("Georgia", WikiDictIndex.baseName("Georgia_(U.S._state)"));
        assertEquals(Optional.of("U.S. state"), WikiDictIndex.qualifier("Georgia_(U.S._state)"));
        assertEquals("Los Angeles", WikiDictIndex.baseName("Los_Angeles"));
        assertEquals(Optional.empty(), WikiDictIndex.qualifier("Los_Angeles"));
    }
}
