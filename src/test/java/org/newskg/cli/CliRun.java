package org.newskg.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real command line in-process and captures what it prints. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun of(String... args) {
        return withInput(InputStream.nullInputStream(), args);
    }

    /** Runs with {@code stdin} as standard input (for {@code ingest -}). */
    public static CliRun withInput(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        ((Ingest) cl.getSubcommands().get("ingest").getCommand()).stdin = stdin;
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
