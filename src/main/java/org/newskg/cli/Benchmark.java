package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newskg.bench.BenchmarkReport;
import org.newskg.bench.CorpusSelection;
import org.newskg.bench.PipelineBenchmark;
import org.newskg.source.TextFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg benchmark}: articles per second and peak memory, end to end against CoreNLP alone. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {
            "Measures ingest speed and memory on the first files of a corpus (name order, folders recursively).",
            "In one JVM, after loading the models once and warming up on articles not counted, it times",
            "  1. bare CoreNLP: the same annotators as ingest on the raw texts, nothing else;",
            "  2. end to end: the real ingest (clean, annotate, extract, RDF, TDB2) into a fresh store,",
            "both with the same number of workers, and prints articles/s, tokens/s and peak memory of each.",
            "README/LICENSE files in the corpus are skipped. The temporary store is deleted afterwards."
        })
public final class Benchmark implements Callable<Integer> {
    /** Output formats. */
    public enum Format { text, csv }

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Corpus folder of article files.")
    Path corpus;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Files measured, the first N in name order; 0 means all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "0",
            description = "Articles annotated at once, in both phases; 0 means one per core (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "10",
            description = "Articles annotated per phase before timing starts, not counted (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store for the end-to-end phase, kept afterwards (default: a temporary store, deleted).")
    Path store;

    @Option(names = "--format", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("no such corpus folder: " + corpus);
        }
        if (workers < 0) {
            throw new IllegalArgumentException("--workers must be 0 (one per core) or more: " + workers);
        }
        int n = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        CorpusSelection selection = CorpusSelection.of(corpus, limit, warmup, issue -> {
            err.println(issue);
            err.flush();
        });
        PipelineBenchmark benchmark = new PipelineBenchmark(selection, n, Optional.ofNullable(store),
                TextFileReader.DEFAULT_MAX_BYTES, line -> {
                    err.println(line);
                    err.flush();
                });
        BenchmarkReport report = benchmark.run(corpus.toString());
        out.print(format == Format.csv ? report.renderCsv() : report.render());
        out.flush();
        boolean measured = report.bare().articles() > 0 && report.endToEnd().articles() > 0;
        return measured ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
