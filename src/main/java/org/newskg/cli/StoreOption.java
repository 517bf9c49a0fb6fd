package org.newskg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by every command that opens the TDB2 store. */
public final class StoreOption {
    public static final String DEFAULT = "data/store";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    public Path path() {
        return store;
    }
}
