package org.newskg.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.newskg.store.ServedStore;

/** The pages' own queries: over the union of all graphs, as on the endpoint, within a time limit. */
final class StoreSelect {
    private StoreSelect() {}

    /**
     * Every row of {@code query}, read in one transaction.
     *
     * @throws org.apache.jena.query.QueryCancelledException when it runs past {@code seconds}
     */
    static List<QuerySolution> rows(DatasetGraph store, Query query, long seconds) {
        return ServedStore.read(store, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store)).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).timeout(seconds, TimeUnit.SECONDS).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }
}
