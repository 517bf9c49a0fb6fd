package org.newskg.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.QueryEngineTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Runs queries on a text dataset over TDB2 with TDB2's own query engine. TDB2's engine accepts
 * only TDB2 datasets, so without this every query on the text-wrapped store (the CLI's and the
 * server's) would fall back to ARQ's general engine, which answers the same but matches patterns
 * triple by triple and is many times slower on large stores. The text index goes along in the
 * context, where {@code text:query} looks for it first.
 */
final class TextOverTdb2 implements QueryEngineFactory {
    private static final TextOverTdb2 INSTANCE = new TextOverTdb2();

    private TextOverTdb2() {}

    /** Registers the engine once per JVM; later calls do nothing. */
    static synchronized void register() {
        if (!QueryEngineRegistry.containsFactory(INSTANCE)) {
            QueryEngineRegistry.addFactory(INSTANCE);
        }
    }

    private static boolean handles(DatasetGraph dsg) {
        return dsg instanceof DatasetGraphText text && TDBInternal.isBackedByTDB(text.getWrapped());
    }

    private static Context withIndex(DatasetGraph dsg, Context cxt) {
        DatasetGraphText text = (DatasetGraphText) dsg;
        Context merged = Context.mergeCopy(text.getWrapped().getContext(), cxt);
        merged.set(TextQuery.textIndex, text.getTextIndex());
        return merged;
    }

    @Override
    public boolean accept(Query query, DatasetGraph dsg, Context cxt) {
        return handles(dsg);
    }

    @Override
    public Plan create(Query query, DatasetGraph dsg, Binding input, Context cxt) {
        return QueryEngineTDB.getFactory().create(query, ((DatasetGraphText) dsg).getWrapped(), input, withIndex(dsg, cxt));
    }

    @Override
    public boolean accept(Op op, DatasetGraph dsg, Context cxt) {
        return handles(dsg);
    }

    @Override
    public Plan create(Op op, DatasetGraph dsg, Binding input, Context cxt) {
        return QueryEngineTDB.getFactory().create(op, ((DatasetGraphText) dsg).getWrapped(), input, withIndex(dsg, cxt));
    }
}
