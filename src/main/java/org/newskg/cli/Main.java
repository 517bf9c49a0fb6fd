package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newskg} command: one subcommand per verb. */
@Command(
        name = "newskg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns news articles into an RDF knowledge graph in Jena TDB2 and serves it with Fuseki.",
        subcommands = {
            CommandLine.HelpCommand.class,
            Ingest.class,
            Read.class,
            Query.class,
            Serve.class,
            Demo.class,
            Remove.class,
            Validate.class,
            Evaluate.class,
            Benchmark.class,
            Export.class,
            Dump.class,
        })
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ExitCodes.ExceptionMapper());
        return cl;
    }
}
