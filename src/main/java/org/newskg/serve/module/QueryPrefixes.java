package org.newskg.serve.module;

import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.newskg.rdf.Vocab;

/**
 * The newskg prefixes ({@code schema:}, {@code newskg:}, {@code owl:} ...) that a query may use
 * without declaring them, the same on the command line, in the query library's examples and on
 * the server: a query the command line accepts runs on the server too.
 */
public final class QueryPrefixes {
    private QueryPrefixes() {}

    /**
     * {@code text} with a PREFIX line above it for each newskg prefix it uses and does not
     * declare, in name order; its own declarations win.
     */
    public static String withDefaults(String text) {
        return missing(text, "\n") + text;
    }

    /**
     * What the server runs: the query as sent when it parses or fails for another reason than an
     * undeclared prefix; else the query with the newskg prefixes it does not declare, all on its
     * first line so that the query keeps its line numbers (and the parser then reports the
     * query's own mistake, if it has one).
     */
    public static String forServer(String text) {
        String missing = missing(text, " ");
        if (missing.isEmpty()) {
            return text; // every newskg prefix it uses is declared: nothing to parse twice
        }
        try {
            QueryFactory.create(text, Syntax.syntaxARQ);
            return text;
        } catch (QueryParseException e) {
            if (!String.valueOf(e.getMessage()).contains("Unresolved prefixed name")) {
                return text;
            }
        }
        return missing + text;
    }

    private static String missing(String text, String separator) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(Vocab.PREFIXES.getNsPrefixMap()).forEach((p, ns) -> {
            if (uses(text, p) && !declares(text, p)) {
                sb.append("PREFIX ").append(p).append(": <").append(ns).append(">").append(separator);
            }
        });
        return sb.toString();
    }

    private static boolean uses(String text, String prefix) {
        return Pattern.compile("(?<![\\w.-])" + Pattern.quote(prefix) + ":").matcher(text).find();
    }

    private static boolean declares(String text, String prefix) {
        return Pattern.compile("(?is)\\bprefix\\s+" + Pattern.quote(prefix) + ":").matcher(text).find();
    }
}
