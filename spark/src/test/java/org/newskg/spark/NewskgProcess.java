package org.newskg.spark;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a newskg command in a JVM of its own, as the launcher does, and says how long it took. For
 * {@code spark}: Spark's jars (and the Servlet 5 API of its Jetty) before newskg's, which the test
 * class path cannot give, then this module's classes (the job) and newskg's jar (with its libraries);
 * {@code corpus} runs the corpus stages ({@link CorpusJob}) on the same class path.
 */
record NewskgProcess(int exitCode, String log, double seconds) {
    /** newskg's folder (this module's parent): its jar, the samples, test articles and query library. */
    static final Path NEWSKG = Path.of(System.getProperty("newskg.home", "..")).toAbsolutePath().normalize();

    static NewskgProcess run(Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-Dnewskg.home=" + NEWSKG));
        String jar = NEWSKG.resolve("target/newskg.jar").toString();
        boolean corpus = args.length > 0 && args[0].equals("corpus"); // the corpus stages: CorpusJob RUN-OUTPUT CORPUS-OUTPUT
        if (args.length > 0 && (args[0].equals("spark") || corpus)) {
            cmd.addAll(List.of(System.getProperty("newskg.sparkOpens", "").split(" ")));
            cmd.addAll(List.of("-cp", String.join(File.pathSeparator, "target/spark-lib/*", "target/classes", jar),
                    corpus ? CorpusJob.class.getName() : "org.newskg.cli.Main"));
        } else {
            cmd.addAll(List.of("-jar", jar));
        }
        cmd.addAll(List.of(args).subList(corpus ? 1 : 0, args.length));
        cmd.removeIf(String::isEmpty);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        return new NewskgProcess(code, Files.readString(log), (System.nanoTime() - start) / 1e9);
    }
}
