package org.newskg.core;

/**
 * Text from inputs (file names, reasons that quote them) made safe for one line of a log or a
 * terminal: a newline in a file name must not forge a log line, and escape codes must not reach
 * the terminal. Control characters, line and paragraph separators and bidirectional controls
 * become visible escapes; everything else is kept as it is.
 */
public final class Printable {
    private Printable() {}

    public static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = escapeOf(c);
            if (esc != null && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                out.append(esc != null ? esc : String.valueOf(c));
            }
        }
        return out == null ? s : out.toString();
    }

    private static String escapeOf(char c) {
        switch (c) {
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case '\u001B': return "\\e";
            case '\\': return null;
            default:
                boolean unsafe = Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029'
                        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                        || c == '\u200E' || c == '\u200F' || c == '\u061C';
                return unsafe ? String.format("\\u%04X", (int) c) : null;
        }
    }
}
