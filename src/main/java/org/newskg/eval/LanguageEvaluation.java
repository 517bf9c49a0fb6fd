package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Language detection scored on texts of known language: accuracy per language, undetermined ones apart. */
public final class LanguageEvaluation {
    /** A text and the language it is in. */
    public record Sample(String source, String language, String text) {}

    /** Counts for one language: right, undetermined, wrong (with what was said instead). */
    public static final class Tally {
        int right;
        int undetermined;
        final List<String> wrong = new ArrayList<>();

        int total() {
            return right + undetermined + wrong.size();
        }
    }

    private LanguageEvaluation() {}

    /** The samples of a gold file: {@code CODE<TAB>TEXT} lines, {@code #} comments. */
    public static List<Sample> read(Path tsv) throws IOException {
        List<Sample> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            int tab = l.indexOf('\t');
            if (tab <= 0) {
                throw new IOException(tsv + ":" + (i + 1) + ": expected LANGUAGE<TAB>TEXT");
            }
            out.add(new Sample(tsv + ":" + (i + 1), l.substring(0, tab).strip(), l.substring(tab + 1).strip()));
        }
        return out;
    }

    /** Runs {@code detector} on every sample; tallies by the expected language. */
    public static Map<String, Tally> run(List<Sample> samples, Function<String, String> detector, String undetermined) {
        Map<String, Tally> byLanguage = new TreeMap<>();
        for (Sample s : samples) {
            Tally t = byLanguage.computeIfAbsent(s.language(), k -> new Tally());
            String got = detector.apply(s.text());
            if (got.equals(s.language())) {
                t.right++;
            } else if (got.equals(undetermined)) {
                t.undetermined++;
            } else {
                t.wrong.add(got + "\t" + s.source() + "\t" + s.text());
            }
        }
        return byLanguage;
    }

    /** A line per language (accuracy = right / all), then every wrong answer. */
    public static String render(Map<String, Tally> tallies) {
        StringBuilder out = new StringBuilder();
        int right = 0;
        int all = 0;
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            right += t.right;
            all += t.total();
            out.append(String.format(Locale.ROOT, "%-4s texts %4d  right %4d  undetermined %3d  wrong %3d  accuracy %.3f%n",
                    e.getKey(), t.total(), t.right, t.undetermined, t.wrong.size(), (double) t.right / t.total()));
        }
        out.append(String.format(Locale.ROOT, "all  texts %4d  right %4d  accuracy %.3f%n", all, right, all == 0 ? 0 : (double) right / all));
        tallies.values().forEach(t -> t.wrong.forEach(w -> out.append("wrong\t").append(w).append(System.lineSeparator())));
        return out.toString();
    }
}
