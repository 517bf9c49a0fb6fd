package org.newskg.publish;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.rdf.Vocab;

/**
 * Describes resources from a dataset, across all its graphs: what a resource states (with the
 * graphs that state it), its parts (the resources {@code <IRI#...>} of its own graph, such as an
 * article's mentions and reports), the exact words that name it, and who points at it.
 * Callers run it inside a read transaction.
 */
public final class Describer {
    /** Most rows of one kind on a page; the SPARQL endpoint has the rest. */
    public static final int MAX_ROWS = 500;
    /** Most incoming links counted. */
    public static final int MAX_COUNTED = 100_000;
    private static final int MAX_FACTS = 5_000;

    /** Properties that name a node, best first. */
    private static final List<Node> LABELS = List.of(Vocab.NAME, Vocab.HEADLINE, RDFS.label.asNode(),
            DCTerms.title.asNode(), SKOS.prefLabel.asNode(), Vocab.ANCHOR_OF, Vocab.TEXT);
    private static final int LABEL_LENGTH = 120;

    private final DatasetGraph dataset;
    private final PrefixMapping prefixes;

    /**
     * @param prefixes prefixes for the RDF written from the descriptions
     */
    public Describer(DatasetGraph dataset, PrefixMapping prefixes) {
        this.dataset = dataset;
        this.prefixes = prefixes;
    }

    /** Whether the dataset says anything about {@code iri}: as a subject, or as a graph name. */
    public boolean knows(Node iri) {
        return dataset.find(Node.ANY, iri, Node.ANY, Node.ANY).hasNext() || dataset.containsGraph(iri);
    }

    /** The RDF served for {@code subject}: its triples, its parts' and their blank nodes'. */
    public Graph graph(Node subject) {
        return collect(subject, new LinkedHashMap<>());
    }

    /** Everything the page shows: the graph with the sources of each triple, evidence, incoming links, labels. */
    public Description describe(Node subject) {
        return describe(subject, MAX_ROWS);
    }

    /**
     * @param evidenceRows most evidence snippets: fewer where the page shows the resource its own
     *                     way first and folds the generic description away
     */
    public Description describe(Node subject, int evidenceRows) {
        Map<Triple, Set<Node>> sources = new LinkedHashMap<>();
        Graph graph = collect(subject, sources);

        List<Evidence> evidence = evidence(subject, graph, evidenceRows);
        List<Quad> incoming = new ArrayList<>();
        long total = incoming(subject, incoming);

        Map<Node, String> labels = new HashMap<>();
        graph.find().forEach(t -> {
            label(t.getSubject(), labels);
            label(t.getObject(), labels);
        });
        sources.values().forEach(graphs -> graphs.forEach(g -> label(g, labels)));
        incoming.forEach(q -> {
            label(q.getSubject(), labels);
            label(q.getGraph(), labels);
        });
        evidence.forEach(e -> label(e.article(), labels));
        return new Description(subject, graph, sources, evidence, incoming, total, labels);
    }

    private Graph collect(Node subject, Map<Triple, Set<Node>> sources) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        addFacts(subject, graph, sources);
        for (Node part : parts(subject, graph)) {
            addFacts(part, graph, sources);
        }
        addBlankNodes(graph, sources);
        return graph;
    }

    private void addFacts(Node subject, Graph graph, Map<Triple, Set<Node>> sources) {
        Iterator<Quad> it = dataset.find(Node.ANY, subject, Node.ANY, Node.ANY);
        for (int n = 0; it.hasNext() && n < MAX_FACTS; n++) {
            Quad q = it.next();
            Triple t = q.asTriple();
            graph.add(t);
            sources.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(q.getGraph());
        }
    }

    /**
     * The resources {@code <IRI#...>} described with it: the subjects of its own graph (an
     * article's mentions and reports) and those its own triples point at (an event's roles).
     */
    private List<Node> parts(Node subject, Graph facts) {
        if (!subject.isURI()) {
            return List.of();
        }
        String prefix = subject.getURI() + "#";
        Set<Node> parts = new LinkedHashSet<>();
        facts.find(subject, Node.ANY, Node.ANY).forEach(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(prefix)) {
                parts.add(t.getObject());
            }
        });
        if (dataset.containsGraph(subject)) {
            dataset.getGraph(subject).find().forEach(t -> {
                Node s = t.getSubject();
                if (s.isURI() && s.getURI().startsWith(prefix)) {
                    parts.add(s);
                }
            });
        }
        return new ArrayList<>(parts);
    }

    /** Blank nodes have no page of their own, so their triples go with the resource that uses them. */
    private void addBlankNodes(Graph graph, Map<Triple, Set<Node>> sources) {
        Set<Node> done = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        graph.find().forEach(t -> todo.add(t.getObject()));
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node.isBlank() && done.add(node)) {
                List<Triple> before = graph.find(node, Node.ANY, Node.ANY).toList();
                addFacts(node, graph, sources);
                graph.find(node, Node.ANY, Node.ANY).forEach(t -> {
                    if (!before.contains(t)) {
                        todo.add(t.getObject());
                    }
                });
            }
        }
    }

    /**
     * The words that name or state the resource: the phrases that mention it
     * ({@code itsrdf:taIdentRef}), phrases it points at, and for each part of another document it
     * points at (a statement's reports, an event's mentions), that part's own words: its longest
     * phrase that names no entity (a report's content rather than its cue).
     */
    private List<Evidence> evidence(Node subject, Graph graph, int most) {
        Set<Node> phrases = new LinkedHashSet<>();
        Iterator<Quad> mentions = dataset.find(Node.ANY, Node.ANY, Vocab.TA_IDENT_REF, subject);
        while (mentions.hasNext() && phrases.size() < most) {
            phrases.add(mentions.next().getSubject());
        }
        String ownParts = subject.isURI() ? subject.getURI() + "#" : null;
        for (Triple t : graph.find(subject, Node.ANY, Node.ANY).toList()) {
            Node o = t.getObject();
            if (phrases.size() >= most || !o.isURI() || (ownParts != null && o.getURI().startsWith(ownParts))) {
                continue;
            }
            if (isPhrase(o)) {
                phrases.add(o);
            } else if (o.getURI().contains("#")) {
                wordsOf(o).ifPresent(phrases::add);
            }
        }
        Map<Node, String> texts = new HashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Node phrase : phrases) {
            evidenceOf(phrase, texts).ifPresent(evidence::add);
        }
        return evidence;
    }

    private Optional<Node> wordsOf(Node part) {
        Node best = null;
        int bestLength = -1;
        for (Iterator<Quad> it = dataset.find(Node.ANY, part, Node.ANY, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            Optional<Node> anchor = o.isURI() ? value(o, Vocab.ANCHOR_OF) : Optional.empty();
            if (anchor.isPresent() && anchor.get().isLiteral() && value(o, Vocab.TA_IDENT_REF).isEmpty()
                    && anchor.get().getLiteralLexicalForm().length() > bestLength) {
                best = o;
                bestLength = anchor.get().getLiteralLexicalForm().length();
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean isPhrase(Node node) {
        return dataset.find(Node.ANY, node, Vocab.ANCHOR_OF, Node.ANY).hasNext();
    }

    private Optional<Evidence> evidenceOf(Node phrase, Map<Node, String> texts) {
        Optional<Node> article = value(phrase, Vocab.REFERENCE_CONTEXT);
        Optional<Node> anchor = value(phrase, Vocab.ANCHOR_OF);
        if (article.isEmpty() || anchor.isEmpty() || !anchor.get().isLiteral()) {
            return Optional.empty();
        }
        String text = texts.computeIfAbsent(article.get(),
                a -> value(a, Vocab.IS_STRING).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse(null));
        int begin = number(phrase, Vocab.BEGIN_INDEX);
        int end = number(phrase, Vocab.END_INDEX);
        return Optional.of(Evidence.of(phrase, article.get(), text, begin, end, anchor.get().getLiteralLexicalForm()));
    }

    private int number(Node node, Node property) {
        return value(node, property).filter(Node::isLiteral).map(n -> {
            try {
                return Integer.parseInt(n.getLiteralLexicalForm());
            } catch (NumberFormatException e) {
                return -1;
            }
        }).orElse(-1);
    }

    /** Fills {@code into} with up to {@link #MAX_ROWS} links to the subject; returns how many there are. */
    private long incoming(Node subject, List<Quad> into) {
        String ownParts = subject.isURI() ? subject.getURI() + "#" : null;
        Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, Node.ANY, subject);
        long total = 0;
        while (it.hasNext() && total < MAX_COUNTED) {
            Quad q = it.next();
            Node s = q.getSubject();
            boolean own = s.equals(subject) || (ownParts != null && s.isURI() && s.getURI().startsWith(ownParts));
            // Mentions are shown as evidence, and the resource's own parts on its page already.
            if (own || q.getPredicate().equals(Vocab.TA_IDENT_REF)) {
                continue;
            }
            total++;
            if (into.size() < MAX_ROWS) {
                into.add(q);
            }
        }
        return total;
    }

    private void label(Node node, Map<Node, String> labels) {
        if (!node.isURI() || labels.containsKey(node)) {
            return;
        }
        if (node.equals(Vocab.CORPUS_GRAPH_NAME)) {
            labels.put(node, "corpus");
            return;
        }
        for (Node property : LABELS) {
            Optional<Node> value = value(node, property).filter(Node::isLiteral);
            if (value.isPresent()) {
                String text = value.get().getLiteralLexicalForm().strip().replaceAll("\\s+", " ");
                labels.put(node, text.length() > LABEL_LENGTH ? text.substring(0, LABEL_LENGTH) + "…" : text);
                return;
            }
        }
    }

    private Optional<Node> value(Node subject, Node property) {
        Iterator<Quad> it = dataset.find(Node.ANY, subject, property, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    /** An IRI node, for callers that hold strings. */
    public static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
