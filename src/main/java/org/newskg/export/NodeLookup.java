package org.newskg.export;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.Vocab;

/**
 * What the store says about one node, found with indexed lookups (no query per node): its
 * label, its type, how often it is mentioned and in how many articles. Call inside a read transaction.
 */
final class NodeLookup {
    private static final Node RDFS_LABEL = NodeFactory.createURI(Vocab.RDFS + "label");

    /** What the exporter needs to know of a node before writing it. */
    record Facts(String label, String type, long mentions, long articles) {}

    private static final java.util.List<Map.Entry<Node, String>> KNOWN = java.util.List.of(
            Map.entry(Vocab.PERSON, "person"), Map.entry(Vocab.ORGANIZATION, "organization"),
            Map.entry(Vocab.PLACE, "place"), Map.entry(Vocab.STATEMENT, "statement"),
            Map.entry(Vocab.NEWS_ARTICLE, "article"), Map.entry(Vocab.SEM_EVENT, "event"));

    private final DatasetGraph dsg;

    NodeLookup(Dataset dataset) {
        this.dsg = dataset.asDatasetGraph();
    }

    Facts facts(String id) {
        if (id.startsWith("_:")) {
            return new Facts(id, "", 0, 0); // a CONSTRUCT's blank node is not in the store
        }
        Node n = NodeFactory.createURI(id);
        String type = type(n);
        if (type.equals("statement")) {
            long reports = count(Node.ANY, n, Vocab.HAS_REPORT, Node.ANY);
            long articles = object(n, Vocab.ARTICLE_COUNT).map(o -> Long.parseLong(o.getLiteralLexicalForm())).orElse(0L);
            return new Facts(label(n, Vocab.TEXT).orElse(id), type, reports, articles);
        }
        if (type.equals("event")) {
            long accounts = count(Vocab.CORPUS_GRAPH_NAME, n, Vocab.HAS_EVENT_MENTION, Node.ANY);
            long articles = object(n, Vocab.ARTICLE_COUNT).map(o -> Long.parseLong(o.getLiteralLexicalForm())).orElse(0L);
            return new Facts(label(n, Vocab.NAME).orElse(id), type, accounts, articles);
        }
        // A canonical entity stands for every article-level IRI joined to it (owl:sameAs in the corpus graph).
        Set<Node> members = new HashSet<>(Set.of(n));
        dsg.find(Vocab.CORPUS_GRAPH_NAME, Node.ANY, Vocab.SAME_AS, n).forEachRemaining(q -> members.add(q.getSubject()));
        long mentions = 0;
        Set<Node> articles = new HashSet<>();
        for (Node m : members) {
            mentions += count(Node.ANY, Node.ANY, Vocab.TA_IDENT_REF, m);
            graphs(Vocab.MENTIONS, m, articles);
            graphs(Vocab.PUBLISHER, m, articles);
        }
        String label = canonicalName(n).or(() -> label(n, Vocab.NAME)).or(() -> label(n, RDFS_LABEL))
                .or(() -> label(n, Vocab.HEADLINE)).orElse(localName(id));
        return new Facts(label, type, mentions, articles.size());
    }

    /** person, organization, place, statement, article or event for newskg's classes; else a class's local name. */
    private String type(Node n) {
        Set<String> types = new HashSet<>();
        Iterator<Quad> it = dsg.find(Node.ANY, n, Vocab.TYPE, Node.ANY);
        while (it.hasNext()) {
            Node t = it.next().getObject();
            if (t.isURI()) {
                types.add(t.getURI());
            }
        }
        for (var known : KNOWN) {
            if (types.contains(known.getKey().getURI())) {
                return known.getValue();
            }
        }
        return types.stream().sorted().findFirst().map(NodeLookup::localName).orElse("");
    }

    /** The most frequent value (then the first in order), as names may differ in case between articles. */
    private Optional<String> label(Node n, Node predicate) {
        Map<String, Integer> counts = new TreeMap<>();
        Iterator<Quad> it = dsg.find(Node.ANY, n, predicate, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) {
                counts.merge(o.getLiteralLexicalForm(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).map(Map.Entry::getKey);
    }

    /** The name cross-document resolution gave the entity, if it joined others. */
    private Optional<String> canonicalName(Node n) {
        Iterator<Quad> it = dsg.find(Vocab.CORPUS_GRAPH_NAME, n, Vocab.NAME, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    private Optional<Node> object(Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private long count(Node g, Node s, Node p, Node o) {
        long c = 0;
        Iterator<Quad> it = dsg.find(g, s, p, o);
        while (it.hasNext()) {
            it.next();
            c++;
        }
        return c;
    }

    private void graphs(Node p, Node o, Set<Node> into) {
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, p, o);
        while (it.hasNext()) {
            Node g = it.next().getGraph();
            if (!g.equals(Vocab.CORPUS_GRAPH_NAME)) {
                into.add(g);
            }
        }
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
