package org.newskg.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.clean.Cleaner;
import org.newskg.core.Issue;
import org.newskg.source.ArticleSink;
import org.newskg.source.FieldMapping;
import org.newskg.source.InputFiles;
import org.newskg.source.Manifest;
import org.newskg.source.RawArticle;
import org.newskg.source.Readers;
import org.newskg.source.TextFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newskg read}: what ingest would annotate for each article of the inputs (reader, then
 * cleaner), printed instead of stored. No store is opened and no CoreNLP model is loaded.
 */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = {
            "Prints, for each article the inputs hold, exactly what ingest would annotate.",
            "That is its source, URL, title, byline, publication date, publisher, agency, language and",
            "the cleaned text. Touches no store.",
            "Problems go to standard error; exit status 0, or 3 when some inputs gave no article, 1 when none did."
        })
public final class Read implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    enum Format { text, jsonl }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a header of fields, then the text) or jsonl (one JSON object per article); default ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN[,...]", description = "Columns of CSV and JSON Lines exports, as for ingest.")
    String map;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + TextFileReader.DEFAULT_MAX_BYTES,
            description = "Largest input file read (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Per-file url, publisher, published date, title or author, as for ingest (they win over the file's own).")
    Path manifest;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders (any format ingest reads).")
    List<Path> paths;

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FieldMapping mapping;
        try {
            mapping = FieldMapping.parse(map);
        } catch (IllegalArgumentException e) {
            err.println("read: --map: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Readers readers = Readers.standard(maxSize, mapping);
        Cleaner cleaner = new Cleaner();
        int[] articles = {0};
        int[] errors = {0};
        ArticleSink sink = new ArticleSink() {
            @Override
            public void article(RawArticle raw) {
                CleanArticle clean = cleaner.clean(raw);
                if (clean.text().isBlank()) {
                    issue(Issue.error(raw.source(), "clean", "no article text left after removing page boilerplate"));
                    return;
                }
                articles[0]++;
                out.print(format == Format.jsonl ? jsonLine(clean) : textBlock(clean));
                out.flush();
            }

            @Override
            public void issue(Issue issue) {
                if (issue.severity() == Issue.Severity.ERROR) {
                    errors[0]++;
                }
                err.println(issue);
                err.flush();
            }
        };
        Manifest given = Manifest.NONE;
        if (manifest != null) {
            try {
                given = Manifest.read(manifest);
            } catch (IOException e) {
                err.println("read: --manifest " + manifest + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        given.issues().forEach(sink::issue);
        List<Path> files = InputFiles.expand(paths, sink::issue);
        List<Issue> unmatched = new ArrayList<>();
        Map<Path, ArticleMetadata> hints = given.match(files, unmatched);
        unmatched.forEach(sink::issue);
        for (Path file : files) {
            ArticleMetadata fileHints = readers.readerFor(file).oneArticlePerFile() ? hints.get(file) : null;
            readers.read(file, fileHints == null ? sink : new ArticleSink() {
                @Override
                public void article(RawArticle raw) {
                    sink.article(new RawArticle(raw.source(), raw.text(), fileHints.orElse(raw.hints())));
                }

                @Override
                public void issue(Issue issue) {
                    sink.issue(issue);
                }
            });
        }
        if (errors[0] == 0) {
            return ExitCodes.OK;
        }
        return articles[0] > 0 ? ExitCodes.PARTIAL : ExitCodes.FAILED;
    }

    /** The fields ingest stores about the article, in a fixed order; absent ones are null. */
    static Map<String, Object> fields(CleanArticle a) {
        ArticleMetadata m = a.metadata();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("source", a.source());
        f.put("url", m.url().orElse(null));
        f.put("title", m.title().orElse(null));
        f.put("byline", m.byline().orElse(null));
        f.put("published", m.published().map(p -> p.instant().map(Object::toString).orElse(p.date().toString())).orElse(null));
        f.put("publisher", m.publisher().orElse(null));
        f.put("agency", m.agency().orElse(null));
        f.put("language", a.language());
        f.put("text", a.text());
        return f;
    }

    static String jsonLine(CleanArticle a) {
        try {
            return JSON.writeValueAsString(fields(a)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static String textBlock(CleanArticle a) {
        StringWriter w = new StringWriter();
        PrintWriter p = new PrintWriter(w);
        Map<String, Object> f = fields(a);
        p.println("==> " + f.remove("source"));
        Object text = f.remove("text");
        f.forEach((k, v) -> p.println(k + ": " + Optional.ofNullable(v).orElse("-")));
        p.println();
        p.println(text);
        p.println();
        p.flush();
        return w.toString();
    }
}
