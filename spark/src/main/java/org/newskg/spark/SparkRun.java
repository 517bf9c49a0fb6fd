package org.newskg.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newskg.cli.SparkJob;

/**
 * Starts a Spark context (the given master, or the one spark-submit set) and runs the {@link IngestJob}:
 * the {@link SparkJob} that {@code newskg spark} finds on the class path (META-INF/services).
 */
public final class SparkRun implements SparkJob {
    @Override
    public Outcome run(Request r, PrintWriter err) throws IOException {
        PartSummary s = run(r.master(), r.inputs(), r.output(),
                new IngestJobSettings(r.base(), r.maxBytes(), r.maxArticleChars(), r.mapping(), Map.of()),
                r.followLinks(), r.partitions(), err);
        return new Outcome(s.articles(), s.errors());
    }

    /** @param master a Spark master URL, or null when spark-submit gives it */
    public static PartSummary run(String master, List<String> inputs, String output, IngestJobSettings settings,
            boolean followLinks, int partitions, PrintWriter err) throws IOException {
        SparkConf conf = new SparkConf().setAppName("newskg ingest").setIfMissing("spark.master", "local[*]");
        if (master != null) {
            conf.setMaster(master);
        }
        // On one machine nothing listens beyond it: the driver on the loopback address, no web UI
        // (which would listen on every interface). A cluster's driver shows the job in its UI.
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        // Long annotation tasks: a quiet log, and a task that fails on one executor is tried on another.
        conf.setIfMissing("spark.task.maxFailures", "4");
        long start = System.nanoTime();
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            PartSummary s = IngestJob.run(spark, inputs, output, settings, followLinks, partitions, issue -> {
                err.println(issue);
                err.flush();
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            err.printf(Locale.ROOT, "spark: %d file(s), %d article(s) in %.1f s (%.2f articles/s; %.2f articles per task-second),"
                    + " %d error(s), %d warning(s) (in %s/*.issues.jsonl)%n", s.files(), s.articles(), seconds,
                    s.articles() / Math.max(seconds, 1e-3), s.articles() / Math.max(s.nanos() / 1e9, 1e-3), s.errors(),
                    s.warnings(), output);
            return s;
        }
    }
}
