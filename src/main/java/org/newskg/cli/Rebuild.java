package org.newskg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newskg.pipeline.CorpusRebuild;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newskg rebuild}: recomputes the corpus graph from every article graph. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = {
            "Recomputes what combines articles from every article graph of the store.",
            "Entity resolution, statements, events and counts are computed again and the triples",
            "that differ from the stored corpus graph are written. Ingest and remove do this themselves when articles changed; run it after",
            "upgrading newskg (changed rules), or to check: a store whose corpus graph is current",
            "reports 0 triples added and 0 removed."
        })
public final class Rebuild implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store.path())) {
            CorpusRebuild.Result result = CorpusRebuild.rebuild(kg);
            out.printf(Locale.ROOT, "rebuilt the corpus graph of %d articles in %.1f s: %d statement(s); %d triple(s) added, %d removed%n",
                    kg.articleCount(), Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0,
                    result.statements(), result.change().added(), result.change().removed());
        }
        return ExitCodes.OK;
    }
}
