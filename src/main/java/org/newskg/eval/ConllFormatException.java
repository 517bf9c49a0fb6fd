package org.newskg.eval;

/** A CoNLL file that cannot be read: says which file, which line and what is wrong. */
public final class ConllFormatException extends RuntimeException {
    private final String source;
    private final int line;

    public ConllFormatException(String source, int line, String reason) {
        super(source + ":" + line + ": " + reason);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }
}
