package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Disk space of a store folder. TDB2 creates its index files as sparse 8 MiB files, so their
 * length says little (a store of a few articles "is" 190 MiB); the blocks the file system has
 * allocated are what grows with the data and with the old copies deletions leave. Java cannot read
 * allocated blocks, so {@code du} (POSIX) is asked, and file lengths are the fallback where it is
 * missing.
 */
final class StoreSpace {
    private StoreSpace() {}

    /** Bytes in the database's data generations ({@code Data-NNNN}), the text index and other files aside. */
    static long databaseBytes(Path store) {
        List<Path> generations;
        try (Stream<Path> entries = Files.list(store)) {
            generations = entries.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the store at " + store, e);
        }
        return generations.stream().mapToLong(StoreSpace::allocatedBytes).sum();
    }

    /**
     * The file that keeps the database's size after its last compaction: a measurement of the
     * disk, not a fact of the graph, so it stays out of the store's RDF (two stores of the same
     * articles hold the same quads whatever their history on disk).
     */
    static final String COMPACTED_SIZE_FILE = "compacted-size.txt";

    static Optional<Long> compactedSize(Path store) {
        Path file = store.resolve(COMPACTED_SIZE_FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(Long.parseLong(Files.readString(file).strip())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // unreadable: measured anew
        }
    }

    static void recordCompactedSize(Path store, long bytes) {
        try {
            Files.writeString(store.resolve(COMPACTED_SIZE_FILE), bytes + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + store.resolve(COMPACTED_SIZE_FILE), e);
        }
    }

    private static long allocatedBytes(Path dir) {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (du.waitFor(30, TimeUnit.SECONDS) && du.exitValue() == 0) {
                return Long.parseLong(out.split("\\s+")[0]) * 1024;
            }
        } catch (IOException | NumberFormatException e) {
            // no du here: file lengths below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return fileLengths(dir);
    }

    private static long fileLengths(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a file removed while measuring takes no space
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }
}
