package org.newskg.cli;

import java.nio.file.Path;
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
}
