package org.newskg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newskg.clean.Cleaner;
import org.newskg.core.Issue;
import org.newskg.core.Printable;
import org.newskg.extract.FactExtractor;
import org.newskg.nlp.NlpPipeline;
import org.newskg.pipeline.ArticleBudget;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.IngestSettings;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.Ingestor;
import org.newskg.pipeline.WriteBatch;
import org.newskg.source.FieldMapping;
import org.newskg.source.InputFiles;
import org.newskg.source.Manifest;
import org.newskg.source.ReadResult;
import org.newskg.source.Readers;
import org.newskg.source.TextFileReader;
import org.newskg.rdf.Vocab;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newskg ingest}: articles in, knowledge graph out. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
            "Adds news articles to the knowledge graph.",
            "Reads articles from files or folders (recursively): plain text, HTML pages, WARC web archives,",
            "and CSV or JSON Lines exports with one article per row. Removes page boilerplate, finds people,",
            "organisations and places with CoreNLP and stores one named graph per article in TDB2.",
            "Metadata the files lack (URL, publisher, date, title) can be given in a --manifest; - reads standard input.",
            "Bad files are reported with their path and reason and the rest goes on.",
            "Exit status: 0 all stored, 3 some inputs were bad, 1 nothing could be stored."
        })
public final class Ingest implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base IRI for minted resources; fixed when the store is created (default https://newskg.org/id/).")
    String base;

    @Option(names = "--workers", paramLabel = "N",
            description = "Articles annotated at once; 0 means one per core (default: ${DEFAULT-VALUE}).",
            defaultValue = "0")
    int workers;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + TextFileReader.DEFAULT_MAX_BYTES,
            description = "Largest input file read (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "" + ArticleBudget.DEFAULT_MAX_CHARS,
            description = {"Characters of one article that are annotated (default: ${DEFAULT-VALUE}); a longer article",
                "is cut at the last line or sentence end before the limit, with a warning, and the rest is not stored."})
    int maxArticleChars;

    @Option(names = "--max-article-seconds", paramLabel = "SECONDS", defaultValue = "300",
            description = {"Longest annotation of one article (default: ${DEFAULT-VALUE}); after it the article is",
                "abandoned, reported as an error, and the run goes on."})
    long maxArticleSeconds;

    @Option(names = "--follow-links",
            description = {"Follow symbolic links in the folders that lead out of the paths named (by default they",
                "are reported and not read, so a link to /etc/passwd among articles is never stored)."})
    boolean followLinks;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = {"Take at most N articles from the inputs, in input order (a sample of a large CSV or",
                "JSON Lines export, a web archive or a folder); 0 takes all (default: ${DEFAULT-VALUE})."})
    int limit;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN[,...]",
            description = {"Columns of CSV and JSON Lines exports, e.g. text=raw_text,title=headline.",
                "Fields: text, title, url, published, publisher, author. By default common names are found:",
                "text|body|content|raw_text, title|headline, url|link, published|date|published_date_gmt,",
                "publisher|source|site, author|byline."})
    String map;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = {"CSV (with a header row) or JSON Lines giving, per input file, its url, publisher,",
                "published date, title or author. Files are named in a path|file|filename column, relative",
                "to the manifest's folder, or by file name alone. The manifest's values win over the file's own."})
    Path manifest;

    @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "10",
            description = "Without a terminal (logs, CI), a progress line at most every SECONDS; 0 prints one per article (default: ${DEFAULT-VALUE}).")
    long progressInterval;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "32",
            description = "Most articles committed in one store transaction (default: ${DEFAULT-VALUE}); 1 commits each on its own.")
    int batchSize;

    @Option(names = "--batch-seconds", paramLabel = "SECONDS", defaultValue = "5",
            description = {"Longest an annotated article waits for its commit (default: ${DEFAULT-VALUE}): what a crash",
                "can cost, as uncommitted articles are annotated again by the next run."})
    double batchSeconds;

    @Option(names = "--reannotate",
            description = {"Annotate every input again, also those stored from the same input by this release",
                "(by default they are counted unchanged without being annotated)."})
    boolean reannotate;

    @Option(names = "--link", negatable = true,
            description = {"Link people, organisations and places to Wikipedia/DBpedia with CoreNLP's WikiDict, offline",
                "(on by default; the first run builds an index of the dictionary in ~/.cache/newskg, once).",
                "--no-link turns it off; the store remembers the choice, --link turns it on again."})
    Boolean link;

    @Option(names = "--not-kept", paramLabel = "FILE",
            description = {"Write the names the entity rules did not keep (picture credits, common words, one-word",
                "'people' with nothing that makes them people, other languages), one tab-separated line each:",
                "source, char offsets, label, words, reason."})
    Path notKept;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Article files or folders; - reads one plain-text article from standard input (UTF-8).")
    List<Path> paths;

    /** Standard input; tests give their own. */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FieldMapping mapping;
        try {
            mapping = FieldMapping.parse(map);
        } catch (IllegalArgumentException e) {
            err.println("ingest: --map: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (progressInterval < 0) {
            err.println("ingest: --progress-interval must be 0 or more");
            return ExitCodes.USAGE;
        }
        if (batchSize < 1 || !(batchSeconds >= 0)) {
            err.println("ingest: --batch-size must be 1 or more and --batch-seconds 0 or more");
            return ExitCodes.USAGE;
        }
        if (limit < 0) {
            err.println("ingest: --limit must be 0 (all) or more");
            return ExitCodes.USAGE;
        }
        if (maxArticleChars < 1 || maxArticleSeconds < 1) {
            err.println("ingest: --max-article-chars and --max-article-seconds must be 1 or more");
            return ExitCodes.USAGE;
        }
        ArticleBudget budget = new ArticleBudget(maxArticleChars, Duration.ofSeconds(maxArticleSeconds));
        WriteBatch batch = new WriteBatch(batchSize, Duration.ofMillis(Math.round(batchSeconds * 1000)));
        Manifest given = Manifest.NONE;
        if (manifest != null) {
            try {
                given = Manifest.read(manifest);
            } catch (IOException e) {
                err.println("ingest: --manifest " + manifest + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        List<Path> files = new ArrayList<>();
        List<ReadResult> streams = new ArrayList<>();
        for (Path p : paths) {
            if (p.toString().equals("-")) {
                if (streams.isEmpty()) {
                    streams.add(new TextFileReader(maxSize).read(stdin, "stdin"));
                }
            } else {
                files.add(p);
            }
        }
        if (streams.isEmpty() && nothingToRead(files, err)) {
            return ExitCodes.FAILED;
        }
        int n = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        IngestSummary summary;
        try (KnowledgeStore kg = KnowledgeStore.open(store.path(), Optional.ofNullable(base))) {
            if (link != null) {
                kg.setFlag(Vocab.LINK_ENTITIES, link, true);
            }
            // Loaded when the first input needs annotating: a rerun over stored inputs skips the models.
            Supplier<NlpPipeline> nlp = () -> {
                err.println("Loading CoreNLP models ...");
                err.flush();
                return NlpPipeline.shared(NlpPipeline.Tokenization.NEWS_TEXT);
            };
            Ingestor ingestor = new Ingestor(Readers.standard(maxSize, mapping), new Cleaner(), nlp, new FactExtractor(), kg,
                    new IngestSettings(n, batch, reannotate, budget, followLinks, limit));
            IngestProgress progress = new IngestProgress(err, System.console() != null, Duration.ofSeconds(progressInterval));
            IngestListener listener = progress;
            NotKeptLog log = null;
            PrintWriter logOut = null;
            if (notKept != null) {
                try {
                    logOut = new PrintWriter(Files.newBufferedWriter(notKept, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    err.println("ingest: --not-kept " + notKept + ": " + e.getMessage());
                    return ExitCodes.USAGE;
                }
                log = new NotKeptLog(logOut, listener);
                listener = log;
            }
            // Ctrl-C ends the JVM; what was committed stays, and a rerun skips it: say both.
            Thread onInterrupt = new Thread(() -> {
                err.println();
                err.println("ingest: interrupted: " + progress.articlesStored() + " article(s) stored in " + kg.location()
                        + "; run the same command again to finish the job (stored inputs are not annotated again)");
                err.flush();
            }, "newskg-interrupted");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try {
                summary = ingestor.ingest(files, given, streams, listener);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(onInterrupt);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs
                }
                if (logOut != null) {
                    logOut.close();
                }
            }
            out.print(summary.render());
            if (log != null) {
                out.println("  names not kept as entities: " + log.count() + " (listed in " + notKept + ")");
            }
            if (limit > 0) {
                out.println("  (at most " + limit + " article(s) taken from the inputs: --limit)");
            }
            out.println("Store: " + kg.location() + " (" + kg.articleCount() + " articles)");
        }
        return exitCode(summary);
    }

    /**
     * Whether the paths hold no file to read: then the problems found and a warning are printed, and
     * no store is created (an empty store would only hide the mistake).
     */
    private boolean nothingToRead(List<Path> files, PrintWriter err) {
        List<Issue> found = new ArrayList<>();
        if (!InputFiles.expand(files, followLinks, found::add).isEmpty()) {
            return false;
        }
        found.forEach(err::println);
        err.println("WARNING  ingest: no article files to read in " + Printable.escape(files.toString())
                + (KnowledgeStore.isStore(store.path()) ? "" : "; no store created") + " (exit status 1)");
        return true;
    }

    static int exitCode(IngestSummary summary) {
        if (summary.errors() == 0) {
            return ExitCodes.OK;
        }
        return summary.stored() + summary.duplicates() > 0 ? ExitCodes.PARTIAL : ExitCodes.FAILED;
    }
}
