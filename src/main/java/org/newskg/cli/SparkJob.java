package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * The job behind {@code newskg spark}. It is implemented in the spark module ({@code spark/}), which
 * is built apart so that the default build neither downloads nor compiles Apache Spark, and found on
 * the class path with {@link java.util.ServiceLoader} ({@code ./newskg spark} puts it there).
 */
public interface SparkJob {
    /**
     * What the command line asks for.
     *
     * @param master a Spark master URL, or null when spark-submit gives it
     * @param partitions how many tasks to cut the files into; 0 for four per core of the cluster
     */
    record Request(String master, List<String> inputs, String output, String base, long maxBytes,
            int maxArticleChars, String mapping, boolean followLinks, int partitions) {}

    /** What the job made, for the exit status. */
    record Outcome(int articles, int errors) {}

    Outcome run(Request request, PrintWriter err) throws Exception;
}
