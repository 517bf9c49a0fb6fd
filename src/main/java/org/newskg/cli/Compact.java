package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newskg compact}: TDB2 compaction of the store. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {
            "Compacts the store, giving back the space of deleted and replaced data.",
            "TDB2 keeps the old copy of everything deleted or replaced until the database is",
            "compacted into a new generation, which this does (the old one is deleted).",
            "Ingest and remove compact by themselves once the database takes 1.5 times its size after",
            "the last compaction. The store must not be in use by a server meanwhile."
        })
public final class Compact implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store.path())) {
            out.println(kg.compact().describe());
        }
        return ExitCodes.OK;
    }
}
