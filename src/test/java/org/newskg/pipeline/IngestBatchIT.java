package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.clean.Cleaner;
import org.newskg.core.Issue;
import org.newskg.extract.FactExtractor;
import org.newskg.nlp.NlpPipeline;
import org.newskg.rdf.Vocab;
import org.newskg.source.Manifest;
import org.newskg.source.Readers;
import org.newskg.store.KnowledgeStore;
import org.newskg.rdf.Sources;

/**
 * Ingest with real CoreNLP and TDB2, watched through its listener: articles are committed in
 * batches and counted as stored only once committed; a duplicate inside one batch is found as
 * across batches; a second ingest of the same inputs annotates nothing, a changed input alone is
 * annotated again and replaces its graph, and {@code reannotate} annotates everything again to
 * the same quads.
 */
class IngestBatchIT {
    @TempDir
    static Path tmp;

    private static Path in;
    private static int articles;

    @BeforeAll
    static void articlesWrittenForTheTests() throws Exception {
        in = tmp.resolve("in");
        Files.createDirectories(in);
        for (String folder : List.of("src/test/resources/articles", "src/test/resources/statements")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    Files.copy(f, in.resolve(f.getFileName()));
                }
            }
        }
        try (Stream<Path> files = Files.list(in)) {
            articles = (int) files.count();
        }
    }

    /** What the listener saw: the articles annotated, and what each commit said was stored, with the store's count then. */
    private static final class Watch implements IngestListener {
        final KnowledgeStore store;
        final List<String> annotated = new ArrayList<>();
        final List<Integer> commits = new ArrayList<>();
        final List<Issue> issues = new ArrayList<>();
        int stored;
        final List<String> claimsBeyondTheStore = new ArrayList<>();

        Watch(KnowledgeStore store) {
            this.store = store;
        }

        @Override
        public void annotated(String source, int tokens) {
            annotated.add(source);
        }

        @Override
        public void stored(int n) {
            commits.add(n);
            stored += n;
            // Outside any transaction: what another reader sees, so only what is committed.
            if (store.articleCount() < stored) {
                claimsBeyondTheStore.add(stored + " claimed, " + store.articleCount() + " in the store");
            }
        }

        @Override
        public void issue(Issue issue) {
            issues.add(issue);
        }
    }

    private static IngestSummary ingest(KnowledgeStore kg, Watch watch, WriteBatch batch, boolean reannotate, Manifest manifest) {
        return ingest(kg, watch, batch, reannotate, manifest, IngestBatchIT::corenlp);
    }

    private static IngestSummary ingest(KnowledgeStore kg, Watch watch, WriteBatch batch, boolean reannotate, Manifest manifest,
            Supplier<NlpPipeline> nlp) {
        Ingestor ingestor = new Ingestor(Readers.standard(1_000_000), new Cleaner(), nlp,
                new FactExtractor(), kg, 2, batch, reannotate);
        return ingestor.ingest(List.of(in), manifest, List.of(), watch);
    }

    private static NlpPipeline corenlp() {
        return NlpPipeline.shared(NlpPipeline.Tokenization.NEWS_TEXT);
    }

    private static Set<Quad> quads(KnowledgeStore kg) {
        return kg.read(ds -> ds.asDatasetGraph().stream().collect(Collectors.toSet()));
    }

    @Test
    void articlesAreStoredInBatchesAndCountedOnlyOnceCommitted() {
        try (KnowledgeStore kg = KnowledgeStore.open(tmp.resolve("batches"), Optional.empty())) {
            Watch watch = new Watch(kg);
            // No time limit within the test's reach: the count alone decides.
            IngestSummary s = ingest(kg, watch, new WriteBatch(3, Duration.ofHours(1)), false, Manifest.NONE);
            assertEquals(articles, s.added(), s.render());
            assertEquals(articles, watch.annotated.size());
            List<Integer> expected = new ArrayList<>();
            for (int left = articles; left > 0; left -= 3) {
                expected.add(Math.min(3, left));
            }
            assertEquals(expected, watch.commits, "three articles a transaction, the rest at the end");
            assertEquals(List.of(), watch.claimsBeyondTheStore);

            // A batch whose time is up at once commits each article on its own, however large it may
            // grow; the same inputs one transaction per article give the same quads.
            try (KnowledgeStore single = KnowledgeStore.open(tmp.resolve("single"), Optional.empty())) {
                Watch one = new Watch(single);
                ingest(single, one, new WriteBatch(100, Duration.ZERO), false, Manifest.NONE);
                assertEquals(Collections.nCopies(articles, 1), one.commits);
                assertEquals(quads(kg), quads(single));
            }
        }
    }

    @Test
    void aDuplicateInsideOneBatchIsStoredOnce() throws Exception {
        // One input with a URL (from a manifest), a copy of its text without one: the run keys them
        // apart, so the store finds the copy, inside the batch where the first was written.
        Path original = in.resolve("north-wire.txt");
        Path copies = tmp.resolve("copies");
        Files.createDirectories(copies);
        Path withUrl = Files.copy(original, copies.resolve("a-with-url.txt"));
        Path copy = Files.copy(original, copies.resolve("b-copy.txt"));
        Path manifestFile = Files.writeString(copies.resolve("manifest.csv"),
                "path,url\n" + withUrl.getFileName() + ",https://wire.example/harbour\n");
        try (KnowledgeStore kg = KnowledgeStore.open(tmp.resolve("duplicates"), Optional.empty())) {
            Watch watch = new Watch(kg);
            Ingestor ingestor = new Ingestor(Readers.standard(1_000_000), new Cleaner(),
                    IngestBatchIT::corenlp, new FactExtractor(), kg, 2,
                    new WriteBatch(10, Duration.ofHours(1)), false);
            IngestSummary s = ingestor.ingest(List.of(withUrl, copy), Manifest.read(manifestFile), List.of(), watch);
            assertEquals(List.of(2), watch.commits, "one transaction");
            assertEquals(1, s.added(), s.render());
            assertEquals(1, s.duplicates(), s.render());
            assertEquals(1, kg.articleCount());
            assertTrue(watch.issues.stream().anyMatch(i -> i.source().equals(copy.toString())
                    && i.reason().equals("duplicate: the same article is stored from " + withUrl.getFileName())), watch.issues.toString());
        }
    }

    @Test
    void aSecondIngestAnnotatesOnlyWhatChanged() throws Exception {
        try (KnowledgeStore kg = KnowledgeStore.open(tmp.resolve("again"), Optional.empty())) {
            ingest(kg, new Watch(kg), WriteBatch.DEFAULT, false, Manifest.NONE);
            Set<Quad> first = quads(kg);

            Watch again = new Watch(kg);
            IngestSummary s = ingest(kg, again, WriteBatch.DEFAULT, false, Manifest.NONE, () -> {
                throw new AssertionError("CoreNLP asked for although every input is stored");
            });
            assertEquals(List.of(), again.annotated, "nothing annotated again");
            assertEquals(articles, s.unchanged(), s.render());
            assertTrue(s.render().contains("extracted: nothing new in this run"), s.render());
            assertEquals(articles, again.stored);
            assertEquals(first, quads(kg));

            Path changed = in.resolve("coastal-times.txt");
            String before = Files.readString(changed);
            try {
                Files.writeString(changed, before.replace("still needs approval", "still needs the formal approval"));
                Watch third = new Watch(kg);
                IngestSummary r = ingest(kg, third, WriteBatch.DEFAULT, false, Manifest.NONE);
                assertEquals(List.of(changed.toString()), third.annotated, "only the changed input is annotated");
                assertEquals(1, r.replaced(), r.render());
                assertEquals(articles - 1, r.unchanged(), r.render());
                Set<Quad> now = quads(kg);
                assertTrue(now.stream().anyMatch(q -> q.getObject().isLiteral()
                        && q.getObject().getLiteralLexicalForm().contains("still needs the formal approval")), "the new text is stored");
                Set<Node> changedGraphs = first.stream()
                        .filter(q -> q.getPredicate().equals(Vocab.SOURCE_KEY) && q.getObject().getLiteralLexicalForm().equals(Sources.key(changed.toString())))
                        .map(Quad::getGraph).collect(Collectors.toSet());
                Set<Quad> gone = new HashSet<>(first);
                gone.removeAll(now);
                assertTrue(gone.stream().allMatch(q -> q.getGraph().equals(Vocab.CORPUS_GRAPH_NAME) || changedGraphs.contains(q.getGraph())
                                || keptFor(q, changedGraphs)),
                        "only the changed article's graph, its kept records in the settings graph and the corpus graph change: "
                                + gone.stream().filter(q -> !q.getGraph().equals(Vocab.CORPUS_GRAPH_NAME) && !changedGraphs.contains(q.getGraph())
                                        && !keptFor(q, changedGraphs)).limit(5).toList());
            } finally {
                Files.writeString(changed, before);
            }
        }
    }

    @Test
    void reannotateAnnotatesEverythingAndGivesTheSameQuads() {
        try (KnowledgeStore kg = KnowledgeStore.open(tmp.resolve("reannotate"), Optional.empty())) {
            ingest(kg, new Watch(kg), WriteBatch.DEFAULT, false, Manifest.NONE);
            Set<Quad> first = quads(kg);
            Watch forced = new Watch(kg);
            IngestSummary s = ingest(kg, forced, WriteBatch.DEFAULT, true, Manifest.NONE);
            assertEquals(articles, forced.annotated.size());
            assertEquals(articles, s.unchanged(), s.render());
            assertEquals(first, quads(kg));
        }
    }

    /** A quad of the settings graph about one of {@code articles}: its kept records and pages ({@code <article>#...}). */
    static boolean keptFor(Quad q, Set<Node> articles) {
        return q.getGraph().equals(Vocab.STORE_GRAPH) && q.getSubject().isURI()
                && articles.stream().anyMatch(a -> q.getSubject().getURI().startsWith(a.getURI() + "#"));
    }
}
