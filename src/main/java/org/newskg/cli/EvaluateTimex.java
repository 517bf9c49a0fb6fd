package org.newskg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newskg.eval.MeantimeReader;
import org.newskg.eval.MeantimeTimex;
import org.newskg.eval.ProductTimex;
import org.newskg.eval.TimemlReader;
import org.newskg.eval.TimexErrorWriter;
import org.newskg.eval.TimexEvaluation;
import org.newskg.eval.TimexEvaluationListener;
import org.newskg.eval.TimexScores;
import org.newskg.nlp.NlpPipeline;
import org.newskg.time.TimeNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg evaluate timex}: time expressions and their values on TempEval-3 TimeML. */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = {
            "Scores time expressions on TimeML files (TempEval-3 .tml, searched recursively) or MEANTIME.",
            "Each TEXT goes through newskg's NLP pipeline (SUTime) with the document creation time",
            "as its publication date, then newskg's time normaliser. Scored the TempEval-3 way:",
            "extent strict (same characters) and relaxed (overlap), one-to-one; value and type",
            "accuracy over the relaxed matches and attribute F1 (right attribute over system and",
            "gold). The creation time itself is not scored. See docs/QUALITY.md."
        })
public final class EvaluateTimex implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--tempeval", paramLabel = "DIR",
            description = "Folder of TimeML files, e.g. ../shared/eval/tempeval3/TBAQ-cleaned.")
    Path tempeval;

    @Option(names = "--meantime", paramLabel = "DIR",
            description = {"Or a MEANTIME folder (every .xml under it): its TIMEX3s in the sentences it annotates",
                "fully, the date line left out as the creation time."})
    Path meantime;

    @Mixin
    EvaluationOptions selection;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write misses, false alarms and wrong extents, values and types here (tab-separated).")
    Path errors;

    @Option(names = "--rules", paramLabel = "RULE", split = ",",
            description = "Only these normalisation rules (default: all; 'none' for SUTime alone): ${COMPLETION-CANDIDATES}.")
    List<String> rules;

    @Mixin
    StoredAnnotationsOption annotations;

    @Option(names = "--compare-rules",
            description = {"Score SUTime alone, every rule, and every rule but one, each in turn, on the same",
                "annotations; --errors then lists the errors with every rule."})
    boolean compareRules;

    @Override
    public Integer call() throws IOException {
        if ((tempeval == null) == (meantime == null)) {
            throw new IllegalArgumentException("give --tempeval DIR or --meantime DIR");
        }
        Path folder = tempeval != null ? tempeval : meantime;
        List<Path> files = tempeval != null ? TimemlReader.files(tempeval) : MeantimeReader.files(meantime);
        if (files.isEmpty()) {
            throw new IllegalArgumentException(folder + ": no " + (tempeval != null ? ".tml" : ".xml") + " files in it");
        }
        TimexEvaluation.Reader reader = tempeval != null ? TimemlReader::read : MeantimeTimex::read;
        Set<TimeNormalizer.Rule> chosen = chosenRules();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = selection.workers();
        int[] documents = {0};
        TimexEvaluationListener progress = progress(err, documents);
        TimexScores scores;
        try (PrintWriter errorsOut = errors == null ? null : new PrintWriter(
                new BufferedWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8)))) {
            TimexEvaluationListener listener = errorsOut == null ? progress
                    : TimexEvaluationListener.both(progress, new TimexErrorWriter(errorsOut));
            if (compareRules) {
                return compare(folder, files, reader, n, out, err, listener);
            }
            ProductTimex system = system(err, new TimeNormalizer(chosen));
            scores = new TimexEvaluation(system, n, reader).run(files, selection.limitDocs(), listener);
        }
        out.printf("Time expressions on %s: %d documents, %d gold TIMEX3 (creation times not scored), %d system%n",
                folder, documents[0], scores.gold(), scores.system());
        out.println("Rules: " + (chosen.isEmpty() ? "none (SUTime alone)" : chosen.toString().toLowerCase(Locale.ROOT)));
        out.print(scores.render());
        if (errors != null) {
            out.println("Errors: " + errors);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Progress lines on stderr every ten seconds; {@code documents[0]} counts the documents scored. */
    private static TimexEvaluationListener progress(PrintWriter err, int[] documents) {
        long[] lastLine = {System.nanoTime()};
        return (doc, c, done) -> {
            documents[0] = done;
            if (System.nanoTime() - lastLine[0] > 10_000_000_000L) {
                err.printf("evaluate timex: %d documents done%n", done);
                err.flush();
                lastLine[0] = System.nanoTime();
            }
        };
    }

    /** Every rule set on the same annotations; the listener hears the run with all rules. */
    private int compare(Path folder, List<Path> files, TimexEvaluation.Reader reader, int n, PrintWriter out, PrintWriter err, TimexEvaluationListener listener)
            throws IOException {
        Map<String, TimeNormalizer> variants = new LinkedHashMap<>();
        variants.put("none (SUTime alone)", new TimeNormalizer(EnumSet.noneOf(TimeNormalizer.Rule.class)));
        variants.put("all rules", new TimeNormalizer());
        for (TimeNormalizer.Rule r : TimeNormalizer.Rule.values()) {
            Set<TimeNormalizer.Rule> without = EnumSet.allOf(TimeNormalizer.Rule.class);
            without.remove(r);
            variants.put("all but " + r.name().toLowerCase(Locale.ROOT), new TimeNormalizer(without));
        }
        ProductTimex system = system(err, new TimeNormalizer());
        Map<String, TimexScores> scores = new TimexEvaluation(system, n, reader).compare(files, selection.limitDocs(), variants, "all rules", listener);
        out.printf("Time expressions on %s, %d files: F1 of each measure per set of rules%n",
                folder, selection.first(files).size());
        out.printf(Locale.ROOT, "%-26s %7s %7s %7s %7s %8s%n", "rules", "system", "strict", "relaxed", "value", "value acc");
        scores.forEach((name, s) -> out.printf(Locale.ROOT, "%-26s %7d %7.4f %7.4f %7.4f %8.4f%n", name, s.system(),
                s.f1(s.strict()), s.f1(s.relaxed()), s.f1(s.valueCorrect()), s.valueAccuracy()));
        out.println("all rules, in detail:");
        out.print(scores.get("all rules").render());
        if (errors != null) {
            out.println("Errors (all rules): " + errors);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The product's side; CoreNLP is loaded only for a document without a stored annotation. */
    private ProductTimex system(PrintWriter err, TimeNormalizer normalizer) {
        return new ProductTimex(EvaluationOptions.announced(err, () -> NlpPipeline.shared(NlpPipeline.Tokenization.NEWS_TEXT)),
                annotations.folder(), normalizer);
    }

    private Set<TimeNormalizer.Rule> chosenRules() {
        if (rules == null) {
            return EnumSet.allOf(TimeNormalizer.Rule.class);
        }
        Set<TimeNormalizer.Rule> chosen = EnumSet.noneOf(TimeNormalizer.Rule.class);
        for (String r : rules) {
            if (r.equalsIgnoreCase("none")) {
                continue;
            }
            try {
                chosen.add(TimeNormalizer.Rule.valueOf(r.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--rules: no rule '" + r + "'; the rules are "
                        + EnumSet.allOf(TimeNormalizer.Rule.class) + " or none");
            }
        }
        return chosen;
    }
}
