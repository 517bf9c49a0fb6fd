package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which annotation file a PolNeAR folder gives for each article, on folders written here. */
class PolnearCorpusTest {
    @TempDir
    Path root;

    private Path folder(String... annFiles) throws IOException {
        Path dev = root.resolve("dev");
        Files.createDirectories(dev.resolve("text"));
        Files.createDirectories(dev.resolve("attributions"));
        for (String f : annFiles) {
            Files.writeString(dev.resolve("attributions").resolve(f), "T1\tCue 0 4\tsaid\n");
            String name = f.substring(0, f.lastIndexOf('_'));
            Files.writeString(dev.resolve("text").resolve(name + ".txt"), "said it");
        }
        return dev;
    }

    private void metadata(String... rows) throws IOException {
        StringBuilder sb = new StringBuilder("compartment\tfilename\tlevel\tannotators\tpublisher\n");
        for (String r : rows) {
            sb.append(r).append('\n');
        }
        Files.writeString(root.resolve("metadata.tsv"), sb.toString());
    }

    @Test
    void takesTheFirstListedAnnotatorThatHasAFile() throws IOException {
        Path dev = folder("alpha_a1.ann", "alpha_b2.ann", "alpha_c3.ann", "beta_d4.ann");
        metadata("dev\talpha\t3\tzz|c3|a1|b2\tsome-site", "dev\tbeta\t4\td4\tsome-site");
        List<PolnearCorpus.Entry> entries = PolnearCorpus.open(dev).entries();
        assertEquals(List.of("alpha", "beta"), entries.stream().map(PolnearCorpus.Entry::name).toList());
        assertEquals(List.of("c3", "d4"), entries.stream().map(PolnearCorpus.Entry::annotator).toList());
        assertEquals(dev.resolve("attributions/alpha_c3.ann"), entries.get(0).annotations());
        PolnearArticle a = PolnearCorpus.read(entries.get(0));
        assertEquals("said it", a.text());
        assertEquals(List.of(), a.gold());
    }

    @Test
    void aSingleFileNeedsNoMetadata() throws IOException {
        Path dev = folder("gamma_e5.ann");
        assertEquals("e5", PolnearCorpus.open(dev).entries().get(0).annotator());
    }

    @Test
    void severalFilesAndNoWordFromTheMetadataIsAnError() throws IOException {
        Path dev = folder("alpha_a1.ann", "alpha_b2.ann");
        metadata("dev\tother\t3\ta1\tsome-site");
        BratFormatException e = assertThrows(BratFormatException.class, () -> PolnearCorpus.open(dev));
        assertTrue(e.getMessage().contains("alpha.txt: annotated by"), e.getMessage());
    }

    @Test
    void aTextWithoutAnnotationsIsAnError() throws IOException {
        Path dev = folder();
        Files.writeString(dev.resolve("text/lonely.txt"), "x");
        BratFormatException e = assertThrows(BratFormatException.class, () -> PolnearCorpus.open(dev));
        assertTrue(e.getMessage().contains("lonely.txt: no attributions/lonely_ANNOTATOR.ann"), e.getMessage());
    }

    @Test
    void notAPolnearFolderIsAUsageError() {
        assertThrows(IllegalArgumentException.class, () -> PolnearCorpus.open(root));
    }
}
