package org.newskg.export;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Dataset;

/**
 * Runs an edge source twice over the store and pushes a graph to a sink. The first run weighs
 * the nodes (weighted degree over the edges that pass the filters, first and last day seen) so
 * that the heaviest can be kept and every node written before the first edge; the second run
 * streams the edges. Only the node table is held in memory, never the document.
 */
public final class Exporter {
    private final ExportSettings settings;

    public Exporter(ExportSettings settings) {
        this.settings = settings;
    }

    /** What an export wrote. */
    public record Summary(long nodes, long edges) {}

    /** Exports inside a read transaction on {@code dataset}. */
    public Summary export(Dataset dataset, EdgeSource source, GraphSink sink) {
        NodeLookup lookup = new NodeLookup(dataset);
        Map<String, Weighed> table = new HashMap<>();

        source.run(dataset, new EdgeSource.Visitor() {
            @Override
            public void edge(GraphEdge e) {
                if (e.weight() < settings.minWeight()) {
                    return;
                }
                Weighed s = table.computeIfAbsent(e.source(), id -> new Weighed(id, lookup.facts(id)));
                Weighed t = table.computeIfAbsent(e.target(), id -> new Weighed(id, lookup.facts(id)));
                if (!settings.keepsType(s.facts.type()) || !settings.keepsType(t.facts.type())) {
                    return;
                }
                s.add(e);
                if (t != s) {
                    t.add(e);
                }
            }

            @Override
            public void node(String id, Optional<String> label) {
                Weighed w = table.computeIfAbsent(id, i -> new Weighed(i, lookup.facts(i)));
                w.named = true;
                label.ifPresent(l -> w.label = l);
            }
        });

        // A node is written when an edge that passes the filters touches it, or a CONSTRUCT names it.
        List<Weighed> candidates = table.values().stream()
                .filter(w -> (w.touched || w.named) && settings.keepsType(w.facts.type()))
                .sorted(Comparator.comparingDouble((Weighed w) -> -w.degree).thenComparing(w -> w.id))
                .toList();
        List<Weighed> kept = settings.maxNodes() > 0 && candidates.size() > settings.maxNodes()
                ? candidates.subList(0, settings.maxNodes()) : candidates;
        Set<String> ids = new HashSet<>();
        kept.forEach(w -> ids.add(w.id));

        GraphSinks.Counting out = GraphSinks.counting(sink);
        out.start();
        for (Weighed w : kept) {
            out.node(new GraphNode(w.id, w.label != null ? w.label : w.facts.label(), w.facts.type(),
                    w.facts.mentions(), w.facts.articles(), Optional.ofNullable(w.first), Optional.ofNullable(w.last)));
        }
        source.run(dataset, new EdgeSource.Visitor() {
            @Override
            public void edge(GraphEdge e) {
                if (e.weight() >= settings.minWeight() && ids.contains(e.source()) && ids.contains(e.target())) {
                    out.edge(e);
                }
            }
        });
        out.finish();
        return new Summary(out.nodes(), out.edges());
    }

    /** A node's running totals during the first run. */
    private static final class Weighed {
        final String id;
        final NodeLookup.Facts facts;
        String label;
        boolean touched;
        boolean named;
        double degree;
        String first;
        String last;

        Weighed(String id, NodeLookup.Facts facts) {
            this.id = id;
            this.facts = facts;
        }

        void add(GraphEdge e) {
            touched = true;
            degree += e.weight();
            e.first().ifPresent(d -> first = first == null || d.compareTo(first) < 0 ? d : first);
            e.last().ifPresent(d -> last = last == null || d.compareTo(last) > 0 ? d : last);
        }
    }
}
