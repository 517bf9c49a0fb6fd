package org.newskg.serve.module;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;

/**
 * Graph Store Protocol read in which {@code ?default} is the default graph that queries see: in
 * a store configured with {@code tdb2:unionDefaultGraph true}, the union of the named graphs.
 * Fuseki's own handler sends the stored default graph, which such a store hides from queries
 * (and newskg keeps empty), so {@code ?default} answered with nothing.
 */
public final class UnionDefaultGraphRead extends GSP_R {
    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph dsg = super.decideDataset(action);
        return unionDefault(dsg.getContext()) ? new UnionAsDefault(dsg) : dsg;
    }

    private static boolean unionDefault(Context context) {
        return context != null && (context.isTrue(TDB2.symUnionDefaultGraph) || context.isTrue(TDB2.symUnionDefaultGraph1));
    }

    /** The dataset with the union of its named graphs as its default graph. */
    private static final class UnionAsDefault extends DatasetGraphWrapper {
        UnionAsDefault(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        public Graph getDefaultGraph() {
            return getUnionGraph();
        }
    }
}
