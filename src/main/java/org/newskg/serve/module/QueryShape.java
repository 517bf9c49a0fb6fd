package org.newskg.serve.module;

/**
 * How deeply a SPARQL query or update nests its groups, brackets and parentheses, read from the
 * text before it is parsed. Jena's parser, algebra and evaluator recurse once per level, so a
 * request nested a thousand levels deep overflows the stack of the thread serving it; the
 * server refuses such a request (400) before parsing it. Strings, IRIs and comments are
 * skipped, so brackets inside them do not count.
 */
public final class QueryShape {
    /** The deepest nesting a request may have; the project's queries nest at most 6 levels. */
    public static final int MAX_DEPTH = 64;
    /** The longest query, in characters: far beyond any written query, even with a long VALUES list. */
    public static final int MAX_QUERY_CHARS = 1_000_000;

    private QueryShape() {}

    /** The deepest nesting of {@code ( [ {} in {@code sparql}, outside strings, IRIs and comments. */
    public static int depth(String sparql) {
        int depth = 0;
        int deepest = 0;
        int n = sparql.length();
        for (int i = 0; i < n; i++) {
            char c = sparql.charAt(i);
            switch (c) {
                case '(', '[', '{' -> deepest = Math.max(deepest, ++depth);
                case ')', ']', '}' -> depth = Math.max(0, depth - 1);
                case '#' -> i = endOfLine(sparql, i);
                case '"', '\'' -> i = endOfString(sparql, i);
                case '<' -> i = endOfIri(sparql, i);
                default -> { }
            }
        }
        return deepest;
    }

    /** Whether {@code sparql} nests no deeper than {@link #MAX_DEPTH}. */
    public static boolean acceptable(String sparql) {
        return depth(sparql) <= MAX_DEPTH;
    }

    private static int endOfLine(String s, int i) {
        int end = s.indexOf('\n', i);
        return end < 0 ? s.length() : end;
    }

    // 'x', "x", '''x''' or """x""", with backslash escapes; the index of the closing quote.
    private static int endOfString(String s, int start) {
        char q = s.charAt(start);
        boolean triple = s.startsWith(String.valueOf(q).repeat(3), start);
        int i = start + (triple ? 3 : 1);
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == q && (!triple || s.startsWith(String.valueOf(q).repeat(3), i))) {
                return triple ? i + 2 : i;
            }
            if (!triple && (c == '\n' || c == '\r')) {
                return i; // an unterminated short string: the parser reports it
            }
            i++;
        }
        return s.length();
    }

    // An IRI <...> holds no spaces, quotes or brackets of its own kind; a '<' that starts none
    // (the less-than operator) is skipped alone.
    private static int endOfIri(String s, int start) {
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c <= ' ' || c == '<' || c == '"' || c == '{' || c == '}') {
                return start;
            }
        }
        return start;
    }
}
