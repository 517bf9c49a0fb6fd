package org.newskg.validate;

import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;

/**
 * The SHACL report for one article graph.
 *
 * @param graph  the graph name, which is also the article IRI
 * @param source the input the article was ingested from, if the graph says so
 * @param report Jena's validation report for that graph alone
 */
public record GraphValidation(Node graph, Optional<String> source, ValidationReport report) {
    public GraphValidation {
        Objects.requireNonNull(graph, "graph");
        source = source == null ? Optional.empty() : source;
        Objects.requireNonNull(report, "report");
    }

    public boolean conforms() {
        return report.conforms();
    }
}
