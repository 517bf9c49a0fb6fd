package org.newskg.cli;

import picocli.CommandLine;

/** Named exit codes, and the one place exceptions become exit codes. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** The run failed: nothing useful was done. */
    public static final int FAILED = 1;
    /** Wrong arguments. */
    public static final int USAGE = 2;
    /** The run finished, but some inputs were bad and skipped. */
    public static final int PARTIAL = 3;
    /** The data was read, and some of it does not conform (newskg validate). */
    public static final int NOT_CONFORMING = 4;

    private ExitCodes() {}

    /** Maps an exception escaping a command to a one-line message and {@link #FAILED}. */
    static final class ExceptionMapper implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            cl.getErr().println("newskg " + cl.getCommandName() + ": " + message);
            if (Boolean.getBoolean("newskg.debug")) {
                ex.printStackTrace(cl.getErr());
            }
            return ex instanceof IllegalArgumentException ? USAGE : FAILED;
        }
    }
}
