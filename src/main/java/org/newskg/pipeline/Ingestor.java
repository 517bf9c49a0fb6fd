package org.newskg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newskg.clean.CleanArticle;
import org.newskg.clean.Cleaner;
import org.newskg.core.Issue;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityExtractor;
import org.newskg.nlp.NlpPipeline;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.Iris;
import org.newskg.source.InputFiles;
import org.newskg.source.RawArticle;
import org.newskg.source.ReadResult;
import org.newskg.source.TextFileReader;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.WriteOutcome;

/**
 * Runs the pipeline source -> clean -> annotate -> extract -> rdf -> store over a batch of inputs.
 * Annotation, the costly part, runs on several workers sharing one CoreNLP pipeline; results are
 * written in input order by the calling thread, so a run gives the same store whatever the timing.
 * A bad input becomes an issue and the batch goes on; each article is committed on its own.
 */
public final class Ingestor {
    private final TextFileReader reader;
    private final Cleaner cleaner;
    private final NlpPipeline nlp;
    private final EntityExtractor extractor;
    private final KnowledgeStore store;
    private final int workers;

    public Ingestor(TextFileReader reader, Cleaner cleaner, NlpPipeline nlp, EntityExtractor extractor,
            KnowledgeStore store, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        this.reader = reader;
        this.cleaner = cleaner;
        this.nlp = nlp;
        this.extractor = extractor;
        this.store = store;
        this.workers = workers;
    }

    /** What one article became before the store: its graph, or the issue that stopped it. */
    private record Prepared(RawArticle raw, ArticleGraph graph, ArticleFacts facts, Issue issue) {}

    public IngestSummary ingest(List<Path> inputs, IngestListener listener) {
        long start = System.nanoTime();
        List<Issue> issues = new ArrayList<>();
        Counts counts = new Counts();
        List<Path> files = InputFiles.expand(inputs, i -> report(i, issues, listener));
        listener.started(files.size());

        ArticleMapper mapper = new ArticleMapper(store.iris());
        Set<String> seenThisRun = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "newskg-annotate");
            t.setDaemon(true);
            return t;
        });
        try {
            // A window of a few articles per worker keeps every core busy and memory bounded.
            Deque<Future<List<Prepared>>> window = new ArrayDeque<>();
            for (Path file : files) {
                ReadResult read = reader.read(file);
                read.issues().forEach(i -> report(i, issues, listener));
                List<RawArticle> fresh = new ArrayList<>();
                for (RawArticle raw : read.articles()) {
                    String key = articleKey(raw);
                    if (!seenThisRun.add(key)) {
                        counts.duplicates++;
                        report(Issue.warning(raw.source(), "store", "duplicate: the same article appears earlier in this run"),
                                issues, listener);
                    } else {
                        fresh.add(raw);
                    }
                }
                window.add(pool.submit(() -> fresh.stream().map(raw -> prepare(raw, mapper)).toList()));
                while (window.size() > workers * 2) {
                    store(window.removeFirst(), counts, issues, listener);
                }
            }
            while (!window.isEmpty()) {
                store(window.removeFirst(), counts, issues, listener);
            }
        } finally {
            pool.shutdownNow();
        }
        IngestSummary summary = new IngestSummary(files.size(), counts.added, counts.replaced, counts.duplicates,
                counts.entities, counts.mentions, issues, Duration.ofNanos(System.nanoTime() - start));
        listener.finished(summary);
        return summary;
    }

    private Prepared prepare(RawArticle raw, ArticleMapper mapper) {
        String stage = "clean";
        try {
            CleanArticle clean = cleaner.clean(raw);
            if (clean.text().isBlank()) {
                return new Prepared(raw, null, null,
                        Issue.error(raw.source(), stage, "no article text left after removing page boilerplate"));
            }
            stage = "annotate";
            var annotated = nlp.annotate(clean);
            stage = "extract";
            ArticleFacts facts = extractor.extract(annotated);
            stage = "rdf";
            return new Prepared(raw, mapper.map(articleKey(raw), facts), facts, null);
        } catch (RuntimeException | StackOverflowError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Prepared(raw, null, null, Issue.error(raw.source(), stage, "failed: " + why));
        }
    }

    private void store(Future<List<Prepared>> pending, Counts counts, List<Issue> issues, IngestListener listener) {
        List<Prepared> prepared;
        try {
            prepared = pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("annotation worker failed", e.getCause());
        }
        for (Prepared p : prepared) {
            if (p.issue() != null) {
                report(p.issue(), issues, listener);
                continue;
            }
            WriteOutcome outcome = store.write(p.graph());
            switch (outcome) {
                case ADDED -> counts.added++;
                case REPLACED -> counts.replaced++;
                case DUPLICATE -> {
                    counts.duplicates++;
                    report(Issue.warning(p.raw().source(), "store", "duplicate: the same article is stored from "
                            + store.sourceOf(p.graph().name()).orElse("another source")), issues, listener);
                }
            }
            if (outcome != WriteOutcome.DUPLICATE) {
                for (Entity e : p.facts().entities()) {
                    counts.entities.merge(e.type().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                    counts.mentions += e.mentions().size();
                }
            }
        }
        listener.fileDone(prepared.isEmpty() ? "" : prepared.get(0).raw().source());
    }

    private static String articleKey(RawArticle raw) {
        return Iris.articleKey(raw.hints().url().orElse(null), raw.text());
    }

    private static void report(Issue issue, List<Issue> issues, IngestListener listener) {
        issues.add(issue);
        listener.issue(issue);
    }

    private static final class Counts {
        int added;
        int replaced;
        int duplicates;
        int mentions;
        final Map<String, Integer> entities = new HashMap<>();
    }
}
