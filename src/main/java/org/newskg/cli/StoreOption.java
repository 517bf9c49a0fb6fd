package org.newskg.cli;

import java.nio.file.Path;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.StoreInUseException;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by every command that opens the TDB2 store. */
public final class StoreOption {
    public static final String DEFAULT = "data/store";

    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store folder (default: " + DEFAULT + " in newskg's folder, whatever the working directory).")
    Path store;

    /** The folder given, or the default store of newskg's folder, so that every command finds the same one. */
    public Path path() {
        return store != null ? store : Home.folder().resolve(DEFAULT);
    }

    /**
     * Opens the store for a command that cannot ask a running server; while a server holds the
     * store, the refusal says {@code instead} what to do (empty: stop the server and rerun).
     */
    KnowledgeStore open(String instead) {
        try {
            return KnowledgeStore.openExisting(path());
        } catch (StoreInUseException e) {
            throw e.instead(instead);
        }
    }
}
