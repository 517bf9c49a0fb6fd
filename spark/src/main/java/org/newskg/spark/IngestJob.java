package org.newskg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.newskg.core.Issue;

/**
 * The Spark job: input files in, one N-Quads file of article graphs and one JSON Lines file of
 * issues per partition out, with the same article IRIs and quads as {@code newskg ingest} gives
 * for the same inputs. The driver lists the inputs ({@link InputListing}); each partition reads
 * and processes its files ({@link ArticleGraphs}). What combines articles (the corpus graph) is
 * left to {@code newskg load}, which recomputes it in the store.
 */
public final class IngestJob {
    /** The output folder's marker of a finished job, with its summary. */
    public static final String DONE = "_SUCCESS";

    private IngestJob() {}

    /**
     * Runs the job on {@code spark}.
     *
     * @param partitions how many tasks to cut the files into; 0 for four per core of the cluster
     */
    public static PartSummary run(JavaSparkContext spark, List<String> inputs, String output, IngestJobSettings given,
            boolean followLinks, int partitions, Consumer<Issue> listingIssues) throws IOException {
        Configuration conf = spark.hadoopConfiguration();
        Map<String, String> hadoop = new HashMap<>();
        conf.forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        IngestJobSettings settings = new IngestJobSettings(given.base(), given.maxBytes(), given.maxArticleChars(),
                given.mapping(), hadoop);
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(conf);
        if (fs.exists(out) && fs.listStatus(out).length > 0) {
            throw new IllegalArgumentException("output folder " + output + " exists and is not empty: give a new one");
        }
        fs.mkdirs(out);

        spark.setJobGroup("newskg-list", "newskg: list the input files", false);
        List<Issue> listed = new ArrayList<>();
        List<InputFile> files = InputListing.list(inputs, followLinks, conf, issue -> {
            listed.add(issue);
            listingIssues.accept(issue);
        });
        try (OutputStream o = fs.create(new Path(out, "inputs.issues.jsonl"), true)) {
            listed.forEach(i -> ArticleGraphs.writeIssue(o, i));
        }
        PartSummary total = PartSummary.NONE;
        if (!files.isEmpty()) {
            // Large files first, so that slices mix sizes; each slice is one task.
            List<InputFile> bySize = new ArrayList<>(files);
            bySize.sort((a, b) -> Long.compare(b.bytes(), a.bytes()));
            int n = partitions > 0 ? partitions : 4 * spark.defaultParallelism();
            n = Math.max(1, Math.min(n, files.size()));
            List<InputFile> interleaved = interleave(bySize, n);
            spark.setJobGroup("newskg-ingest", String.format(Locale.ROOT,
                    "newskg: read -> clean -> annotate (CoreNLP) -> extract -> rdf of %d files -> N-Quads", files.size()), false);
            spark.setCallSite("newskg read -> clean -> annotate -> extract -> rdf -> write N-Quads");
            JavaRDD<InputFile> input = spark.parallelize(interleaved, n).setName("newskg input files");
            JavaRDD<PartSummary> parts = input.mapPartitionsWithIndex(new ArticleGraphs(settings, out.toString()), false)
                    .setName("newskg article graphs (N-Quads)");
            for (PartSummary p : parts.collect()) {
                total = total.plus(p);
            }
            spark.clearCallSite();
        }
        try (OutputStream o = fs.create(new Path(out, DONE), true)) {
            o.write(String.format(Locale.ROOT, "{\"files\":%d,\"articles\":%d,\"errors\":%d,\"warnings\":%d,\"tokens\":%d,"
                    + "\"taskSeconds\":%.1f}%n", total.files(), total.articles(), total.errors() + count(listed, true),
                    total.warnings() + count(listed, false), total.tokens(), total.nanos() / 1e9).getBytes(StandardCharsets.UTF_8));
        }
        return total;
    }

    private static int count(List<Issue> issues, boolean errors) {
        return (int) issues.stream().filter(i -> (i.severity() == Issue.Severity.ERROR) == errors).count();
    }

    /** Deals files round-robin into {@code n} contiguous slices (Spark slices a list into ranges). */
    private static List<InputFile> interleave(List<InputFile> files, int n) {
        List<List<InputFile>> slices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            slices.add(new ArrayList<>());
        }
        for (int i = 0; i < files.size(); i++) {
            slices.get(i % n).add(files.get(i));
        }
        List<InputFile> out = new ArrayList<>(files.size());
        slices.forEach(out::addAll);
        return out;
    }
}
