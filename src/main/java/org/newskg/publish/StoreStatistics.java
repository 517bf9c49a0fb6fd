package org.newskg.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The counts a VoID description gives, taken from the store by SPARQL over all its graphs
 * (the union, as the endpoint's default graph sees it). Counted inside a read transaction.
 *
 * @param triples    distinct triples
 * @param subjects   distinct subjects
 * @param properties distinct properties
 * @param objects    distinct objects
 * @param entities   distinct subjects whose IRI is under the base
 * @param classes    one entry per class, in IRI order
 */
public record StoreStatistics(long triples, long subjects, long properties, long objects, long entities,
                              List<ClassCount> classes) {
    /** Every count is one query; none may hold the server longer than this. */
    private static final long QUERY_SECONDS = 30;

    public StoreStatistics {
        classes = List.copyOf(classes);
    }

    /**
     * @param type     the class
     * @param entities its distinct instances
     * @param example  one instance with a page of its own (an IRI under the base, no fragment)
     */
    public record ClassCount(Node type, long entities, Optional<Node> example) {}

    public static StoreStatistics count(DatasetGraph store, String base) {
        long triples = first(store, base, """
                SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }""")
                .getLiteral("n").getLong();
        QuerySolution distinct = first(store, base, """
                SELECT (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?p) AS ?properties)
                       (COUNT(DISTINCT ?o) AS ?objects)
                WHERE { GRAPH ?g { ?s ?p ?o } }""");
        long entities = first(store, base, """
                SELECT (COUNT(DISTINCT ?s) AS ?n)
                WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?base)) }""")
                .getLiteral("n").getLong();
        List<ClassCount> classes = new ArrayList<>();
        try (QueryExecution qe = execution(store, query(base, """
                SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?class } }
                GROUP BY ?class ORDER BY ?class"""))) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Node type = row.get("class").asNode();
                classes.add(new ClassCount(type, row.getLiteral("n").getLong(), example(store, base, type)));
            }
        }
        return new StoreStatistics(triples, distinct.getLiteral("subjects").getLong(),
                distinct.getLiteral("properties").getLong(), distinct.getLiteral("objects").getLong(), entities, classes);
    }

    private static Optional<Node> example(DatasetGraph store, String base, Node type) {
        ParameterizedSparqlString q = query(base, """
                SELECT ?s WHERE { GRAPH ?g { ?s a ?class }
                  FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?base) && !CONTAINS(STRAFTER(STR(?s), ?base), "#")) }
                LIMIT 1""");
        q.setParam("class", type);
        try (QueryExecution qe = execution(store, q)) {
            ResultSet rs = qe.execSelect();
            return rs.hasNext() ? Optional.of(rs.next().get("s").asNode()) : Optional.empty();
        }
    }

    private static QuerySolution first(DatasetGraph store, String base, String query) {
        try (QueryExecution qe = execution(store, query(base, query))) {
            return qe.execSelect().next();
        }
    }

    private static ParameterizedSparqlString query(String base, String query) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(query);
        q.setLiteral("base", base);
        return q;
    }

    private static QueryExecution execution(DatasetGraph store, ParameterizedSparqlString query) {
        return QueryExecution.dataset(DatasetFactory.wrap(store)).query(query.asQuery())
                .timeout(QUERY_SECONDS, TimeUnit.SECONDS).build();
    }
}
