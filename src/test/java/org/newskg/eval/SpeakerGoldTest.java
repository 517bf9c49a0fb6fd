package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerGoldTest {
    @Test
    void rowsAreGroupedByArticleInFileOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.tsv"), "article\tanchor\tspeaker\tkind\tnote\n"
                + "x/2.txt\twe will not give up\tAna Ruiz\tdirect\n");
        Files.writeString(dir.resolve("a.tsv"), "article\tanchor\tspeaker\tkind\tnote\n"
                + "# a comment\n"
                + "x/1.txt\tthe port would reopen\tthe Harbour Authority|a Harbour Authority spokesman\treported\n"
                + "x/1.txt\twho chairs the board\t\tnot-speech\tapposition\n"
                + "x/1.txt\tNo comment\tANON\tdirect\n");
        List<SpeakerGold> gold = SpeakerGold.readAll(dir);
        assertEquals(List.of("x/1.txt", "x/2.txt"), gold.stream().map(SpeakerGold::article).toList());
        List<SpeakerGold.Row> rows = gold.get(0).rows();
        assertEquals(3, rows.size());
        assertEquals(List.of("the Harbour Authority", "a Harbour Authority spokesman"), rows.get(0).speakers());
        assertEquals(SpeakerGold.Kind.NOT_SPEECH, rows.get(1).kind());
        assertEquals("apposition", rows.get(1).note());
        assertEquals(List.of(), rows.get(2).speakers());
        assertTrue(rows.get(0).where().endsWith("a.tsv:3"), rows.get(0).where());
    }

    @Test
    void anUnknownKindNamesItsLine() {
        Map<String, List<SpeakerGold.Row>> out = new LinkedHashMap<>();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpeakerGold.read("g.tsv",
                List.of("article\tanchor\tspeaker\tkind", "x/1.txt\tsome words\tAna Ruiz\tclaimed"), out));
        assertTrue(e.getMessage().startsWith("g.tsv:2: unknown kind 'claimed'"), e.getMessage());
    }

    @Test
    void tooFewColumnsIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> SpeakerGold.read("g.tsv", List.of("x/1.txt\tsome words\tAna Ruiz"), new LinkedHashMap<>()));
    }
}
