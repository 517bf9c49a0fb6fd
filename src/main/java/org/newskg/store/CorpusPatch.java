package org.newskg.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Fresh triples for some parts of the corpus graph, and which parts: the stored triples those
 * parts select are replaced by the fresh triples they select, everything else stays.
 *
 * @param graph the fresh triples (those outside every part are not written)
 * @param parts the parts recomputed
 * @param kept  what the settings graph keeps per article, to write beside, or null
 */
public record CorpusPatch(Graph graph, List<Part> parts, Kept kept) {
    public CorpusPatch {
        parts = List.copyOf(parts);
    }

    public CorpusPatch(Graph graph, List<Part> parts) {
        this(graph, parts, null);
    }

    /**
     * Fresh triples of what the settings graph keeps per article for updates (the records,
     * {@code rdf.KeptRecords}, and the linker's pages, {@code rdf.FoundPages}) for the articles in
     * {@code articles}, or for every article when {@code articles} is null.
     */
    public record Kept(Graph graph, Set<Node> articles) {}

    /**
     * The triples of one subject ({@code null}: any) with one predicate ({@code null}: any
     * predicate but those in {@code except}).
     */
    public record Part(Node subject, Node predicate, Set<Node> except) {
        public Part {
            except = Set.copyOf(except);
        }

        public static Part subject(Node subject, Set<Node> except) {
            return new Part(subject, null, except);
        }

        public static Part of(Node subject, Node predicate) {
            return new Part(subject, predicate, Set.of());
        }

        boolean selects(Triple t) {
            return predicate != null || !except.contains(t.getPredicate());
        }
    }

    /** The triples of {@code g} that the parts select, each once. */
    public List<Triple> selected(Graph g) {
        Set<Triple> out = new LinkedHashSet<>();
        for (Part p : parts) {
            g.find(p.subject() == null ? Node.ANY : p.subject(), p.predicate() == null ? Node.ANY : p.predicate(), Node.ANY)
                    .forEachRemaining(t -> {
                        if (p.selects(t)) {
                            out.add(t);
                        }
                    });
        }
        return new ArrayList<>(out);
    }
}
