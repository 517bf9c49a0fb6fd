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
            Rebuild.class,
            Compact.class,
            Validate.class,
            Evaluate.class,
            Benchmark.class,
            Export.class,
            Dump.class,
            Load.class,
            Spark.class,
        })
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * {@code newskg read --help} asks for help with a command that does not exist: picocli would
     * print the top-level help and exit 0, as if all was well. Say which word is unknown instead.
     */
    private static int refuseUnknownCommand(CommandLine.ParseResult parsed) {
        if (!parsed.hasSubcommand() && !parsed.unmatched().isEmpty()) {
            CommandLine cl = parsed.commandSpec().commandLine();
            cl.getErr().println("newskg: unknown command '" + parsed.unmatched().get(0) + "'; the commands are: "
                    + String.join(", ", cl.getSubcommands().keySet()) + " ('newskg --help' describes them)");
            return ExitCodes.USAGE;
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ExitCodes.ExceptionMapper());
        cl.setExecutionStrategy(Main::refuseUnknownCommand);
        return cl;
    }
}
