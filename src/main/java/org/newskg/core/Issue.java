package org.newskg.core;

import java.util.Objects;

/**
 * A problem found with one input, reported and counted but never fatal to the run.
 *
 * @param severity how bad it is
 * @param source   the input path or URL
 * @param locator  where inside the source (line, record, offset), or empty
 * @param stage    the pipeline stage that found it (source, clean, annotate, extract, store)
 * @param reason   a sentence a user understands
 */
public record Issue(Severity severity, String source, String locator, String stage, String reason) {

    public enum Severity { WARNING, ERROR }

    public Issue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        locator = locator == null ? "" : locator;
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
    }

    public static Issue error(String source, String stage, String reason) {
        return new Issue(Severity.ERROR, source, "", stage, reason);
    }

    public static Issue warning(String source, String stage, String reason) {
        return new Issue(Severity.WARNING, source, "", stage, reason);
    }

    /** One line for a log or terminal, control characters of the input escaped. */
    @Override
    public String toString() {
        // Sources are file names and URLs from the inputs: escaped, so that one issue is one line.
        return severity + "  " + Printable.escape(source) + (locator.isEmpty() ? "" : "  " + Printable.escape(locator))
                + "  " + stage + "  " + Printable.escape(reason);
    }
}
