package org.newskg.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newskg.core.Issue;

/**
 * The outcome of an ingest run.
 *
 * @param files      input files seen
 * @param added      articles stored for the first time
 * @param replaced   articles stored again (their graph replaced)
 * @param unchanged  articles ingested again that gave exactly the stored graph (nothing written),
 *                   or whose input the store holds already (not annotated again)
 * @param duplicates articles skipped because the same article was already stored from another source
 * @param entities   entity nodes, by type, summed over the articles annotated in this run
 * @param mentions   entity mentions written
 * @param reports    reports of something said (quotes and reported speech) written
 * @param statements statements across all articles of the store after the run
 * @param issues     every problem met, errors and warnings
 * @param elapsed    wall-clock time
 * @param otherLanguages articles of this run stored in a language other than English (with their metadata and
 *                   text, not annotated), by language code
 */
public record IngestSummary(int files, int added, int replaced, int unchanged, int duplicates,
        Map<String, Integer> entities, int mentions, int reports, int statements, List<Issue> issues, Duration elapsed,
        Map<String, Integer> otherLanguages) {

    public IngestSummary {
        entities = Map.copyOf(entities);
        issues = List.copyOf(issues);
        otherLanguages = Map.copyOf(otherLanguages);
    }

    public IngestSummary(int files, int added, int replaced, int unchanged, int duplicates,
            Map<String, Integer> entities, int mentions, int reports, int statements, List<Issue> issues, Duration elapsed) {
        this(files, added, replaced, unchanged, duplicates, entities, mentions, reports, statements, issues, elapsed, Map.of());
    }

    /** "3 articles in other languages: de 2, fr 1; not annotated", most frequent first; empty when there are none. */
    public String otherLanguagesLine() {
        if (otherLanguages.isEmpty()) {
            return "";
        }
        int total = otherLanguages.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder counts = new StringBuilder();
        otherLanguages.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> counts.append(counts.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()));
        return total + (total == 1 ? " article" : " articles") + " in other languages: " + counts + "; not annotated";
    }

    public long errors() {
        return issues.stream().filter(i -> i.severity() == Issue.Severity.ERROR).count();
    }

    public long warnings() {
        return issues.size() - errors();
    }

    /** Articles whose graph is in the store after the run, written or already there. */
    public int stored() {
        return added + replaced + unchanged;
    }

    /** A few lines for the end of a run. */
    public String render() {
        StringBuilder out = new StringBuilder();
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        out.append(String.format(Locale.ROOT, "Ingested %d file(s) in %.1f s (%.2f articles/s)%n",
                files, seconds, stored() / seconds));
        out.append(String.format(Locale.ROOT, "  articles: %d added, %d replaced, %d unchanged, %d duplicate(s) skipped%n",
                added, replaced, unchanged, duplicates));
        if (entities.isEmpty() && reports == 0) {
            // A rerun skips stored inputs: say so rather than print empty counts.
            out.append(String.format(Locale.ROOT, "  extracted: nothing new in this run; %d statement(s) in the store%n", statements));
        } else {
            out.append(String.format(Locale.ROOT, "  entities: %s; %d mentions%n", new TreeMap<>(entities), mentions));
            out.append(String.format(Locale.ROOT, "  statements: %d report(s) of something said; %d statement(s) in the store%n",
                    reports, statements));
        }
        if (!otherLanguages.isEmpty()) {
            out.append("  ").append(otherLanguagesLine()).append(System.lineSeparator());
        }
        out.append(String.format(Locale.ROOT, "  problems: %d error(s), %d warning(s)%n", errors(), warnings()));
        Map<String, Integer> byReason = new TreeMap<>();
        for (Issue i : issues) {
            byReason.merge(i.severity() + " " + i.stage() + ": " + reasonKind(i.reason()), 1, Integer::sum);
        }
        byReason.forEach((reason, n) -> out.append(String.format(Locale.ROOT, "    %4d  %s%n", n, reason)));
        return out.toString();
    }

    /** The reason without its particulars ("file too large: 5 bytes" -> "file too large"). */
    private static String reasonKind(String reason) {
        int colon = reason.indexOf(':');
        return colon > 0 ? reason.substring(0, colon) : reason;
    }
}
