package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg demo}: ingest the sample articles and serve the graph: the README's first command. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Ingests the sample articles and serves the graph.",
            "Runs 'ingest samples/' into the store, then 'serve' on 127.0.0.1 until Ctrl-C."
        })
public final class Demo implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "Articles to ingest (default: samples/ of the newskg installation).")
    Path samples;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() {
        Path dir = samples != null ? samples : defaultSamples();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no sample folder at " + dir + " (use --samples DIR)");
        }
        int ingested = run("ingest", "--store", store.path().toString(), dir.toString());
        if (ingested != ExitCodes.OK && ingested != ExitCodes.PARTIAL) {
            return ingested;
        }
        return run("serve", "--store", store.path().toString(), "--port", Integer.toString(port));
    }

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(spec.commandLine().getOut());
        cl.setErr(spec.commandLine().getErr());
        return cl.execute(args);
    }

    private static Path defaultSamples() {
        return Home.folder().resolve("samples");
    }
}
