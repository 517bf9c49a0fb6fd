package org.newskg.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newskg.clean.Cleaner;
import org.newskg.core.Issue;
import org.newskg.extract.FactExtractor;
import org.newskg.nlp.NlpPipeline;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.IngestSummary;
import org.newskg.pipeline.Ingestor;
import org.newskg.source.RawArticle;
import org.newskg.source.ReadResult;
import org.newskg.source.Readers;
import org.newskg.source.TextFileReader;
import org.newskg.store.KnowledgeStore;

/**
 * Measures, in this JVM, how fast CoreNLP alone annotates a fixed set of texts and how fast the
 * real ingest turns the same files into a TDB2 store, with the same number of workers. Models load
 * once (CoreNLP pools annotators with the same settings, so both phases share them) and both phases
 * warm up on articles that are not counted before anything is timed.
 */
public final class PipelineBenchmark {
    public static final String BARE = "bare CoreNLP";
    public static final String END_TO_END = "end to end";

    private static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;
    private static final Map<Path, Thread> CLEANUP = new ConcurrentHashMap<>();

    private final CorpusSelection selection;
    private final int workers;
    private final Optional<Path> store;
    private final long maxBytes;
    private final Consumer<String> log;

    /**
     * @param store where the end-to-end phase writes; empty for a temporary store, deleted afterwards
     * @param log   progress and issues, one line each
     */
    public PipelineBenchmark(CorpusSelection selection, int workers, Optional<Path> store, long maxBytes,
            Consumer<String> log) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        this.selection = Objects.requireNonNull(selection, "selection");
        this.workers = workers;
        this.store = Objects.requireNonNull(store, "store");
        this.maxBytes = maxBytes;
        this.log = Objects.requireNonNull(log, "log");
    }

    public BenchmarkReport run(String corpusName) {
        log.accept("Loading CoreNLP models ...");
        long t0 = System.nanoTime();
        NlpPipeline nlp = NlpPipeline.shared(NlpPipeline.Tokenization.NEWS_TEXT);
        long t1 = System.nanoTime();
        StanfordCoreNLP bare = new StanfordCoreNLP(NlpPipeline.properties(NlpPipeline.Tokenization.NEWS_TEXT));
        // The second pipeline takes its annotators from CoreNLP's pool: near zero when models are shared.
        log.accept(String.format(Locale.ROOT, "Models loaded in %.1f s (bare pipeline: %.1f s more)",
                (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9));

        // Read outside the timing: the bare phase measures annotation, not the disk.
        List<String> texts = new ArrayList<>();
        int unreadable = readTexts(selection.measured(), texts);
        List<String> warmTexts = new ArrayList<>();
        readTexts(selection.warmup(), warmTexts);

        try (MemoryProbe probe = new MemoryProbe()) {
            if (!selection.warmup().isEmpty()) {
                log.accept("Warming up on " + selection.warmup().size() + " article(s) per phase ...");
                annotateAll(bare, warmTexts, "warm-up " + BARE);
                ingestWarmup(nlp);
            }
            BenchmarkReport.Baseline models = probe.baseline();

            log.accept("Measuring " + BARE + " on " + texts.size() + " article(s), " + workers + " worker(s) ...");
            probe.start();
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            Counts counts = annotateAll(bare, texts, BARE);
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            PhaseResult barePhase = new PhaseResult(BARE, counts.articles(), counts.tokens(),
                    counts.failed() + unreadable, wall, cpuSince(cpu), probe.stop());

            log.accept("Measuring " + END_TO_END + " on " + selection.measured().size() + " file(s), "
                    + workers + " worker(s) ...");
            PhaseResult e2e = endToEnd(nlp, probe);
            return new BenchmarkReport(corpusName, workers, selection.warmup().size(), environment(), models,
                    barePhase, e2e);
        }
    }

    private int readTexts(List<Path> files, List<String> into) {
        TextFileReader reader = new TextFileReader(maxBytes);
        int failed = 0;
        for (Path f : files) {
            ReadResult r = reader.read(f);
            if (r.articles().isEmpty()) {
                failed++;
                r.issues().forEach(i -> log.accept(i.toString()));
            }
            r.articles().stream().map(RawArticle::text).forEach(into::add);
        }
        return failed;
    }

    private record Counts(int articles, long tokens, int failed) {}

    /** Annotates every text on the workers, all sharing one pipeline. */
    private Counts annotateAll(StanfordCoreNLP pipeline, List<String> texts, String phase) {
        ExecutorService pool = pool();
        try {
            List<Future<Integer>> pending = new ArrayList<>();
            for (String text : texts) {
                pending.add(pool.submit(() -> {
                    Annotation doc = new Annotation(text);
                    pipeline.annotate(doc);
                    return doc.get(CoreAnnotations.TokensAnnotation.class).size();
                }));
            }
            int articles = 0;
            long tokens = 0;
            int failed = 0;
            Progress progress = new Progress(phase, texts.size());
            for (Future<Integer> f : pending) {
                try {
                    tokens += f.get();
                    articles++;
                } catch (ExecutionException e) {
                    failed++;
                    log.accept("ERROR  " + phase + ": annotation failed: " + e.getCause());
                }
                progress.step();
            }
            return new Counts(articles, tokens, failed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void ingestWarmup(NlpPipeline nlp) {
        Path dir = tempStore();
        try {
            try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
                ingestor(nlp, kg).ingest(selection.warmup(), IngestListener.NONE);
            }
        } finally {
            deleteTemp(dir);
        }
    }

    private PhaseResult endToEnd(NlpPipeline nlp, MemoryProbe probe) {
        Path dir = store.orElseGet(PipelineBenchmark::tempStore);
        try {
            IngestSummary summary;
            Counting counting = new Counting(new Progress(END_TO_END, selection.measured().size()));
            Duration wall;
            Optional<Duration> cpu;
            Memory memory;
            try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
                Ingestor ingestor = ingestor(nlp, kg);
                probe.start();
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                summary = ingestor.ingest(selection.measured(), counting);
                wall = Duration.ofNanos(System.nanoTime() - start);
                cpu = cpuSince(cpuStart);
                memory = probe.stop();
            }
            // Articles that went through CoreNLP, as in the bare phase; on a fresh store all are written.
            return new PhaseResult(END_TO_END, counting.articles, counting.tokens,
                    (int) summary.errors(), wall, cpu, memory);
        } finally {
            if (store.isEmpty()) {
                deleteTemp(dir);
            }
        }
    }

    private Ingestor ingestor(NlpPipeline nlp, KnowledgeStore kg) {
        return new Ingestor(Readers.standard(maxBytes), new Cleaner(), nlp, new FactExtractor(), kg, workers);
    }

    private ExecutorService pool() {
        return Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "newskg-bench");
            t.setDaemon(true);
            return t;
        });
    }

    /** CPU time of this process so far, or -1 where the JVM does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static Optional<Duration> cpuSince(long start) {
        long now = processCpuNanos();
        return start < 0 || now < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(now - start));
    }

    private static String environment() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "JVM: %s %s, %d processor(s), max heap %d MB",
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                rt.availableProcessors(), rt.maxMemory() / (1024 * 1024));
    }

    /** A new temporary store folder, deleted at exit too in case the run is interrupted (Ctrl-C). */
    private static Path tempStore() {
        Path dir;
        try {
            dir = Files.createTempDirectory("newskg-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary store", e);
        }
        Thread hook = new Thread(() -> {
            try {
                deleteTree(dir);
            } catch (UncheckedIOException ignored) {
                // The JVM is going down: nothing more to do.
            }
        }, "newskg-bench-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        CLEANUP.put(dir, hook);
        return dir;
    }

    private static void deleteTemp(Path dir) {
        deleteTree(dir);
        Thread hook = CLEANUP.remove(dir);
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Already exiting: the hook runs and finds nothing to delete.
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete temporary store " + dir, e);
        }
    }

    /** A progress line every few seconds and at the end. */
    private final class Progress {
        private final String phase;
        private final int total;
        private int done;
        private long last = System.nanoTime();

        Progress(String phase, int total) {
            this.phase = phase;
            this.total = total;
        }

        void step() {
            done++;
            if (done == total || System.nanoTime() - last > PROGRESS_EVERY_NANOS) {
                log.accept(phase + ": " + done + "/" + total);
                last = System.nanoTime();
            }
        }
    }

    /** Counts the tokens the ingest annotated and passes on its progress and issues. */
    private final class Counting implements IngestListener {
        private final Progress progress;
        int articles;
        long tokens;

        Counting(Progress progress) {
            this.progress = progress;
        }

        @Override
        public void annotated(String source, int tokens) {
            articles++;
            this.tokens += tokens;
        }

        @Override
        public void fileDone(String source) {
            progress.step();
        }

        @Override
        public void issue(Issue issue) {
            log.accept(issue.toString());
        }
    }
}
