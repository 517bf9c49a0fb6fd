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
 */
public record IngestSummary(int files, int added, int replaced, int unchanged, int duplicates,
        Map<String, Integer> entities, int mentions, int reports, int statements, List<Issue> issues, Duration elapsed) {

    public IngestSummary {
        entities = Map.copyOf(entities);
        issues = List.copyOf(issues);
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
