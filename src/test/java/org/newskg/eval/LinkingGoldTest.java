package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linking gold's format and its scores, on rows written here. */
class LinkingGoldTest {
    @TempDir
    Path dir;

    @Test
    void scoresPrecisionOverLinksAndRecallOverEntitiesWithAPage() throws IOException {
        Path file = dir.resolve("gold.tsv");
        Files.write(file, List.of("# source\ttype\tname\tpage",
                "a/1.txt\tPERSON\tJan Ekdal\tJan Ekdal",
                "a/1.txt\tORGANIZATION\tHarbour Board\t-",
                "a/1.txt\tPLACE\tValdor\tValdor,_Westmark",
                "a/1.txt\tPLACE\tOstria\tOstria",
                "a/2.txt\tPERSON\tRui Vale\tRui_Vale"), StandardCharsets.UTF_8);
        List<LinkingGold.Row> gold = LinkingGold.read(file);
        assertEquals(5, gold.size());
        assertEquals(Optional.of("Jan_Ekdal"), gold.get(0).page(), "spaces are underscores");
        Map<String, Map<String, Optional<String>>> system = Map.of("/corpus/a/1.txt", Map.of(
                "jan ekdal", Optional.of("Jan_Ekdal"),
                "harbour board", Optional.of("Harbour_Board"),
                "valdor", Optional.of("Valdor"),
                "ostria", Optional.empty()));
        LinkingGold.Scores s = LinkingGold.score(gold, system);
        assertEquals(3, s.linked());
        assertEquals(1, s.right());
        assertEquals(4, s.withPage());
        assertEquals(4, s.found());
        assertEquals(1.0 / 3, s.precision(), 1e-9);
        assertEquals(0.25, s.recall(), 1e-9);
        assertEquals(List.of("right", "WRONG (has no page)", "WRONG", "missed", "missed (not in the store)"),
                s.rows().stream().map(LinkingGold.Judged::verdict).toList());
    }

    @Test
    void aRowWithoutFourFieldsIsAnErrorWithItsLine() throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.write(file, List.of("a/1.txt\tPERSON\tJan Ekdal"), StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> LinkingGold.read(file));
        assertEquals(file + ":1: expected source, type, name and page, tab-separated", e.getMessage());
    }
}
