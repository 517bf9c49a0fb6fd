package org.newskg.serve;

import java.nio.file.Path;

/** The store folder to serve does not exist (or holds no TDB2 database). */
public final class NoStoreException extends RuntimeException {
    private final transient Path store;

    public NoStoreException(Path store) {
        super("no store at " + store + ": run newskg ingest first");
        this.store = store;
    }

    public Path store() {
        return store;
    }
}
