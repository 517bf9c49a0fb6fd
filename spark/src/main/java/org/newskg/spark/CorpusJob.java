package org.newskg.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.newskg.rdf.Iris;

/**
 * The corpus layer on Spark over the output of the ingest job ({@link CorpusStages}): reads its
 * {@code part-*.nq}, writes {@code corpus-NNNNN.nq} (the corpus graph's resolution, blocking keys and
 * statements) into a new folder. Run with spark-submit:
 * {@code spark-submit --class org.newskg.spark.CorpusJob newskg-spark.jar [--no-link] RUN-OUTPUT CORPUS-OUTPUT [BASE-IRI]}.
 */
public final class CorpusJob {
    private CorpusJob() {}

    public static void main(String[] args) throws IOException {
        List<String> positional = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        boolean link = !List.of(args).contains("--no-link");
        if (positional.size() < 2 || positional.size() > 3) {
            System.err.println("usage: CorpusJob [--no-link] RUN-OUTPUT CORPUS-OUTPUT [BASE-IRI]  (RUN-OUTPUT: the folder 'newskg spark' wrote;"
                    + " --no-link for a store that does not link entities to Wikipedia)");
            System.exit(2);
        }
        SparkConf conf = new SparkConf().setAppName("newskg corpus").setIfMissing("spark.master", "local[*]");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            long start = System.nanoTime();
            long quads = run(spark, positional.get(0), positional.get(1), positional.size() > 2 ? positional.get(2) : Iris.DEFAULT_BASE,
                    link);
            System.err.printf(Locale.ROOT, "corpus: %d quads in %s in %.1f s%n", quads, positional.get(1), (System.nanoTime() - start) / 1e9);
        }
    }

    /** Runs the stages on the run's article graphs; returns how many corpus quads were written. */
    public static long run(JavaSparkContext spark, String runOutput, String output, String base, boolean link) throws IOException {
        Configuration conf = spark.hadoopConfiguration();
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(conf);
        if (fs.exists(out) && fs.listStatus(out).length > 0) {
            throw new IllegalArgumentException("output folder " + output + " exists and is not empty: give a new one");
        }
        fs.mkdirs(out);
        Map<String, String> hadoop = new HashMap<>();
        conf.forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        JavaRDD<String> parts = spark.wholeTextFiles(new Path(runOutput, "part-*.nq").toString()).values();
        JavaRDD<String> quads = CorpusStages.corpusQuads(spark, parts, base, link).cache();
        quads.foreachPartition(lines -> write(lines, hadoop, output, org.apache.spark.TaskContext.getPartitionId()));
        return quads.count();
    }

    /** One partition's lines as corpus-NNNNN.nq, written beside its name and renamed when done. */
    private static void write(java.util.Iterator<String> lines, Map<String, String> hadoop, String output, int partition)
            throws IOException {
        Configuration conf = new Configuration();
        hadoop.forEach(conf::set);
        Path dir = new Path(output);
        FileSystem fs = dir.getFileSystem(conf);
        String name = String.format(Locale.ROOT, "corpus-%05d.nq", partition);
        Path tmp = new Path(dir, "." + name + ".tmp");
        try (OutputStream o = new BufferedOutputStream(fs.create(tmp, true))) {
            while (lines.hasNext()) {
                o.write((lines.next() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        fs.delete(new Path(dir, name), false);
        if (!fs.rename(tmp, new Path(dir, name))) {
            throw new IOException("cannot move " + tmp + " into place in " + dir);
        }
    }
}
