package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;
import org.newskg.store.KnowledgeStore;

/**
 * The Spark path on real news, against ingest: the seed articles and the first N BBC 2005 politics
 * articles (from ../shared at run time), ingested with 1 and 2 workers and run on Spark's local[1] and
 * local[2], each command in a JVM of its own as a user runs it (CoreNLP loaded by each). The Spark
 * output loaded is the store ingest built, and the rates go to target/spark-rates.tsv for
 * docs/PERFORMANCE.md. Four CoreNLP runs: only when asked, with -Dnewskg.spark.rates=N.
 */
@EnabledIfSystemProperty(named = "newskg.spark.rates", matches = "\\d+")
class SparkRatesIT {
    @TempDir
    Path tmp;

    @Test
    void sparkOnSeedsAndBbcGivesTheIngestedStoreAndItsRates() throws Exception {
        Path shared = Path.of(System.getProperty("newskg.shared", "../../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("corpus/seeds")), "no " + shared + "/corpus/seeds");
        Path input = tmp.resolve("in");
        copy(shared.resolve("corpus/seeds"), input.resolve("seeds"), Integer.MAX_VALUE);
        copy(shared.resolve("corpus/bbc-2005/politics"), input.resolve("bbc"), Integer.getInteger("newskg.spark.rates"));

        List<String> rows = new ArrayList<>(List.of("run\tarticles\twall s\tarticles/s\tload average before\tafter"));
        Path ingest1 = tmp.resolve("ingest-1");
        rows.add(row("newskg ingest --workers 1", "ingest", "--workers", "1", "--store", ingest1.toString(), input.toString()));
        Path ingest2 = tmp.resolve("ingest-2");
        rows.add(row("newskg ingest --workers 2", "ingest", "--workers", "2", "--store", ingest2.toString(), input.toString()));
        Path local1 = tmp.resolve("local-1");
        rows.add(row("newskg spark local[1]", "spark", "--master", "local[1]", "--output", local1.toString(), input.toString()));
        Path local2 = tmp.resolve("local-2");
        rows.add(row("newskg spark local[2]", "spark", "--master", "local[2]", "--output", local2.toString(), input.toString()));
        Files.write(Path.of("target/spark-rates.tsv"), rows);
        rows.forEach(System.out::println);

        Set<String> articles = QuadSets.ofStore(ingest2, SparkIngestIT.ARTICLES);
        assertFalse(articles.isEmpty());
        assertEquals(articles, QuadSets.ofStore(ingest1, SparkIngestIT.ARTICLES));
        assertEquals(articles, QuadSets.ofFiles(local1, SparkIngestIT.ARTICLES));
        assertEquals(articles, QuadSets.ofFiles(local2, SparkIngestIT.ARTICLES));
        Path loaded = tmp.resolve("loaded");
        CliRun load = CliRun.of("load", "--store", loaded.toString(), local2.toString());
        assertEquals(0, load.exitCode(), load.err());
        assertEquals(QuadSets.ofStore(ingest2, SparkIngestIT.CONTENT), QuadSets.ofStore(loaded, SparkIngestIT.CONTENT));
    }

    /** Runs one command and gives its line of the table: articles from the store or the job's summary. */
    private String row(String name, String... args) throws Exception {
        String before = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        NewskgProcess p = NewskgProcess.run(tmp.resolve(name.replaceAll("\\W+", "-") + ".log"), args);
        String after = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        assertEquals(0, p.exitCode(), p.log());
        long n;
        if (args[0].equals("ingest")) {
            try (KnowledgeStore kg = KnowledgeStore.openExisting(Path.of(args[args.length - 2]))) {
                n = kg.articleCount();
            }
        } else {
            String done = Files.readString(Path.of(args[args.length - 2]).resolve(IngestJob.DONE));
            n = Long.parseLong(done.replaceAll("(?s).*\"articles\":(\\d+).*", "$1"));
        }
        return String.format(Locale.ROOT, "%s\t%d\t%.1f\t%.3f\t%s\t%s", name, n, p.seconds(), n / p.seconds(), before, after);
    }

    /** The first {@code limit} .txt files of {@code from}, in name order. */
    private static void copy(Path from, Path to, int limit) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(limit).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
