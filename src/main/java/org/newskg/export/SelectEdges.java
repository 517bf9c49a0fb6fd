package org.newskg.export;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.tdb2.TDB2;

/**
 * Edges from a SELECT query, one per row: {@code ?source ?target} (IRIs or blank nodes), and
 * optionally {@code ?weight} (a number, default 1), {@code ?label}, {@code ?relation},
 * {@code ?start} and {@code ?end} (dates; only the day is kept). The built-in views are such
 * queries too. The default graph is the union of the article graphs, as in {@code newskg query}.
 */
public final class SelectEdges implements EdgeSource {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String name;
    private final Query query;
    private final boolean directed;
    private final String relation;
    private final long timeoutSeconds;

    public SelectEdges(String name, Query query, boolean directed, String relation, long timeoutSeconds) {
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("not a SELECT query");
        }
        if (!query.getResultVars().contains("source") || !query.getResultVars().contains("target")) {
            throw new IllegalArgumentException("a SELECT export query must select ?source and ?target, it selects "
                    + query.getResultVars());
        }
        this.name = name;
        this.query = query;
        this.directed = directed;
        this.relation = relation;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean directed() {
        return directed;
    }

    @Override
    public void run(Dataset dataset, Visitor out) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                .set(TDB2.symUnionDefaultGraph, true)
                .timeout(timeoutSeconds, TimeUnit.SECONDS)
                .build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Optional<String> source = id(row.get("source"));
                Optional<String> target = id(row.get("target"));
                if (source.isEmpty() || target.isEmpty()) {
                    continue; // a row without both ends is no edge
                }
                double weight = Optional.ofNullable(row.get("weight")).map(SelectEdges::number).orElse(1.0);
                Optional<String> label = text(row.get("label"));
                out.edge(new GraphEdge(source.get(), target.get(), text(row.get("relation")).orElse(relation),
                        weight, label, day(row.get("start")), day(row.get("end"))));
            }
        }
    }

    static Optional<String> id(RDFNode n) {
        if (n == null || n.isLiteral()) {
            return Optional.empty();
        }
        return Optional.of(n.isAnon() ? "_:" + n.asResource().getId().getLabelString() : n.asResource().getURI());
    }

    private static Optional<String> text(RDFNode n) {
        if (n == null) {
            return Optional.empty();
        }
        return Optional.of(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
    }

    private static double number(RDFNode n) {
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            try {
                return Double.parseDouble(l.getLexicalForm());
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw new IllegalArgumentException("?weight must be a number, got " + n);
    }

    /** The day of a date or dateTime value; anything else is no date. */
    static Optional<String> day(RDFNode n) {
        if (n == null || !n.isLiteral()) {
            return Optional.empty();
        }
        String s = n.asLiteral().getLexicalForm();
        return s.length() >= 10 && DAY.matcher(s.substring(0, 10)).matches() ? Optional.of(s.substring(0, 10)) : Optional.empty();
    }
}
