package org.newskg.serve.module;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * {@code REGEX} and {@code REPLACE} (and {@code fn:matches}, {@code fn:replace}, their XPath
 * twins called by IRI) that stop when their query is cancelled. A pattern such as
 * {@code "a*a*a*a*!"} backtracks for minutes over a few hundred characters inside one call of
 * {@link java.util.regex.Matcher}, where the query timeout, which is checked between solutions,
 * cannot reach it. Here the matcher reads the text through a {@link CharSequence} that checks
 * the query's cancel signal, so the timeout ends the match as well.
 */
final class CancellableRegex {
    private static final int CHECK_EVERY = 4096;
    /** The XPath functions that ARQ also evaluates as REGEX and REPLACE when called by IRI. */
    private static final String FN_MATCHES = "http://www.w3.org/2005/xpath-functions#matches";
    private static final String FN_REPLACE = "http://www.w3.org/2005/xpath-functions#replace";

    private CancellableRegex() {}

    /** {@code query} with every REGEX, REPLACE, fn:matches and fn:replace in its expressions made cancellable. */
    static Query rewrite(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof Regex)) {
                    return new Regex(args);
                }
                if (func instanceof E_StrReplace && !(func instanceof Replace)) {
                    return new Replace(args);
                }
                if (func instanceof E_Function call && (args.size() == 2 || args.size() == 3)
                        && FN_MATCHES.equals(call.getFunctionIRI())) {
                    return new Regex(args);
                }
                if (func instanceof E_Function call && (args.size() == 3 || args.size() == 4)
                        && FN_REPLACE.equals(call.getFunctionIRI())) {
                    return new Replace(args);
                }
                return super.transform(func, args);
            }
        });
    }

    /** The text of a literal, read through a check of the cancel signal. */
    private static CharSequence watched(String text, FunctionEnv env) {
        AtomicBoolean cancel = env == null ? null : Context.getCancelSignal(env.getContext());
        return cancel == null ? text : new Watched(text, cancel);
    }

    private static Pattern pattern(String label, NodeValue pattern, NodeValue flags) {
        if (!pattern.isString() || (flags != null && !flags.isString())) {
            throw new ExprEvalException(label + ": pattern and flags must be strings");
        }
        return RegexEngine.makePattern(label, pattern.getString(), flags == null ? null : flags.getString());
    }

    private static Node stringLiteral(String label, NodeValue v) {
        Node n = v.asNode();
        if (!n.isLiteral() || !(v.isString() || v.isLangString())) {
            throw new ExprEvalException(label + ": not a string literal: " + v);
        }
        return n;
    }

    /** REGEX(text, pattern [, flags]). */
    static final class Regex extends E_Regex {
        Regex(ExprList args) {
            super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node text = stringLiteral("REGEX", args.get(0));
            Pattern p = pattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.makeBoolean(p.matcher(watched(text.getLiteralLexicalForm(), env)).find());
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Regex(newArgs);
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]). */
    static final class Replace extends E_StrReplace {
        Replace(ExprList args) {
            super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node text = stringLiteral("REPLACE", args.get(0));
            Pattern p = pattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
            if (!args.get(2).isString()) {
                throw new ExprEvalException("REPLACE: the replacement must be a string");
            }
            if (p.matcher("").matches()) {
                throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            }
            Matcher m = p.matcher(watched(text.getLiteralLexicalForm(), env));
            String replaced = m.replaceAll(args.get(2).getString());
            String lang = text.getLiteralLanguage();
            return NodeValue.makeNode(lang.isEmpty() ? NodeFactory.createLiteralString(replaced)
                    : NodeFactory.createLiteralLang(replaced, lang));
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs);
        }
    }

    /** A string whose reader throws {@link QueryCancelledException} once the query is cancelled. */
    private static final class Watched implements CharSequence {
        private final String text;
        private final AtomicBoolean cancel;
        private int reads;

        Watched(String text, AtomicBoolean cancel) {
            this.text = text;
            this.cancel = cancel;
        }

        @Override
        public char charAt(int index) {
            if (++reads % CHECK_EVERY == 0 && cancel.get()) {
                throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Watched(text.substring(start, end), cancel);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
