package org.newskg.export;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.newskg.rdf.Vocab;

/**
 * Edges from a CONSTRUCT query: each triple whose object is an IRI or blank node is an edge named
 * by its predicate (weight 1); a literal object of rdfs:label or schema:name labels its subject;
 * other literal triples are left out, since a literal is no node. The result is a set of
 * triples, so it is built once (in memory, as Jena does for any CONSTRUCT) and read from there.
 */
public final class ConstructEdges implements EdgeSource {
    private static final Node RDFS_LABEL = org.apache.jena.graph.NodeFactory.createURI(Vocab.RDFS + "label");

    private final String name;
    private final Query query;
    private final long timeoutSeconds;
    private Graph result;
    private long literalsLeftOut;

    public ConstructEdges(String name, Query query, long timeoutSeconds) {
        if (!query.isConstructType()) {
            throw new IllegalArgumentException("not a CONSTRUCT query");
        }
        this.name = name;
        this.query = query;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean directed() {
        return true; // a triple goes from its subject to its object
    }

    /** Literal triples not used, in the last run. */
    public long literalsLeftOut() {
        return literalsLeftOut;
    }

    @Override
    public void run(Dataset dataset, Visitor out) {
        if (result == null) {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .set(TDB2.symUnionDefaultGraph, true)
                    .timeout(timeoutSeconds, TimeUnit.SECONDS)
                    .build()) {
                result = qe.execConstruct().getGraph();
            }
        }
        literalsLeftOut = 0;
        ExtendedIterator<Triple> it = result.find();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                String s = id(t.getSubject());
                Node o = t.getObject();
                if (o.isLiteral()) {
                    if (t.getPredicate().equals(RDFS_LABEL) || t.getPredicate().equals(Vocab.NAME)) {
                        out.node(s, Optional.of(o.getLiteralLexicalForm()));
                    } else {
                        literalsLeftOut++;
                    }
                } else {
                    out.edge(new GraphEdge(s, id(o), Vocab.PREFIXES.shortForm(t.getPredicate().getURI()), 1,
                            Optional.empty(), Optional.empty(), Optional.empty()));
                }
            }
        } finally {
            it.close();
        }
    }

    private static String id(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }
}
