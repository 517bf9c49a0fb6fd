package org.newskg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newskg.rdf.CorpusGraph;
import org.newskg.resolve.StatementClusterer;
import org.newskg.resolve.StoredReport;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newskg evaluate clustering}: every pair of reports by one speaker in a store, with how
 * far their words agree and whether the statement rule merges them, for judging the threshold.
 */
@Command(name = "clustering", mixinStandardHelpOptions = true,
        description = {
            "Lists the pairs of reports by the same speaker in a store, most similar first.",
            "Each pair comes with its similarity (shared content words, containment) and whether the",
            "statement rule joins them directly; then how many pairs each threshold would join.",
            "There is no gold data for this: judge the pairs by reading them (docs/QUALITY.md)."
        })
public final class EvaluateClustering implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--min", paramLabel = "C", defaultValue = "0.3",
            description = "Smallest containment listed (default: ${DEFAULT-VALUE}).")
    double min;

    private record Pair(StoredReport a, StoredReport b, StatementClusterer.Similarity s) {}

    @Override
    public Integer call() {
        List<StoredReport> reports;
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store.path())) {
            reports = kg.read(CorpusGraph::reports);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                StoredReport a = reports.get(i);
                StoredReport b = reports.get(j);
                if (a.speaker().isPresent() && a.speaker().equals(b.speaker())) {
                    pairs.add(new Pair(a, b, StatementClusterer.similarity(a.text(), b.text())));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.s().containment()).thenComparingInt(p -> -p.s().shared())
                .thenComparing(p -> p.a().report()).thenComparing(p -> p.b().report()));
        PrintWriter out = spec.commandLine().getOut();
        out.println("containment\tshared\tshorter\tjoined\tspeaker\ttext1\ttext2");
        for (Pair p : pairs) {
            if (p.s().containment() >= min) {
                out.printf(Locale.ROOT, "%.2f\t%d\t%d\t%s\t%s\t%s\t%s%n", p.s().containment(), p.s().shared(), p.s().shorter(),
                        joins(p.s(), StatementClusterer.DEFAULT_THRESHOLD) ? "yes" : "no",
                        p.a().speaker().orElseThrow(), oneLine(p.a().text()), oneLine(p.b().text()));
            }
        }
        out.println();
        out.printf(Locale.ROOT, "%d reports, %d same-speaker pairs; pairs joined directly at each threshold (at least %d shared words):%n",
                reports.size(), pairs.size(), StatementClusterer.MIN_SHARED);
        for (double t : new double[] {0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
            long n = pairs.stream().filter(p -> joins(p.s(), t)).count();
            out.printf(Locale.ROOT, "  %.1f%s\t%d%n", t, t == StatementClusterer.DEFAULT_THRESHOLD ? " (used)" : "", n);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static boolean joins(StatementClusterer.Similarity s, double threshold) {
        return s.shared() >= StatementClusterer.MIN_SHARED && s.containment() >= threshold;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
