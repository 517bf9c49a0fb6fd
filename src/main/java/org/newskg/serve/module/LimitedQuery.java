package org.newskg.serve.module;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.util.Context;

/**
 * Fuseki's SPARQL query handler with limits that bound every answer in size, time and memory:
 * <ul>
 * <li>a SELECT returns at most {@code maxResults} rows, a CONSTRUCT or DESCRIBE is built from at
 *     most that many solutions (a query asking for fewer keeps its own LIMIT; clients page with
 *     LIMIT and OFFSET). With the cap, {@code ORDER BY} keeps only the best rows in memory
 *     (ARQ's top-N sort; see {@link NewskgFusekiModule}).</li>
 * <li>A SELECT is evaluated to its end before the first byte is sent, so the query timeout covers
 *     the whole evaluation, and a query it cancels is answered 503, never 200 with part of a
 *     result (the answer is at most {@code maxResults} rows, so holding it is bounded).</li>
 * <li>The timeout also reaches work that Jena does while it builds the query's iterators (a sort
 *     under a large OFFSET), where its own timer waits for a lock until that work is done: a
 *     watchdog raises the query's cancel signal itself when the time is up.</li>
 * <li>REGEX and REPLACE stop when the query is cancelled ({@link CancellableRegex}).</li>
 * <li>When the heap is still nearly full after a collection (a GROUP BY over millions of
 *     groups, which Jena cannot spill), the running queries are cancelled ({@link MemoryGuard}).</li>
 * <li>A query longer than {@link QueryShape#MAX_QUERY_CHARS} characters or nested deeper than
 *     {@link QueryShape#MAX_DEPTH} is refused with 400 before it is parsed, and one that still overflows the stack is a 400, not a 500 with a stack trace.</li>
 * <li>A query that uses the newskg prefixes without declaring them runs as on the command line
 *     ({@link QueryPrefixes#forServer}).</li>
 * </ul>
 * Fuseki has no such settings of its own.
 */
public final class LimitedQuery extends SPARQL_QueryDataset {
    private static final ScheduledExecutorService WATCHDOG = watchdog();
    private final long maxResults;

    public LimitedQuery(long maxResults) {
        if (maxResults < 1) {
            throw new IllegalArgumentException("the result limit must be positive: " + maxResults);
        }
        this.maxResults = maxResults;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.length() > QueryShape.MAX_QUERY_CHARS) {
            ServletOps.errorBadRequest("The query is longer than " + QueryShape.MAX_QUERY_CHARS + " characters.");
        }
        if (!QueryShape.acceptable(queryString)) {
            ServletOps.errorBadRequest("The query nests deeper than " + QueryShape.MAX_DEPTH + " levels.");
        }
        try {
            super.execute(QueryPrefixes.forServer(queryString), action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("The query is too complex to evaluate (too deeply nested).");
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, CancellableRegex.rewrite(capped(query, maxResults)), dataset);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery,
                                           String queryStringLog) {
        AtomicBoolean cancel = Context.getCancelSignal(queryExec.getContext());
        long timeout = overallTimeoutMillis(action.getContext());
        ScheduledFuture<?> alarm = cancel == null || timeout <= 0 ? null
                : WATCHDOG.schedule(() -> cancel.set(true), timeout, TimeUnit.MILLISECONDS);
        MemoryGuard.Registration watched = cancel == null ? () -> {} : MemoryGuard.get().register(cancel);
        try {
            QueryExecResult result = super.executeQuery(action, queryExec, requestQuery, queryStringLog);
            if (result.isRowSet()) {
                // Evaluate to the end now, inside the timeout: a cancellation is then an error status.
                return new QueryExecResult(RowSetMem.create(result.rowSet()));
            }
            return result; // CONSTRUCT, DESCRIBE and ASK are evaluated whole by Fuseki already
        } finally {
            watched.close();
            if (alarm != null) {
                alarm.cancel(false);
            }
        }
    }

    /** The server's whole-query time limit ({@code arq:queryTimeout}, its second part if it has two); 0 for none. */
    static long overallTimeoutMillis(Context context) {
        String setting = context == null ? null : context.getAsString(ARQ.queryTimeout);
        if (setting == null) {
            return 0;
        }
        Pair<Long, Long> parts = Timeouts.parseTimeoutStr(setting, TimeUnit.MILLISECONDS);
        return parts == null ? 0 : Math.max(parts.getLeft(), parts.getRight());
    }

    private static ScheduledExecutorService watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = Executors.defaultThreadFactory().newThread(r);
            t.setName("newskg-query-watchdog");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
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
