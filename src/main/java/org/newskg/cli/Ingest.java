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
import org.newskg.extract.FactExtractor;
import org.newskg.nlp.NlpPipeline;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.Ingestor;
import org.newskg.pipeline.WriteBatch;
import org.newskg.source.FieldMapping;
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
            description = {"Link people and organisations to Wikipedia/DBpedia with CoreNLP's WikiDict (offline;",
                "adds about 30 s to each rebuild of the corpus graph here). The store remembers the choice;",
                "--no-link turns it off again."})
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
        int n = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        IngestSummary summary;
        try (KnowledgeStore kg = KnowledgeStore.open(store.path(), Optional.ofNullable(base))) {
            if (link != null) {
                kg.setFlag(Vocab.LINK_ENTITIES, link);
            }
            // Loaded when the first input needs annotating: a rerun over stored inputs skips the models.
            Supplier<NlpPipeline> nlp = () -> {
                err.println("Loading CoreNLP models ...");
                err.flush();
                return NlpPipeline.shared(NlpPipeline.Tokenization.NEWS_TEXT);
            };
            Ingestor ingestor = new Ingestor(Readers.standard(maxSize, mapping), new Cleaner(), nlp, new FactExtractor(), kg, n, batch, reannotate);
            IngestListener listener = new IngestProgress(err, System.console() != null, Duration.ofSeconds(progressInterval));
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
            try {
                summary = ingestor.ingest(files, given, streams, listener);
            } finally {
                if (logOut != null) {
                    logOut.close();
                }
            }
            out.print(summary.render());
            if (log != null) {
                out.println("  names not kept as entities: " + log.count() + " (listed in " + notKept + ")");
            }
            out.println("Store: " + kg.location() + " (" + kg.articleCount() + " articles)");
        }
        return exitCode(summary);
    }

    static int exitCode(IngestSummary summary) {
        if (summary.errors() == 0) {
            return ExitCodes.OK;
        }
        return summary.stored() + summary.duplicates() > 0 ? ExitCodes.PARTIAL : ExitCodes.FAILED;
    }
}
