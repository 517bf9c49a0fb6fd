package org.newskg.validate;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a validation run found.
 *
 * @param graphs     article graphs checked
 * @param conforming how many of them conform
 * @param bySeverity number of results per severity ("Violation", "Warning", "Info"), over all graphs
 */
public record ValidationSummary(long graphs, long conforming, Map<String, Long> bySeverity) {
    public ValidationSummary {
        bySeverity = Map.copyOf(bySeverity);
    }

    public boolean conforms() {
        return conforming == graphs;
    }

    public long count(String severity) {
        return bySeverity.getOrDefault(severity, 0L);
    }

    /** "3 graphs checked, 2 conform; 4 Violation, 0 Warning, 0 Info". */
    @Override
    public String toString() {
        Map<String, Long> counts = new TreeMap<>(Map.of("Violation", 0L, "Warning", 0L, "Info", 0L));
        counts.putAll(bySeverity);
        StringBuilder sb = new StringBuilder()
                .append(graphs).append(graphs == 1 ? " graph" : " graphs").append(" checked, ")
                .append(conforming).append(" conform; ");
        // Most severe first, then any custom severities.
        for (String s : new String[] {"Violation", "Warning", "Info"}) {
            sb.append(counts.remove(s)).append(' ').append(s).append(", ");
        }
        counts.forEach((s, n) -> sb.append(n).append(' ').append(s).append(", "));
        return sb.substring(0, sb.length() - 2);
    }
}
