package org.newskg.serve.module;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query handler with a cap on the size of every answer: a SELECT returns at
 * most {@code maxResults} rows, a CONSTRUCT or DESCRIBE is built from at most that many
 * solutions. A query asking for fewer (its own LIMIT) is left as it is; a client pages through
 * larger answers with LIMIT and OFFSET. Fuseki has no such setting of its own.
 */
public final class LimitedQuery extends SPARQL_QueryDataset {
    private final long maxResults;

    public LimitedQuery(long maxResults) {
        if (maxResults < 1) {
            throw new IllegalArgumentException("the result limit must be positive: " + maxResults);
        }
        this.maxResults = maxResults;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, capped(query, maxResults), dataset);
    }

    /** {@code query} with a LIMIT no larger than {@code max}; ASK queries are left alone. */
    public static Query capped(Query query, long max) {
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= max)) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(max);
        return copy;
    }
}
