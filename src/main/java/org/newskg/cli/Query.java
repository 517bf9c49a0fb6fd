package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.tdb2.TDB2;
import org.newskg.rdf.Vocab;
import org.newskg.serve.module.QueryPrefixes;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newskg query}: runs one SPARQL query against the store, over the union of all article graphs. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {
            "Runs a SPARQL query against the store.",
            "The query comes from a file or from -e. The default graph is the union of",
            "all named graphs, as on the server. SELECT results print as csv (W3C SPARQL 1.1 CSV, header row),",
            "tsv, json or text; CONSTRUCT and DESCRIBE print Turtle; ASK prints true or false.",
            "A relative FILE not found in the working directory is looked for in newskg's folder (queries/...).",
            "While a server holds the store, ask it with --endpoint (e.g. http://127.0.0.1:3030/newskg/sparql)."
        })
public final class Query implements Callable<Integer> {
    /** Result formats for SELECT. */
    public enum Format { csv, tsv, json, text }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "File holding the query.")
        Path file;

        @Option(names = {"-e", "--expression"}, paramLabel = "SPARQL", description = "The query itself.")
        String expression;
    }

    @Option(names = "--format", defaultValue = "text", description = "SELECT output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = {"Ask this SPARQL endpoint instead of opening the store, e.g. the running server's",
                "http://127.0.0.1:3030/newskg/sparql (a store is opened by one process at a time)."})
    String endpoint;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS", description = "Give up after this long (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Override
    public Integer call() throws IOException {
        String text = source.file != null ? Files.readString(queryFile(source.file), StandardCharsets.UTF_8) : source.expression;
        org.apache.jena.query.Query query;
        String prefixed = withDefaultPrefixes(text);
        try {
            query = QueryFactory.create(prefixed);
        } catch (QueryParseException e) {
            String where = source.file != null ? source.file.toString() : "-e";
            throw new IllegalArgumentException(parseError(e, where, text, lineCount(prefixed) - lineCount(text)), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (endpoint != null) {
            try (QueryExecution qe = QueryExecution.service(endpoint).query(query)
                    .timeout(timeout, TimeUnit.SECONDS).build()) {
                write(qe, query, out);
            }
            out.flush();
            return ExitCodes.OK;
        }
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store.path())) {
            kg.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
                        .set(TDB2.symUnionDefaultGraph, true)
                        .timeout(timeout, TimeUnit.SECONDS)
                        .build()) {
                    write(qe, query, out);
                }
                return null;
            });
        } catch (QueryCancelledException e) {
            spec.commandLine().getErr().println("newskg query: timed out after " + timeout + " s");
            return ExitCodes.FAILED;
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void write(QueryExecution qe, org.apache.jena.query.Query query, PrintWriter out) {
        try {
            OutputStream stream = WriterOutputStream.builder().setWriter(out).setCharset(StandardCharsets.UTF_8).get();
            if (query.isSelectType()) {
                switch (format) {
                    case csv -> ResultSetFormatter.output(stream, qe.execSelect(), ResultSetLang.RS_CSV);
                    case tsv -> ResultSetFormatter.output(stream, qe.execSelect(), ResultSetLang.RS_TSV);
                    case json -> ResultSetFormatter.output(stream, qe.execSelect(), ResultSetLang.RS_JSON);
                    case text -> ResultSetFormatter.out(stream, qe.execSelect(), query);
                }
            } else if (query.isAskType()) {
                out.println(qe.execAsk());
            } else if (query.isConstructType() || query.isDescribeType()) {
                var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                model.setNsPrefixes(Vocab.PREFIXES);
                RDFDataMgr.write(stream, model, Lang.TURTLE);
            } else {
                throw new IllegalArgumentException("unsupported query form");
            }
            stream.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The query file, also from another working directory; a clear message when it is nowhere. */
    static Path queryFile(Path given) {
        Path found = Home.find(given);
        if (!Files.isRegularFile(found)) {
            throw new IllegalArgumentException("query file not found: " + given + " (neither " + Home.lookedIn(given)
                    + " exists); the query library is in " + Home.folder().resolve("queries"));
        }
        return found;
    }

    private static int lineCount(String s) {
        return (int) s.chars().filter(c -> c == '\n').count();
    }

    /**
     * A parse error placed in the user's own text (not offset by the prefixes added above it), with
     * the line and a caret under the column, and a short hint of what could come there.
     */
    static String parseError(QueryParseException e, String where, String text, int addedLines) {
        List<String> lines = e.getMessage().lines().toList();
        // JavaCC writes 'Encountered " "}" "} "" at line 3, column 13.' and lists every token it could take.
        String what = lines.isEmpty() ? "syntax error"
                : lines.get(0).replaceAll("\\s*at line -?\\d+, column -?\\d+\\.?", "")
                        .replaceAll("^Line -?\\d+, column -?\\d+:\\s*", "")
                        .replaceAll("Encountered \" \\S+ \"(.*?)\\s*\"\"", "Encountered \"$1\"")
                        .replaceAll("\\s+", " ").strip();
        List<String> expected = lines.stream().dropWhile(l -> !l.startsWith("Was expecting")).skip(1)
                .map(l -> l.strip().replaceAll("\\s*\\.\\.\\.$", "")).filter(l -> !l.isEmpty())
                .sorted(java.util.Comparator.comparingInt(Query::hintOrder))
                .toList();
        StringBuilder msg = new StringBuilder("query does not parse: ").append(where);
        int line = e.getLine() - addedLines;
        List<String> own = text.lines().toList();
        if (e.getLine() > 0 && line >= 1) {
            msg.append(", line ").append(line).append(", column ").append(e.getColumn());
        }
        msg.append(": ").append(what);
        if (!expected.isEmpty()) {
            msg.append("; expected ").append(String.join(" or ", expected.subList(0, Math.min(3, expected.size()))));
            if (expected.size() > 3) {
                msg.append(" (or ").append(expected.size() - 3).append(" other tokens)");
            }
        }
        if (line >= 1 && line <= own.size() && e.getColumn() >= 1) {
            String shown = own.get(line - 1);
            msg.append("\n  ").append(line).append(" | ").append(shown)
                    .append("\n  ").append(" ".repeat(String.valueOf(line).length())).append(" | ")
                    .append(" ".repeat(Math.min(e.getColumn() - 1, shown.length()))).append("^");
        }
        return msg.toString();
    }

    /** Punctuation ("}" or ".") says most about a slip, then token kinds (<VAR1>), then the keywords. */
    private static int hintOrder(String token) {
        if (token.startsWith("<")) {
            return 1;
        }
        return token.matches("\"[^A-Za-z]+\"") ? 0 : 2;
    }

    /** Lets short -e queries use the usual prefixes without declaring them; the query's own win. */
    static String withDefaultPrefixes(String text) {
        return QueryPrefixes.withDefaults(text);
    }
}
