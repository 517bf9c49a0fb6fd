package org.newskg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.Cleaner;
import org.newskg.core.Issue;
import org.newskg.extract.Entity;
import org.newskg.extract.FactExtractor;
import org.newskg.nlp.NlpPipeline;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.Iris;
import org.newskg.source.InputFiles;
import org.newskg.source.Manifest;
import org.newskg.source.ReadResult;
import org.newskg.source.RawArticle;
import org.newskg.source.ArticleSink;
import org.newskg.source.Readers;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.WriteOutcome;

/**
 * Runs the pipeline source -> clean -> annotate -> extract -> rdf -> store over a batch of inputs.
 * Annotation, the costly part, runs on several workers sharing one CoreNLP pipeline; results are
 * written in input order by the calling thread, so a run gives the same store whatever the timing.
 * A bad input becomes an issue and the batch goes on. Articles are committed a few at a time (see
 * {@link WriteBatch}), and counted and reported as stored only once committed. An input whose
 * source and {@link InputFingerprint} the store already holds is counted unchanged without being
 * annotated again, unless re-annotation is forced. No one article can stop the run: its text is cut
 * to the {@link ArticleBudget}, its annotation abandoned when it runs past the budget's time, and a
 * failure of any kind in it (an {@link OutOfMemoryError} too) is that article's issue.
 */
public final class Ingestor {
    private final Readers readers;
    private final ArticlePreparer preparer;
    private final Supplier<NlpPipeline> nlp;
    private final KnowledgeStore store;
    private final int workers;
    private final WriteBatch batch;
    private final boolean reannotate;
    private final ArticleBudget budget;
    private final boolean followLinks;
    private final int limit;

    public Ingestor(Readers readers, Cleaner cleaner, NlpPipeline nlp, FactExtractor extractor,
            KnowledgeStore store, int workers) {
        this(readers, cleaner, () -> nlp, extractor, store, workers, WriteBatch.DEFAULT, false);
    }

    /**
     * @param nlp        the CoreNLP pipeline, asked for when the first input needs annotating (a
     *                   rerun over stored inputs need not load the models at all)
     * @param batch      how many articles go into one store transaction
     * @param reannotate annotate every input, also those whose graph the store holds already
     */
    public Ingestor(Readers readers, Cleaner cleaner, Supplier<NlpPipeline> nlp, FactExtractor extractor,
            KnowledgeStore store, int workers, WriteBatch batch, boolean reannotate) {
        this(readers, cleaner, nlp, extractor, store, new IngestSettings(workers, batch, reannotate, ArticleBudget.DEFAULT, false, 0));
    }

    /** @param nlp the CoreNLP pipeline, asked for when the first input needs annotating */
    public Ingestor(Readers readers, Cleaner cleaner, Supplier<NlpPipeline> nlp, FactExtractor extractor,
            KnowledgeStore store, IngestSettings settings) {
        this.readers = readers;
        this.preparer = new ArticlePreparer(cleaner, extractor);
        this.nlp = nlp;
        this.store = store;
        this.workers = settings.workers();
        this.batch = settings.batch();
        this.reannotate = settings.reannotate();
        this.budget = settings.budget();
        this.followLinks = settings.followLinks();
        this.limit = settings.limit();
    }

    /** An article on a worker: its result to come, and when a worker took it up (0 until then). */
    private record InFlight(RawArticle raw, Future<PreparedArticle> result, AtomicLong startedAt, AtomicBoolean abandoned) {}

    public IngestSummary ingest(List<Path> inputs, IngestListener listener) {
        return ingest(inputs, Manifest.NONE, List.of(), listener);
    }

    /**
     * Ingests the given inputs, with the hints a manifest gives for some of the files (they win
     * over what a file states), and articles already read from elsewhere (standard input), first.
     */
    public IngestSummary ingest(List<Path> inputs, Manifest manifest, List<ReadResult> streams, IngestListener listener) {
        long start = System.nanoTime();
        Run run = new Run(listener);
        manifest.issues().forEach(run::report);
        List<Path> files = InputFiles.expand(inputs, followLinks, run::report);
        List<Issue> unmatched = new ArrayList<>();
        Map<Path, ArticleMetadata> given = manifest.match(files, unmatched);
        unmatched.forEach(run::report);
        listener.started(files.size() + streams.size());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "newskg-annotate");
            t.setDaemon(true);
            return t;
        });
        run.pool = pool;
        try {
            for (ReadResult stream : streams) {
                stream.issues().forEach(run::report);
                stream.articles().forEach(run::submit);
                run.inputsRead++;
                listener.fileDone(stream.articles().isEmpty() ? "stdin" : stream.articles().get(0).source());
            }
            for (Path file : files) {
                if (run.full()) {
                    break;
                }
                ArticleMetadata hints = given.get(file);
                if (hints != null && !readers.readerFor(file).oneArticlePerFile()) {
                    // One row for a file of many articles would give them all one URL and title.
                    run.report(Issue.warning(file.toString(), "source",
                            "the manifest's metadata is for one-article files (text, HTML); not used for this "
                                    + readers.readerFor(file).name() + " file"));
                    hints = null;
                }
                ArticleMetadata fileHints = hints;
                try {
                    readers.read(file, new ArticleSink() {
                        @Override
                        public void article(RawArticle raw) {
                            run.submit(fileHints == null ? raw
                                    : new RawArticle(raw.source(), raw.text(), fileHints.orElse(raw.hints())));
                        }

                        @Override
                        public void issue(Issue issue) {
                            run.report(issue);
                        }
                    });
                } catch (OutOfMemoryError e) {
                    // The reader's buffers are gone with its stack; the articles read before stay in the run.
                    run.report(Issue.error(file.toString(), "source", "out of memory while reading: " + ArticlePreparer.MORE_MEMORY));
                }
                run.inputsRead++;
                listener.fileDone(file.toString());
            }
            run.drain(0);
            run.commit();
        } finally {
            pool.shutdownNow();
        }
        // What combines articles is recomputed once per run, after the last article is committed,
        // and only when articles changed (also in an earlier run killed before this point).
        if (store.isCorpusStale()) {
            listener.rebuilding();
        }
        int statements = CorpusRebuild.update(store).statements();
        store.compactIfGrown(KnowledgeStore.COMPACT_FACTOR).ifPresent(listener::compacted);
        IngestSummary summary = new IngestSummary(run.inputsRead, run.added, run.replaced, run.unchanged, run.duplicates,
                run.entities, run.mentions, run.reports, statements, run.issues, Duration.ofNanos(System.nanoTime() - start),
                run.otherLanguages);
        listener.finished(summary);
        return summary;
    }

    /** The state of one ingest run: articles in flight, counts and issues. */
    private final class Run {
        final IngestListener listener;
        final ArticleMapper mapper = new ArticleMapper(store.iris());
        /** The source of the first article of this run with each IRI key and each text. */
        final Map<String, String> seen = new HashMap<>();
        // A window of a few articles per worker keeps every core busy and memory bounded.
        final Deque<InFlight> window = new ArrayDeque<>();
        /** Articles ready for the store, not yet committed, and when the first of them must be. */
        final List<PreparedArticle> uncommitted = new ArrayList<>();
        long commitBy;
        NlpPipeline annotator;
        /** The annotation workers. */
        ThreadPoolExecutor pool;
        final List<Issue> issues = new ArrayList<>();
        final Map<String, Integer> entities = new HashMap<>();
        /** Articles stored without English annotation, by language. */
        final Map<String, Integer> otherLanguages = new HashMap<>();
        int added;
        int replaced;
        int unchanged;
        int duplicates;
        int mentions;
        int reports;
        /** Articles taken from the inputs, for the limit. */
        int taken;
        int inputsRead;

        Run(IngestListener listener) {
            this.listener = listener;
        }

        /** Whether the run has taken as many articles as it may. */
        boolean full() {
            return limit > 0 && taken >= limit;
        }

        void report(Issue issue) {
            issues.add(issue);
            listener.issue(issue);
        }

        void submit(RawArticle whole) {
            if (full()) {
                return;
            }
            taken++;
            RawArticle raw = withinBudget(whole);
            // The same URL, or exactly the same text, is one article: annotated and stored once.
            // (The same text under two URLs is two outlets' publications, so it is only keyed without a URL.)
            String sameKey = seen.putIfAbsent(articleKey(raw), raw.source());
            String textKey = "text:" + Iris.sha256(raw.text().strip());
            String sameText = raw.hints().url().isPresent() ? seen.get(textKey) : seen.putIfAbsent(textKey, raw.source());
            if (sameKey != null || sameText != null) {
                duplicates++;
                report(Issue.warning(raw.source(), "store", "duplicate: the same article appears earlier in this run ("
                        + (sameKey != null ? sameKey : sameText) + ")"));
                return;
            }
            String fingerprint = InputFingerprint.of(raw);
            if (!reannotate && store.holds(raw.source(), fingerprint)) {
                // Stored from this very input by this release: annotating it again would give the same graph.
                unchanged++;
                listener.stored(1);
                commitIfDue(); // a long run of stored inputs must not hold back the articles before it
                return;
            }
            if (annotator == null) {
                annotator = nlp.get();
            }
            NlpPipeline pipeline = annotator;
            AtomicLong startedAt = new AtomicLong();
            AtomicBoolean abandoned = new AtomicBoolean();
            Future<PreparedArticle> result = pool.submit(() -> {
                startedAt.set(System.nanoTime());
                try {
                    return preparer.prepare(raw, fingerprint, () -> pipeline, mapper);
                } finally {
                    if (abandoned.get()) {
                        resize(pool, -1); // the thread that replaced this one can go when idle
                    }
                }
            });
            window.add(new InFlight(raw, result, startedAt, abandoned));
            drain(workers * 2);
        }

        /** The article, cut to the character budget with a warning when it is longer. */
        private RawArticle withinBudget(RawArticle raw) {
            String text = budget.cut(raw.text());
            if (text.length() == raw.text().length()) {
                return raw;
            }
            report(Issue.warning(raw.source(), "source", String.format(Locale.ROOT,
                    "article too long: %,d characters, more than --max-article-chars %,d; only the first %,d are annotated",
                    raw.text().length(), budget.maxChars(), text.length())));
            return new RawArticle(raw.source(), text, raw.hints());
        }

        /** Takes finished articles, in input order, until at most {@code keep} are in flight. */
        void drain(int keep) {
            while (window.size() > keep) {
                take(nextReady(window.removeFirst()));
            }
        }

        /** Waits for the next article, committing the uncommitted ones first if their time comes. */
        private PreparedArticle nextReady(InFlight pending) {
            if (!uncommitted.isEmpty() && !finishesBy(pending.result(), commitBy)) {
                commit();
            }
            return await(pending);
        }

        /**
         * The article's result, or its issue: a failure on the worker, or its annotation abandoned
         * once it has run longer than the budget. While it runs, the listener hears about it every second.
         */
        private PreparedArticle await(InFlight pending) {
            String source = pending.raw().source();
            while (true) {
                try {
                    return pending.result().get(1, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    long started = pending.startedAt().get();
                    if (started == 0) {
                        continue;
                    }
                    Duration running = Duration.ofNanos(System.nanoTime() - started);
                    if (running.compareTo(budget.maxTime()) >= 0) {
                        return abandon(pending, running);
                    }
                    listener.annotating(source, running);
                } catch (OutOfMemoryError e) {
                    // The heap filled by an article while this thread waited for it: that article's
                    // worker gets the error too and reports it; the run must not end here.
                } catch (ExecutionException e) {
                    return PreparedArticle.failed(pending.raw(), Issue.error(source, "annotate", "failed: " + ArticlePreparer.describe(e.getCause())));
                } catch (CancellationException e) {
                    return PreparedArticle.failed(pending.raw(), Issue.error(source, "annotate", "cancelled"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("ingest interrupted", e);
                }
            }
        }

        /** Interrupts the article's annotation (CoreNLP stops at its next check) and gives the run another worker meanwhile. */
        private PreparedArticle abandon(InFlight pending, Duration running) {
            pending.abandoned().set(true);
            resize(pool, +1);
            pending.result().cancel(true);
            return PreparedArticle.failed(pending.raw(), Issue.error(pending.raw().source(), "annotate", String.format(Locale.ROOT,
                    "annotation abandoned after %d s, the --max-article-seconds budget: not stored (%,d characters)",
                    running.toSeconds(), pending.raw().text().length())));
        }

        private void take(PreparedArticle p) {
            if (p.issue() != null) {
                report(p.issue());
                return;
            }
            listener.annotated(p.raw().source(), p.tokens());
            uncommitted.add(p);
            if (uncommitted.size() == 1) {
                commitBy = System.nanoTime() + batch.maxDelay().toNanos();
            }
            if (uncommitted.size() >= batch.articles()) {
                commit();
            }
            commitIfDue();
        }

        private void commitIfDue() {
            if (!uncommitted.isEmpty() && System.nanoTime() - commitBy >= 0) {
                commit();
            }
        }

        /** Writes the uncommitted articles in one transaction, then counts and reports them. */
        void commit() {
            if (uncommitted.isEmpty()) {
                return;
            }
            List<WriteOutcome> outcomes = store.writeAll(uncommitted.stream().map(PreparedArticle::graph).toList());
            for (int i = 0; i < outcomes.size(); i++) {
                count(uncommitted.get(i), outcomes.get(i));
            }
            listener.stored(uncommitted.size());
            uncommitted.clear();
        }

        private void count(PreparedArticle p, WriteOutcome outcome) {
            switch (outcome) {
                case ADDED -> added++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
                case DUPLICATE -> {
                    duplicates++;
                    report(Issue.warning(p.raw().source(), "store", "duplicate: the same article is stored from "
                            + store.storedCopyOf(p.graph()).orElse("another source")));
                    return;
                }
            }
            if (!p.facts().article().isEnglish()) {
                otherLanguages.merge(p.facts().article().language(), 1, Integer::sum);
            }
            for (Entity e : p.facts().entities()) {
                entities.merge(e.type().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
                mentions += e.mentions().size();
            }
            reports += p.facts().reports().size();
            if (!p.facts().notKept().isEmpty()) {
                listener.notKept(p.raw().source(), p.facts().notKept());
            }
        }
    }

    /** Whether {@code pending} is done by the time {@code deadline} (a {@link System#nanoTime}), waiting until then. */
    private static boolean finishesBy(Future<PreparedArticle> pending, long deadline) {
        try {
            pending.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true; // done; await reports the failure
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
    }

    /** Grows or shrinks the worker pool by one, for an abandoned annotation that may still hold its thread. */
    private static void resize(ThreadPoolExecutor pool, int by) {
        synchronized (pool) {
            if (by > 0) {
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + by);
                pool.setCorePoolSize(pool.getCorePoolSize() + by);
            } else {
                pool.setCorePoolSize(pool.getCorePoolSize() + by);
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + by);
            }
        }
    }

    private static String articleKey(RawArticle raw) {
        return ArticlePreparer.articleKey(raw);
    }

}
