package org.newskg.eval;

/** A brat standoff file (or its PolNeAR folder) that cannot be read: says which file, which line and what is wrong. */
public final class BratFormatException extends RuntimeException {
    public BratFormatException(String source, int line, String reason) {
        super(line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason);
    }
}
