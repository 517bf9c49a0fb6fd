package org.newskg.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counts a VoID description gives, taken from the store by SPARQL over all its graphs.
 * Counted inside a read transaction. Each count is one query with a time limit; a count that
 * does not finish in time (a very large store) is left out rather than failing the description.
 *
 * @param triples    triples of all graphs, each graph counted whole (an entity's type stated by
 *                   three articles counts three times); no DISTINCT, so no memory grows with the store
 * @param properties distinct properties
 * @param entities   distinct subjects whose IRI is under the base
 * @param classes    one entry per class, in IRI order; empty when not counted in time
 */
public record StoreStatistics(OptionalLong triples, OptionalLong properties, OptionalLong entities,
                              List<ClassCount> classes) {
    private static final Logger LOG = LoggerFactory.getLogger(StoreStatistics.class);
    /** No count may hold the server longer than this. */
    private static final long QUERY_SECONDS = 20;

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
        OptionalLong triples = number(store, base, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        OptionalLong properties = number(store, base, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        OptionalLong entities = number(store, base, """
                SELECT (COUNT(DISTINCT ?s) AS ?n)
                WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?base)) }""");
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
        } catch (QueryCancelledException e) {
            LOG.warn("VoID class partitions left out: not counted within {} s", QUERY_SECONDS);
            classes.clear();
        }
        return new StoreStatistics(triples, properties, entities, classes);
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
        } catch (QueryCancelledException e) {
            return Optional.empty();
        }
    }

    private static OptionalLong number(DatasetGraph store, String base, String query) {
        try (QueryExecution qe = execution(store, query(base, query))) {
            return OptionalLong.of(qe.execSelect().next().getLiteral("n").getLong());
        } catch (QueryCancelledException e) {
            LOG.warn("VoID count left out: not counted within {} s: {}", QUERY_SECONDS, query);
            return OptionalLong.empty();
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
