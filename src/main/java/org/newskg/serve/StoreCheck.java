package org.newskg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Refuses to serve a folder that is not a TDB2 store. Without this check TDB2
 * would quietly create a new, empty database and the server would answer
 * every query with nothing.
 */
final class StoreCheck {
    private StoreCheck() {}

    static void requireStore(Path store) {
        if (!Files.isDirectory(store) || !hasGeneration(store)) {
            throw new NoStoreException(store);
        }
    }

    // A TDB2 database keeps its data in generation folders Data-0001, Data-0002, ...
    private static boolean hasGeneration(Path store) {
        try (Stream<Path> children = Files.list(store)) {
            return children.anyMatch(p -> Files.isDirectory(p)
                    && p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read store folder " + store, e);
        }
    }
}
