package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.newskg.pipeline.ArticleBudget;
import org.newskg.rdf.Iris;
import org.newskg.source.FieldMapping;
import org.newskg.source.TextFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newskg spark}: the ingest's per-article work on Apache Spark. The options are read here; the
 * job itself is the spark module's {@link SparkJob}, found on the class path when the command runs,
 * so that newskg builds and runs without Spark.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {
            "Turns articles into article graphs on Apache Spark, as N-Quads for 'newskg load'.",
            "Reads what ingest reads (folders of text and HTML, WARC, CSV and JSON Lines; local paths or Hadoop",
            "URIs such as hdfs:// or s3a:// with their connector on the class path), runs clean, annotate,",
            "extract and rdf per partition with one CoreNLP pipeline per executor, and writes part-NNNNN.nq",
            "(article graphs, the same quads as ingest) and part-NNNNN.issues.jsonl to the output folder.",
            "Then: newskg load --store DIR OUTPUT. Under spark-submit, leave out --master."
        })
public final class Spark implements Callable<Integer> {
    /** The commands that build the spark module (the newskg jar installed first, for the module to find it). */
    static final String BUILD = "./mvnw -B -q install -DskipTests && ./mvnw -B -q -f spark/pom.xml package -DskipTests";

    @Spec
    CommandSpec spec;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], spark://HOST:PORT, yarn, k8s://... (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--output", paramLabel = "DIR", required = true,
            description = "New (or empty) output folder: a local path or a Hadoop URI.")
    String output;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base IRI of minted resources, as the store's that the output is loaded into (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Tasks to cut the input files into; 0 means four per core of the cluster (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + TextFileReader.DEFAULT_MAX_BYTES,
            description = "Largest input file read (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "" + ArticleBudget.DEFAULT_MAX_CHARS,
            description = "Characters of one article that are annotated (default: ${DEFAULT-VALUE}).")
    int maxArticleChars;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN[,...]",
            description = "Columns of CSV and JSON Lines exports, as for ingest.")
    String map;

    @Option(names = "--follow-links", description = "Follow symbolic links out of the local paths named, as for ingest.")
    boolean followLinks;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Article files or folders: local paths or Hadoop URIs.")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try {
            FieldMapping.parse(map);
            new Iris(base);
        } catch (IllegalArgumentException e) {
            err.println("spark: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (maxArticleChars < 1) {
            err.println("spark: --max-article-chars must be 1 or more");
            return ExitCodes.USAGE;
        }
        // The provider is looked up without being made: making it needs Spark, checked next.
        Optional<ServiceLoader.Provider<SparkJob>> job = ServiceLoader.load(SparkJob.class).stream().findFirst();
        if (job.isEmpty()) {
            err.println("spark: the Spark job is not on the class path. It is built apart, in spark/: run it as"
                    + " './newskg spark ...', which builds it on first use (" + BUILD + "), or with spark-submit (docs/spark.md)");
            return ExitCodes.FAILED;
        }
        try {
            Class.forName("org.apache.spark.SparkConf");
        } catch (ClassNotFoundException e) {
            err.println("spark: Apache Spark is not on the class path: run it as './newskg spark ...' (which adds"
                    + " spark/target/spark-lib) or with spark-submit (docs/spark.md)");
            return ExitCodes.FAILED;
        }
        SparkJob.Outcome summary = job.get().get().run(new SparkJob.Request(master, inputs, output, base, maxSize, maxArticleChars, map,
                followLinks, partitions), err);
        if (summary.errors() == 0) {
            return ExitCodes.OK;
        }
        return summary.articles() > 0 ? ExitCodes.PARTIAL : ExitCodes.FAILED;
    }
}
