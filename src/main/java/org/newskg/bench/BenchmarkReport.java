package org.newskg.bench;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The outcome of a benchmark: the bare CoreNLP phase, the end-to-end phase, and the setting they
 * ran in, with renderings as a table for people and as CSV for tools.
 *
 * @param corpus      the corpus folder
 * @param workers     annotation threads in both phases
 * @param warmup      articles annotated before timing, in each phase
 * @param environment the JVM and machine, one line
 * @param models      memory once the models are loaded: heap after a full collection and RSS
 * @param bare        CoreNLP alone on the raw texts
 * @param endToEnd    the real ingest into a TDB2 store
 */
public record BenchmarkReport(String corpus, int workers, int warmup, String environment,
        Baseline models, PhaseResult bare, PhaseResult endToEnd) {

    /** Memory in use with the models loaded and nothing else. */
    public record Baseline(long heapAfterGc, OptionalLong rss) {}

    private static final double MB = 1024.0 * 1024.0;

    public BenchmarkReport {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(bare, "bare");
        Objects.requireNonNull(endToEnd, "endToEnd");
    }

    public List<PhaseResult> phases() {
        return List.of(bare, endToEnd);
    }

    /** End-to-end articles/s over bare articles/s: 1.0 would mean the rest of the pipeline is free. */
    public double ratio() {
        double b = bare.articlesPerSecond();
        return b == 0 ? 0 : endToEnd.articlesPerSecond() / b;
    }

    /** End-to-end tokens/s over bare tokens/s. */
    public double tokenRatio() {
        double b = bare.tokensPerSecond();
        return b == 0 ? 0 : endToEnd.tokensPerSecond() / b;
    }

    /** A table for the terminal. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Benchmark: %d file(s) of %s, %d worker(s), %d warm-up article(s) per phase%n",
                Math.max(bare.articles() + bare.errors(), endToEnd.articles() + endToEnd.errors()), corpus, workers, warmup));
        out.append(environment).append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "Models loaded: heap after GC %s MB, RSS %s MB%n",
                mb(models.heapAfterGc()), orNa(mb(models.rss()))));
        out.append(System.lineSeparator());
        String row = "%-13s %8s %8s %6s %7s %10s %9s %7s %13s %8s %16s %7s%n";
        out.append(String.format(Locale.ROOT, row, "phase", "articles", "tokens", "errors", "wall s",
                "articles/s", "tokens/s", "CPU s", "articles/CPU s", "heap MB", "heap-after-GC MB", "RSS MB"));
        for (PhaseResult p : phases()) {
            out.append(String.format(Locale.ROOT, row, p.name(), p.articles(), p.tokens(), p.errors(),
                    fixed(p.seconds(), 1), fixed(p.articlesPerSecond(), 2), fixed(p.tokensPerSecond(), 0),
                    orNa(cpuSeconds(p, 1)), orNa(p.cpu().isPresent() ? fixed(p.articlesPerCpuSecond(), 2) : ""),
                    mb(p.memory().peakHeap()), mb(p.memory().maxHeapAfterGc()), orNa(mb(p.memory().peakRss()))));
        }
        out.append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "end to end / bare: %.2f x articles/s, %.2f x tokens/s%n", ratio(), tokenRatio()));
        out.append("CPU s: CPU time of the whole JVM in the phase (all threads, GC and JIT included)")
                .append(System.lineSeparator());
        out.append("heap MB: peak of the heap pools (garbage included); heap-after-GC MB: largest heap in use after a collection")
                .append(System.lineSeparator());
        out.append(endToEnd.memory().rssPerPhase()
                ? "RSS MB: peak resident set during the phase (VmHWM, reset per phase)"
                : "RSS MB: peak resident set since the JVM started (VmHWM; could not be reset per phase)")
                .append(System.lineSeparator());
        return out.toString();
    }

    /** One header row, one row per phase, and a ratio row; memory in MB, empty where unknown. */
    public String renderCsv() {
        StringBuilder out = new StringBuilder();
        out.append("phase,workers,articles,tokens,errors,wall_s,articles_per_s,tokens_per_s,cpu_s,articles_per_cpu_s,"
                + "peak_heap_mb,max_heap_after_gc_mb,peak_rss_mb\r\n");
        for (PhaseResult p : phases()) {
            out.append(String.join(",", p.name(), Integer.toString(workers), Integer.toString(p.articles()),
                    Long.toString(p.tokens()), Integer.toString(p.errors()), fixed(p.seconds(), 3),
                    fixed(p.articlesPerSecond(), 3), fixed(p.tokensPerSecond(), 1), cpuSeconds(p, 3),
                    p.cpu().isPresent() ? fixed(p.articlesPerCpuSecond(), 3) : "",
                    mb(p.memory().peakHeap()), mb(p.memory().maxHeapAfterGc()), mb(p.memory().peakRss())))
                    .append("\r\n");
        }
        out.append(String.join(",", "end to end / bare", Integer.toString(workers), "", "", "", "",
                fixed(ratio(), 3), fixed(tokenRatio(), 3), "", "", "", "", "")).append("\r\n");
        return out.toString();
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String mb(long bytes) {
        return fixed(bytes / MB, 0);
    }

    private static String cpuSeconds(PhaseResult p, int decimals) {
        return p.cpu().map(c -> fixed(c.toNanos() / 1e9, decimals)).orElse("");
    }

    private static String orNa(String value) {
        return value.isEmpty() ? "n/a" : value;
    }

    private static String mb(OptionalLong bytes) {
        return bytes.isPresent() ? mb(bytes.getAsLong()) : "";
    }
}
