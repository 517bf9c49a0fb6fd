package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serving a folder without a store fails clearly and creates nothing. */
class MissingStoreTest {
    @Test
    void missingFolder(@TempDir Path tmp) {
        Path store = tmp.resolve("no-such-store");
        NoStoreException e = assertThrows(NoStoreException.class,
                () -> NewskgServer.start(ServeSettings.of(store).withPort(0)));
        assertEquals("no store at " + store + ": run newskg ingest first", e.getMessage());
        assertFalse(Files.exists(store));
    }

    @Test
    void emptyFolderIsNotTurnedIntoANewStore(@TempDir Path tmp) throws Exception {
        Path store = Files.createDirectory(tmp.resolve("empty"));
        assertThrows(NoStoreException.class, () -> NewskgServer.start(ServeSettings.of(store).withPort(0)));
        try (var children = Files.list(store)) {
            assertEquals(0, children.count());
        }
    }
}
