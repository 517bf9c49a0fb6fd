package org.newskg.rdf;

import static org.apache.jena.graph.NodeFactory.createLiteralDT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Per-entity and per-pair counts, precomputed into the corpus graph so that ranking and network
 * queries read a few triples per answer row instead of joining every mention of every article:
 * for each entity its name (the one most articles use), type (person, organisation or place),
 * mentions, mentioning articles, first and last publication day and rank; for each pair of
 * entities named together in at least {@value #MIN_PAIR_ARTICLES} articles, a
 * {@code newskg:CoMention} with the same counts and its rank among pairs; and for each entity a
 * link to its {@value #STRONGEST_PER_ENTITY} strongest pairs. The ranks follow the order of the
 * ranking queries, so those read the first rows by rank instead of sorting everything.
 * Recomputed with the rest of the corpus graph after every ingest and removal, so it never lags
 * the articles.
 */
public final class EntityCounts {
    /** Pairs seen in fewer articles are left out: they are most pairs, and rarely asked for. */
    public static final int MIN_PAIR_ARTICLES = 2;

    /** How many pairs of each entity {@code newskg:strongestCoMention} marks. */
    public static final int STRONGEST_PER_ENTITY = 100;

    private static final Set<Node> ENTITY_TYPES = Set.of(Vocab.PERSON, Vocab.ORGANIZATION, Vocab.PLACE);

    private final Iris iris;

    public EntityCounts(Iris iris) {
        this.iris = iris;
    }

    /** Tally of one entity or pair. */
    private static final class Tally {
        int articles;
        int mentions;
        String first;
        String last;
        Node type;
        final Map<Node, Integer> names = new HashMap<>();

        void seen(Optional<String> day, int mentionsHere) {
            articles++;
            mentions += mentionsHere;
            day.ifPresent(d -> {
                first = first == null || d.compareTo(first) < 0 ? d : first;
                last = last == null || d.compareTo(last) > 0 ? d : last;
            });
        }
    }

    /**
     * Adds the counts of the article graphs of {@code dsg} to {@code corpus}, per corpus entity:
     * {@code canonicalOf} maps an article-level entity IRI to the IRI that stands for it across
     * articles (cross-document resolution), so a person named two ways counts once. Call inside a
     * transaction, after the resolution's own triples are in {@code corpus}.
     */
    public void addTo(Graph corpus, DatasetGraph dsg, UnaryOperator<String> canonicalOf) {
        // Each kind of fact is read in one pass over its index, not looked up article by article:
        // at millions of quads, tens of thousands of small look-ups cost more than the passes.
        Map<Node, List<Node>> mentioned = new HashMap<>();
        Set<List<Node>> named = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.MENTIONS, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject())) {
                mentioned.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q.getObject());
                named.add(List.of(q.getGraph(), q.getObject()));
            }
        });
        Map<Node, String> days = publicationDays(dsg);
        Map<Node, Map<Node, Integer>> mentionCounts = mentionCounts(dsg);
        Map<List<Node>, List<Node>> namesIn = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.NAME, Node.ANY).forEachRemaining(q -> {
            List<Node> key = List.of(q.getGraph(), q.getSubject());
            if (named.contains(key)) {
                namesIn.computeIfAbsent(key, k -> new ArrayList<>()).add(q.getObject());
            }
        });
        Map<List<Node>, Node> typeIn = new HashMap<>();
        for (Node type : ENTITY_TYPES) {
            dsg.find(Node.ANY, Node.ANY, Vocab.TYPE, type).forEachRemaining(q -> typeIn.put(List.of(q.getGraph(), q.getSubject()), type));
        }
        UnaryOperator<Node> canonical = n -> NodeFactory.createURI(canonicalOf.apply(n.getURI()));
        Map<Node, Tally> entities = new HashMap<>();
        Map<List<Node>, Tally> pairs = new HashMap<>();
        for (Map.Entry<Node, List<Node>> article : mentioned.entrySet()) {
            Node graph = article.getKey();
            Optional<String> day = Optional.ofNullable(days.get(graph));
            Map<Node, List<Node>> membersHere = new HashMap<>();
            article.getValue().stream().filter(Node::isURI)
                    .forEach(e -> membersHere.computeIfAbsent(canonical.apply(e), c -> new ArrayList<>()).add(e));
            Map<Node, Integer> mentionsHere = new HashMap<>();
            mentionCounts.getOrDefault(graph, Map.of()).forEach((e, n) -> {
                if (e.isURI()) {
                    mentionsHere.merge(canonical.apply(e), n, Integer::sum);
                }
            });
            TreeSet<Node> names = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
            names.addAll(membersHere.keySet());
            List<Node> sorted = List.copyOf(names);
            for (int i = 0; i < sorted.size(); i++) {
                Node e = sorted.get(i);
                Tally tally = entities.computeIfAbsent(e, k -> new Tally());
                tally.seen(day, mentionsHere.getOrDefault(e, 0));
                for (Node member : membersHere.get(e)) {
                    List<Node> key = List.of(graph, member);
                    namesIn.getOrDefault(key, List.of()).forEach(n -> tally.names.merge(n, 1, Integer::sum));
                    if (typeIn.containsKey(key)) {
                        tally.type = typeIn.get(key);
                    }
                }
                for (int j = i + 1; j < sorted.size(); j++) {
                    pairs.computeIfAbsent(List.of(e, sorted.get(j)), k -> new Tally()).seen(day, 0);
                }
            }
        }
        entities.forEach((entity, t) -> {
            corpus.add(entity, Vocab.MENTION_COUNT, integer(t.mentions));
            // The type too, so that a ranking needs no look-up in the article graphs (a resolved
            // entity has it from the resolution already; types never mix within one IRI).
            if (t.type != null) {
                corpus.add(entity, Vocab.TYPE, t.type);
            }
            // The name most articles use, so that a ranking reads nothing but this graph; a
            // resolved entity has its name from the resolution already.
            t.names.entrySet().stream()
                    .filter(n -> !corpus.contains(entity, Vocab.NAME, Node.ANY))
                    .max(Map.Entry.<Node, Integer>comparingByValue()
                            .thenComparing(n -> n.getKey().getLiteralLexicalForm(), Comparator.reverseOrder()))
                    .ifPresent(n -> corpus.add(entity, Vocab.NAME, n.getKey()));
            addCommon(corpus, entity, t);
        });
        Map<Node, String> nameOf = new HashMap<>();
        entities.keySet().forEach(e -> corpus.find(e, Vocab.NAME, Node.ANY)
                .forEachRemaining(t -> nameOf.putIfAbsent(e, t.getObject().getLiteralLexicalForm())));
        Comparator<Node> byName = Comparator.comparing(e -> nameOf.getOrDefault(e, ""));
        // Ranks in the order of the ranking queries, so that they read the first few by rank.
        List<Node> ranked = entities.keySet().stream()
                .filter(e -> ENTITY_TYPES.stream().anyMatch(type -> corpus.contains(e, Vocab.TYPE, type)))
                .sorted(Comparator.<Node>comparingInt(e -> -entities.get(e).articles)
                        .thenComparingInt(e -> -entities.get(e).mentions).thenComparing(byName))
                .toList();
        for (int i = 0; i < ranked.size(); i++) {
            corpus.add(ranked.get(i), Vocab.ENTITY_RANK, integer(i + 1));
        }
        addPairs(corpus, pairs, byName);
    }

    /** The pairs seen often enough, ranked overall and, for each entity, its strongest ones marked. */
    private void addPairs(Graph corpus, Map<List<Node>, Tally> pairs, Comparator<Node> byName) {
        Comparator<Map.Entry<List<Node>, Tally>> heaviest = Comparator.comparingInt(p -> -p.getValue().articles);
        List<Map.Entry<List<Node>, Tally>> kept = pairs.entrySet().stream()
                .filter(p -> p.getValue().articles >= MIN_PAIR_ARTICLES)
                .sorted(heaviest.thenComparing(p -> p.getKey().get(0), byName).thenComparing(p -> p.getKey().get(1), byName))
                .toList();
        Map<Node, List<Map.Entry<List<Node>, Tally>>> byEntity = new HashMap<>();
        Map<List<Node>, Node> nodeOf = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            List<Node> pair = kept.get(i).getKey();
            Node node = iris.coMention(pair.get(0).getURI(), pair.get(1).getURI());
            nodeOf.put(pair, node);
            corpus.add(node, Vocab.TYPE, Vocab.CO_MENTION);
            corpus.add(node, Vocab.CO_MENTION_OF, pair.get(0));
            corpus.add(node, Vocab.CO_MENTION_OF, pair.get(1));
            corpus.add(node, Vocab.PAIR_RANK, integer(i + 1));
            addCommon(corpus, node, kept.get(i).getValue());
            byEntity.computeIfAbsent(pair.get(0), e -> new ArrayList<>()).add(kept.get(i));
            byEntity.computeIfAbsent(pair.get(1), e -> new ArrayList<>()).add(kept.get(i));
        }
        byEntity.forEach((entity, its) -> its.stream()
                .sorted(heaviest.thenComparing(p -> other(p.getKey(), entity), byName))
                .limit(STRONGEST_PER_ENTITY)
                .forEach(p -> corpus.add(entity, Vocab.STRONGEST_CO_MENTION, nodeOf.get(p.getKey()))));
    }

    private static Node other(List<Node> pair, Node entity) {
        return pair.get(0).equals(entity) ? pair.get(1) : pair.get(0);
    }

    private static void addCommon(Graph corpus, Node node, Tally t) {
        corpus.add(node, Vocab.MENTIONING_ARTICLES, integer(t.articles));
        if (t.first != null) {
            corpus.add(node, Vocab.FIRST_SEEN, createLiteralDT(t.first, XSDDatatype.XSDdate));
            corpus.add(node, Vocab.LAST_SEEN, createLiteralDT(t.last, XSDDatatype.XSDdate));
        }
    }

    // The day as each article states it (its own time zone), the first ten characters of the
    // xsd:date or xsd:dateTime; anything else is no day.
    private static Map<Node, String> publicationDays(DatasetGraph dsg) {
        Map<Node, String> days = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.DATE_PUBLISHED, Node.ANY).forEachRemaining(q -> {
            Node date = q.getObject();
            String lexical = date.isLiteral() ? date.getLiteralLexicalForm() : "";
            if (q.getGraph().equals(q.getSubject()) && lexical.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                days.putIfAbsent(q.getGraph(), lexical.substring(0, 10));
            }
        });
        return days;
    }

    /** Mentions of each entity, by article graph. */
    private static Map<Node, Map<Node, Integer>> mentionCounts(DatasetGraph dsg) {
        Map<Node, Map<Node, Integer>> counts = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.TA_IDENT_REF, Node.ANY).forEachRemaining(q ->
                counts.computeIfAbsent(q.getGraph(), g -> new HashMap<>()).merge(q.getObject(), 1, Integer::sum));
        return counts;
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
