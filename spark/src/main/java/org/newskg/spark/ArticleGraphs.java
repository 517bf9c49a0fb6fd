package org.newskg.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.newskg.clean.Cleaner;
import org.newskg.core.Issue;
import org.newskg.extract.FactExtractor;
import org.newskg.nlp.NlpPipeline;
import org.newskg.pipeline.ArticleBudget;
import org.newskg.pipeline.ArticlePreparer;
import org.newskg.pipeline.InputFingerprint;
import org.newskg.pipeline.PreparedArticle;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.Iris;
import org.newskg.source.ArticleSink;
import org.newskg.source.FieldMapping;
import org.newskg.source.RawArticle;
import org.newskg.source.Readers;

/**
 * One partition of the Spark job: reads its input files, runs clean -> annotate -> extract -> rdf
 * on each article with the same classes as {@code ingest} ({@link Readers}, {@link ArticlePreparer}),
 * and writes the article graphs as {@code part-NNNNN.nq} and the issues as
 * {@code part-NNNNN.issues.jsonl} into the output folder. CoreNLP is loaded once per executor JVM
 * ({@link NlpPipeline#shared}), on the first article that needs it, and shared by the JVM's tasks.
 * A task attempt writes beside the final names and renames when done, so a retried task leaves one copy.
 */
final class ArticleGraphs implements Function2<Integer, Iterator<InputFile>, Iterator<PartSummary>> {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IngestJobSettings settings;
    private final String output;

    ArticleGraphs(IngestJobSettings settings, String output) {
        this.settings = settings;
        this.output = output;
    }

    @Override
    public Iterator<PartSummary> call(Integer partition, Iterator<InputFile> files) throws IOException {
        Configuration conf = new Configuration();
        settings.hadoop().forEach(conf::set);
        String name = String.format(Locale.ROOT, "part-%05d", partition);
        TaskContext task = TaskContext.get();
        String attempt = task == null ? "0" : Long.toString(task.taskAttemptId());
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(output);
        FileSystem fs = dir.getFileSystem(conf);
        org.apache.hadoop.fs.Path quads = new org.apache.hadoop.fs.Path(dir, name + ".nq");
        org.apache.hadoop.fs.Path issues = new org.apache.hadoop.fs.Path(dir, name + ".issues.jsonl");
        org.apache.hadoop.fs.Path quadsTmp = new org.apache.hadoop.fs.Path(dir, "." + name + ".nq." + attempt);
        org.apache.hadoop.fs.Path issuesTmp = new org.apache.hadoop.fs.Path(dir, "." + name + ".issues.jsonl." + attempt);
        PartSummary summary;
        try (OutputStream q = new BufferedOutputStream(fs.create(quadsTmp, true));
                OutputStream i = new BufferedOutputStream(fs.create(issuesTmp, true))) {
            summary = new Partition(conf, q, i).run(files);
        }
        fs.delete(quads, false);
        fs.delete(issues, false);
        if (!fs.rename(quadsTmp, quads) || !fs.rename(issuesTmp, issues)) {
            throw new IOException("cannot move " + quadsTmp + " and " + issuesTmp + " into place in " + dir);
        }
        return List.of(summary).iterator();
    }

    /** The work of one task over its files. */
    private final class Partition {
        final Configuration conf;
        final OutputStream quads;
        final OutputStream issues;
        final Readers readers = Readers.standard(settings.maxBytes(), FieldMapping.parse(settings.mapping()));
        final ArticlePreparer preparer = new ArticlePreparer(new Cleaner(), new FactExtractor());
        final ArticleMapper mapper = new ArticleMapper(new Iris(settings.base()));
        final ArticleBudget budget = new ArticleBudget(settings.maxArticleChars(), ArticleBudget.DEFAULT_MAX_TIME);
        /** The source of the first article of this partition with each IRI key and each text. */
        final Map<String, String> seen = new HashMap<>();
        int files;
        int articles;
        int errors;
        int warnings;
        long tokens;
        long nanos;

        Partition(Configuration conf, OutputStream quads, OutputStream issues) {
            this.conf = conf;
            this.quads = quads;
            this.issues = issues;
        }

        PartSummary run(Iterator<InputFile> inputs) throws IOException {
            while (inputs.hasNext()) {
                InputFile file = inputs.next();
                files++;
                List<RawArticle> read = new ArrayList<>();
                List<Issue> found = new ArrayList<>();
                readFile(file, read, found);
                for (Issue issue : found) {
                    issue(issue);
                }
                for (RawArticle raw : read) {
                    article(raw);
                }
            }
            return new PartSummary(files, articles, errors, warnings, tokens, nanos);
        }

        /** Reads a local file in place, a file of another file system from a local copy (the readers read paths). */
        private void readFile(InputFile file, List<RawArticle> read, List<Issue> found) throws IOException {
            ArticleSink sink = collecting(read, found);
            if (file.location().equals(file.source()) && !file.location().contains("://")) {
                readers.read(Path.of(file.location()), sink);
                return;
            }
            Path tmp = Files.createTempDirectory("newskg-spark");
            org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(file.location());
            Path local = tmp.resolve(remote.getName());
            try {
                try (InputStream in = remote.getFileSystem(conf).open(remote)) {
                    Files.copy(in, local);
                }
                List<RawArticle> copies = new ArrayList<>();
                List<Issue> copyIssues = new ArrayList<>();
                readers.read(local, collecting(copies, copyIssues));
                // The articles and issues name the file by its URI, not by the local copy.
                String copy = local.toString();
                copies.forEach(a -> read.add(new RawArticle(renamed(a.source(), copy, file.source()), a.text(), a.hints())));
                copyIssues.forEach(i -> found.add(new Issue(i.severity(), renamed(i.source(), copy, file.source()),
                        i.locator(), i.stage(), i.reason())));
            } finally {
                Files.deleteIfExists(local);
                Files.deleteIfExists(tmp);
            }
        }

        private void article(RawArticle whole) throws IOException {
            String text = budget.cut(whole.text());
            RawArticle raw = whole;
            if (text.length() < whole.text().length()) {
                issue(Issue.warning(whole.source(), "source", String.format(Locale.ROOT,
                        "article too long: %,d characters, more than --max-article-chars %,d; only the first %,d are annotated",
                        whole.text().length(), budget.maxChars(), text.length())));
                raw = new RawArticle(whole.source(), text, whole.hints());
            }
            // As ingest: the same URL, or exactly the same text without a URL, is one article (here within a partition).
            String sameKey = seen.putIfAbsent(ArticlePreparer.articleKey(raw), raw.source());
            String textKey = "text:" + Iris.sha256(raw.text().strip());
            String sameText = raw.hints().url().isPresent() ? seen.get(textKey) : seen.putIfAbsent(textKey, raw.source());
            if (sameKey != null || sameText != null) {
                issue(Issue.warning(raw.source(), "store", "duplicate: the same article appears earlier in this run ("
                        + (sameKey != null ? sameKey : sameText) + ")"));
                return;
            }
            long start = System.nanoTime();
            PreparedArticle p = preparer.prepare(raw, InputFingerprint.of(raw),
                    () -> NlpPipeline.shared(NlpPipeline.Tokenization.NEWS_TEXT), mapper);
            nanos += System.nanoTime() - start;
            if (p.issue() != null) {
                issue(p.issue());
                return;
            }
            articles++;
            tokens += p.tokens();
            Iterator<Quad> it = p.graph().graph().find().mapWith(t -> new Quad(p.graph().name(), t));
            RDFDataMgr.writeQuads(quads, it);
        }

        private void issue(Issue issue) throws IOException {
            if (issue.severity() == Issue.Severity.ERROR) {
                errors++;
            } else {
                warnings++;
            }
            writeIssue(issues, issue);
        }
    }

    /** A sink that keeps what a reader reads, in order. */
    private static ArticleSink collecting(List<RawArticle> articles, List<Issue> issues) {
        return new ArticleSink() {
            @Override
            public void article(RawArticle raw) {
                articles.add(raw);
            }

            @Override
            public void issue(Issue issue) {
                issues.add(issue);
            }
        };
    }

    private static String renamed(String source, String copy, String uri) {
        return source.startsWith(copy) ? uri + source.substring(copy.length()) : source;
    }

    static void writeIssue(OutputStream out, Issue issue) {
        try {
            Map<String, String> json = new LinkedHashMap<>();
            json.put("severity", issue.severity().name().toLowerCase(Locale.ROOT));
            json.put("source", issue.source());
            json.put("locator", issue.locator());
            json.put("stage", issue.stage());
            json.put("reason", issue.reason());
            out.write((JSON.writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
