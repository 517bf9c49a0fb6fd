package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            "tsv, json or text; CONSTRUCT and DESCRIBE print Turtle; ASK prints true or false."
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

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS", description = "Give up after this long (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Override
    public Integer call() throws IOException {
        String text = source.file != null ? Files.readString(source.file, StandardCharsets.UTF_8) : source.expression;
        org.apache.jena.query.Query query;
        try {
            query = QueryFactory.create(withDefaultPrefixes(text));
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("query does not parse: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
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

    /** Lets short -e queries use the usual prefixes without declaring them; the query's own win. */
    static String withDefaultPrefixes(String text) {
        StringBuilder sb = new StringBuilder();
        Vocab.PREFIXES.getNsPrefixMap().forEach((p, ns) -> {
            if (!text.matches("(?is).*\\bprefix\\s+" + java.util.regex.Pattern.quote(p) + ":.*")) {
                sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n");
            }
        });
        return sb.append(text).toString();
    }
}
