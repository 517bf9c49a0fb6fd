package org.newskg.rdf;

import static org.apache.jena.graph.NodeFactory.createLiteralDT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.store.CorpusPatch;

/**
 * Per-entity and per-pair counts, precomputed into the corpus graph so that ranking and network
 * queries read a few triples per answer row instead of joining every mention of every article:
 * for each entity its name (the one most articles use), type (person, organisation or place),
 * mentions, mentioning articles, first and last publication day; for each pair of entities named
 * together in at least {@value #MIN_PAIR_ARTICLES} articles, a {@code newskg:CoMention} with the
 * same counts; for each entity a link to its {@value #STRONGEST_PER_ENTITY} strongest pairs; and
 * the rank of the first {@value #RANKED} entities and of the first {@value #RANKED} pairs. The
 * ranks follow the order of the ranking queries, so those read the first rows by rank instead of
 * sorting everything.
 *
 * <p>Why only the first {@value #RANKED} are ranked: a rank over everything moves for every entity
 * ranked below one whose count changes, so one new article rewrote tens of thousands of rank
 * triples in a large store; the queries read the first 50 or 500. With the ranks cut, what one
 * article changes is bounded: its entities' and pairs' counts, and at most {@value #RANKED} ranks of
 * each kind.
 *
 * <p>Two ways in: {@link #addTo} counts everything (a rebuild); {@link #addFor} counts again only
 * the entities of a change and the pairs they are in, from the articles that name them, and gives
 * the parts of the corpus graph it recomputed. Both tally articles with the same code.
 */
public final class EntityCounts {
    /** Pairs seen in fewer articles are left out: they are most pairs, and rarely asked for. */
    public static final int MIN_PAIR_ARTICLES = 2;

    /** How many pairs of each entity {@code newskg:strongestCoMention} marks. */
    public static final int STRONGEST_PER_ENTITY = 100;

    /** How many entities, and how many pairs, get a rank. */
    public static final int RANKED = 1000;

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
     * What the counts read of one article graph: its day, the entities it mentions, their
     * mentions, and their names and type in it.
     */
    private record ArticleCounts(Node graph, Optional<String> day, List<Node> entities, Map<Node, Integer> mentions,
            Map<Node, List<Node>> names, Map<Node, Node> types) {}

    /**
     * Adds the counts of the article graphs of {@code dsg} to {@code corpus}, per corpus entity:
     * {@code canonicalOf} maps an article-level entity IRI to the IRI that stands for it across
     * articles (cross-document resolution), so a person named two ways counts once. Call inside a
     * transaction, after the resolution's own triples are in {@code corpus}.
     */
    public void addTo(Graph corpus, DatasetGraph dsg, UnaryOperator<String> canonicalOf) {
        UnaryOperator<Node> canonical = n -> NodeFactory.createURI(canonicalOf.apply(n.getURI()));
        Map<Node, Tally> entities = new HashMap<>();
        Map<List<Node>, Tally> pairs = new HashMap<>();
        for (ArticleCounts a : readAll(dsg)) {
            tally(a, canonical, e -> true, entities, pairs);
        }
        entities.forEach((entity, t) -> addEntity(corpus, entity, t));
        Function<Node, String> nameOf = nameIn(corpus, n -> "");
        Map<List<Node>, Tally> kept = kept(pairs);
        kept.forEach((pair, t) -> addPair(corpus, pair, t));
        Map<Node, List<Weighted>> byEntity = new HashMap<>();
        kept.forEach((pair, t) -> {
            Node node = iris.coMention(pair.get(0).getURI(), pair.get(1).getURI());
            byEntity.computeIfAbsent(pair.get(0), e -> new ArrayList<>()).add(new Weighted(node, pair.get(1), t.articles));
            byEntity.computeIfAbsent(pair.get(1), e -> new ArrayList<>()).add(new Weighted(node, pair.get(0), t.articles));
        });
        byEntity.forEach((entity, its) -> strongest(its, nameOf)
                .forEach(node -> corpus.add(entity, Vocab.STRONGEST_CO_MENTION, node)));
        Map<Node, int[]> entityKeys = new HashMap<>();
        entities.forEach((e, t) -> {
            if (ENTITY_TYPES.stream().anyMatch(type -> corpus.contains(e, Vocab.TYPE, type))) {
                entityKeys.put(e, new int[] {t.articles, t.mentions});
            }
        });
        addEntityRanks(corpus, entityKeys, nameOf);
        Map<Node, Integer> pairArticles = new HashMap<>();
        Map<Node, List<Node>> pairMembers = new HashMap<>();
        kept.forEach((pair, t) -> {
            Node node = iris.coMention(pair.get(0).getURI(), pair.get(1).getURI());
            pairArticles.put(node, t.articles);
            pairMembers.put(node, pair);
        });
        addPairRanks(corpus, pairArticles, pairMembers::get, nameOf);
    }

    /**
     * Adds to {@code fresh} the counts of the corpus entities in {@code scope} only, and of the pairs
     * they are in, reading only the article graphs that name one of {@code members} (the
     * article-level IRIs whose corpus entity is in scope), the strongest pairs of their partners, and
     * the ranks (from the counts stored in the corpus graph for everything else). Call inside a
     * transaction, after the resolution's triples for the scope are in {@code fresh}.
     *
     * @param replaced the subjects whose triples the caller recomputes whole (the scope, its members,
     *                 IRIs that were canonical before; at least the scope): their stored counts are out of date
     * @return the parts of the corpus graph recomputed here, beyond the subjects in {@code replaced}
     */
    public List<CorpusPatch.Part> addFor(Graph fresh, DatasetGraph dsg, UnaryOperator<String> canonicalOf, Set<Node> scope,
            Set<Node> members, Set<Node> replaced) {
        Graph stored = dsg.getGraph(Vocab.CORPUS_GRAPH_NAME);
        UnaryOperator<Node> canonical = n -> NodeFactory.createURI(canonicalOf.apply(n.getURI()));
        Set<Node> articles = new TreeSet<>(Comparator.comparing(Node::getURI));
        for (Node m : members) {
            for (Node p : List.of(Vocab.MENTIONS)) {
                dsg.find(Node.ANY, Node.ANY, p, m).forEachRemaining(q -> {
                    if (q.getGraph().equals(q.getSubject())) {
                        articles.add(q.getGraph());
                    }
                });
            }
        }
        Map<Node, Tally> entities = new HashMap<>();
        Map<List<Node>, Tally> pairs = new HashMap<>();
        for (Node a : articles) {
            tally(read(dsg, a), canonical, scope::contains, entities, pairs);
        }
        entities.forEach((entity, t) -> addEntity(fresh, entity, t));
        // A subject recomputed has only its fresh name; any other keeps its stored one.
        Function<Node, String> storedName = nameIn(stored, n -> "");
        Function<Node, String> nameOf = nameIn(fresh, n -> replaced.contains(n) ? "" : storedName.apply(n));
        Map<List<Node>, Tally> kept = kept(pairs);
        kept.forEach((pair, t) -> addPair(fresh, pair, t));

        List<CorpusPatch.Part> parts = new ArrayList<>();
        // Pairs of the scope, stored (perhaps gone now) and fresh, are recomputed whole (but their rank).
        Set<Node> pairNodes = new LinkedHashSet<>();
        for (Node e : scope) {
            stored.find(Node.ANY, Vocab.CO_MENTION_OF, e).forEachRemaining(t -> pairNodes.add(t.getSubject()));
        }
        for (Node e : replaced) {
            stored.find(Node.ANY, Vocab.CO_MENTION_OF, e).forEachRemaining(t -> pairNodes.add(t.getSubject()));
        }
        Map<Node, List<Weighted>> freshOf = new HashMap<>();
        Map<Node, Integer> freshPairArticles = new HashMap<>();
        Map<Node, List<Node>> freshMembers = new HashMap<>();
        kept.forEach((pair, t) -> {
            Node node = iris.coMention(pair.get(0).getURI(), pair.get(1).getURI());
            pairNodes.add(node);
            freshPairArticles.put(node, t.articles);
            freshMembers.put(node, pair);
            freshOf.computeIfAbsent(pair.get(0), e -> new ArrayList<>()).add(new Weighted(node, pair.get(1), t.articles));
            freshOf.computeIfAbsent(pair.get(1), e -> new ArrayList<>()).add(new Weighted(node, pair.get(0), t.articles));
        });
        pairNodes.forEach(p -> parts.add(CorpusPatch.Part.subject(p, Set.of(Vocab.PAIR_RANK))));

        // Strongest pairs: the scope's from its fresh pairs; a partner's from its stored pairs, those
        // with the scope taken fresh.
        Set<Node> partners = new TreeSet<>(Comparator.comparing(Node::getURI));
        for (Node p : pairNodes) {
            stored.find(p, Vocab.CO_MENTION_OF, Node.ANY).forEachRemaining(t -> partners.add(t.getObject()));
        }
        freshMembers.values().forEach(partners::addAll);
        partners.removeAll(replaced);
        for (Node e : scope) {
            strongest(freshOf.getOrDefault(e, List.of()), nameOf).forEach(n -> fresh.add(e, Vocab.STRONGEST_CO_MENTION, n));
        }
        for (Node f : partners) {
            List<Weighted> its = new ArrayList<>(freshOf.getOrDefault(f, List.of()));
            stored.find(Node.ANY, Vocab.CO_MENTION_OF, f).forEachRemaining(t -> {
                Node p = t.getSubject();
                if (!pairNodes.contains(p)) {
                    its.add(new Weighted(p, other(stored, p, f), storedInt(stored, p, Vocab.MENTIONING_ARTICLES)));
                }
            });
            strongest(its, nameOf).forEach(n -> fresh.add(f, Vocab.STRONGEST_CO_MENTION, n));
            parts.add(CorpusPatch.Part.of(f, Vocab.STRONGEST_CO_MENTION));
        }

        // Ranks: from the stored counts of everything not recomputed, and the fresh counts.
        String pairPrefix = iris.base() + "co-mention/";
        Map<Node, int[]> entityKeys = new HashMap<>();
        Map<Node, Integer> pairArticles = new HashMap<>();
        stored.find(Node.ANY, Vocab.MENTIONING_ARTICLES, Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            int n = Integer.parseInt(t.getObject().getLiteralLexicalForm());
            if (s.getURI().startsWith(pairPrefix)) {
                if (!pairNodes.contains(s)) {
                    pairArticles.put(s, n);
                }
            } else if (!replaced.contains(s) && ENTITY_TYPES.stream().anyMatch(type -> stored.contains(s, Vocab.TYPE, type))) {
                entityKeys.put(s, new int[] {n, storedInt(stored, s, Vocab.MENTION_COUNT)});
            }
        });
        entities.forEach((e, t) -> {
            if (ENTITY_TYPES.stream().anyMatch(type -> fresh.contains(e, Vocab.TYPE, type))) {
                entityKeys.put(e, new int[] {t.articles, t.mentions});
            }
        });
        pairArticles.putAll(freshPairArticles);
        addEntityRanks(fresh, entityKeys, nameOf);
        addPairRanks(fresh, pairArticles, p -> freshMembers.containsKey(p) ? freshMembers.get(p) : membersOf(stored, p), nameOf);
        parts.add(CorpusPatch.Part.of(null, Vocab.ENTITY_RANK));
        parts.add(CorpusPatch.Part.of(null, Vocab.PAIR_RANK));
        return parts;
    }

    /** Tallies one article: the entities {@code counted} admits, and the pairs with one of them. */
    private static void tally(ArticleCounts a, UnaryOperator<Node> canonical, Predicate<Node> counted,
            Map<Node, Tally> entities, Map<List<Node>, Tally> pairs) {
        Map<Node, List<Node>> membersHere = new HashMap<>();
        a.entities().stream().filter(Node::isURI)
                .forEach(e -> membersHere.computeIfAbsent(canonical.apply(e), c -> new ArrayList<>()).add(e));
        Map<Node, Integer> mentionsHere = new HashMap<>();
        a.mentions().forEach((e, n) -> {
            if (e.isURI()) {
                mentionsHere.merge(canonical.apply(e), n, Integer::sum);
            }
        });
        TreeSet<Node> names = new TreeSet<>(Comparator.comparing(Node::getURI));
        names.addAll(membersHere.keySet());
        List<Node> sorted = List.copyOf(names);
        for (int i = 0; i < sorted.size(); i++) {
            Node e = sorted.get(i);
            if (counted.test(e)) {
                Tally tally = entities.computeIfAbsent(e, k -> new Tally());
                tally.seen(a.day(), mentionsHere.getOrDefault(e, 0));
                for (Node member : membersHere.get(e)) {
                    a.names().getOrDefault(member, List.of()).forEach(n -> tally.names.merge(n, 1, Integer::sum));
                    if (a.types().containsKey(member)) {
                        tally.type = a.types().get(member);
                    }
                }
            }
            for (int j = i + 1; j < sorted.size(); j++) {
                if (counted.test(e) || counted.test(sorted.get(j))) {
                    pairs.computeIfAbsent(List.of(e, sorted.get(j)), k -> new Tally()).seen(a.day(), 0);
                }
            }
        }
    }

    private static void addEntity(Graph corpus, Node entity, Tally t) {
        corpus.add(entity, Vocab.MENTION_COUNT, integer(t.mentions));
        // The type too, so that a ranking needs no look-up in the article graphs (a resolved
        // entity has it from the resolution already; types never mix within one IRI).
        if (t.type != null) {
            corpus.add(entity, Vocab.TYPE, t.type);
        }
        // The name most articles use, so that a ranking reads nothing but this graph; a
        // resolved entity has its name from the resolution already.
        if (!corpus.contains(entity, Vocab.NAME, Node.ANY)) {
            t.names.entrySet().stream()
                    .max(Map.Entry.<Node, Integer>comparingByValue()
                            .thenComparing(n -> n.getKey().getLiteralLexicalForm(), Comparator.reverseOrder()))
                    .ifPresent(n -> corpus.add(entity, Vocab.NAME, n.getKey()));
        }
        addCommon(corpus, entity, t);
    }

    private static Map<List<Node>, Tally> kept(Map<List<Node>, Tally> pairs) {
        Map<List<Node>, Tally> kept = new HashMap<>();
        pairs.forEach((pair, t) -> {
            if (t.articles >= MIN_PAIR_ARTICLES) {
                kept.put(pair, t);
            }
        });
        return kept;
    }

    private void addPair(Graph corpus, List<Node> pair, Tally t) {
        Node node = iris.coMention(pair.get(0).getURI(), pair.get(1).getURI());
        corpus.add(node, Vocab.TYPE, Vocab.CO_MENTION);
        corpus.add(node, Vocab.CO_MENTION_OF, pair.get(0));
        corpus.add(node, Vocab.CO_MENTION_OF, pair.get(1));
        addCommon(corpus, node, t);
    }

    /** A pair of one entity: the pair's node, the other entity, and the articles naming both. */
    private record Weighted(Node pair, Node other, int articles) {}

    /** An entity's strongest pairs: the most articles, then by the other's name. */
    private static List<Node> strongest(List<Weighted> pairs, Function<Node, String> nameOf) {
        return pairs.stream()
                .sorted(Comparator.comparingInt((Weighted w) -> -w.articles()).thenComparing(w -> nameOf.apply(w.other()))
                        .thenComparing(w -> w.other().getURI()))
                .limit(STRONGEST_PER_ENTITY).map(Weighted::pair).toList();
    }

    /** Ranks the first {@value #RANKED} entities: by articles, then mentions, then name (then IRI). */
    private static void addEntityRanks(Graph corpus, Map<Node, int[]> keys, Function<Node, String> nameOf) {
        // Only those that can be among the first are sorted with their names.
        int[] cut = keys.values().stream().sorted(Comparator.<int[]>comparingInt(k -> -k[0]).thenComparingInt(k -> -k[1]))
                .skip(Math.max(0, Math.min(keys.size(), RANKED) - 1)).findFirst().orElse(new int[] {0, 0});
        List<Node> ranked = keys.entrySet().stream()
                .filter(e -> e.getValue()[0] > cut[0] || (e.getValue()[0] == cut[0] && e.getValue()[1] >= cut[1]))
                .map(Map.Entry::getKey)
                .sorted(Comparator.<Node>comparingInt(e -> -keys.get(e)[0]).thenComparingInt(e -> -keys.get(e)[1])
                        .thenComparing(nameOf).thenComparing(Node::getURI))
                .limit(RANKED).toList();
        for (int i = 0; i < ranked.size(); i++) {
            corpus.add(ranked.get(i), Vocab.ENTITY_RANK, integer(i + 1));
        }
    }

    /** Ranks the first {@value #RANKED} pairs: by articles, then the names of the two (then IRIs). */
    private static void addPairRanks(Graph corpus, Map<Node, Integer> articles, Function<Node, List<Node>> membersOf,
            Function<Node, String> nameOf) {
        int cut = articles.values().stream().sorted(Comparator.reverseOrder())
                .skip(Math.max(0, Math.min(articles.size(), RANKED) - 1)).findFirst().orElse(0);
        Map<Node, List<Node>> members = new HashMap<>();
        List<Node> ranked = articles.entrySet().stream().filter(e -> e.getValue() >= cut).map(Map.Entry::getKey)
                .peek(p -> members.put(p, membersOf.apply(p)))
                .sorted(Comparator.<Node>comparingInt(p -> -articles.get(p))
                        .thenComparing(p -> nameOf.apply(members.get(p).get(0)))
                        .thenComparing(p -> nameOf.apply(members.get(p).get(1)))
                        .thenComparing(Node::getURI))
                .limit(RANKED).toList();
        for (int i = 0; i < ranked.size(); i++) {
            corpus.add(ranked.get(i), Vocab.PAIR_RANK, integer(i + 1));
        }
    }

    /** The two entities of a stored pair, in IRI order (as the pair's key). */
    private static List<Node> membersOf(Graph stored, Node pair) {
        List<Node> out = new ArrayList<>();
        stored.find(pair, Vocab.CO_MENTION_OF, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort(Comparator.comparing(Node::getURI));
        return out;
    }

    private static Node other(Graph stored, Node pair, Node entity) {
        return membersOf(stored, pair).stream().filter(n -> !n.equals(entity)).findFirst().orElse(entity);
    }

    private static int storedInt(Graph stored, Node subject, Node predicate) {
        var it = stored.find(subject, predicate, Node.ANY);
        return it.hasNext() ? Integer.parseInt(it.next().getObject().getLiteralLexicalForm()) : 0;
    }

    /** An entity's name in {@code g} (its first), else what {@code otherwise} gives. */
    private static Function<Node, String> nameIn(Graph g, Function<Node, String> otherwise) {
        Map<Node, String> cache = new HashMap<>();
        return e -> cache.computeIfAbsent(e, x -> {
            var it = g.find(x, Vocab.NAME, Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : otherwise.apply(x);
        });
    }

    private static void addCommon(Graph corpus, Node node, Tally t) {
        corpus.add(node, Vocab.MENTIONING_ARTICLES, integer(t.articles));
        if (t.first != null) {
            corpus.add(node, Vocab.FIRST_SEEN, createLiteralDT(t.first, XSDDatatype.XSDdate));
            corpus.add(node, Vocab.LAST_SEEN, createLiteralDT(t.last, XSDDatatype.XSDdate));
        }
    }

    /** Every article graph, each kind of fact read in one pass over its index. */
    private static Collection<ArticleCounts> readAll(DatasetGraph dsg) {
        // At millions of quads, tens of thousands of small look-ups cost more than the passes.
        Map<Node, List<Node>> mentioned = new HashMap<>();
        Set<List<Node>> named = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.MENTIONS, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject())) {
                mentioned.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q.getObject());
                named.add(List.of(q.getGraph(), q.getObject()));
            }
        });
        Map<Node, String> days = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.DATE_PUBLISHED, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject())) {
                day(q.getObject()).ifPresent(d -> days.merge(q.getGraph(), d, (x, y) -> x.compareTo(y) <= 0 ? x : y));
            }
        });
        Map<Node, Map<Node, Integer>> mentionCounts = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.TA_IDENT_REF, Node.ANY).forEachRemaining(q ->
                mentionCounts.computeIfAbsent(q.getGraph(), g -> new HashMap<>()).merge(q.getObject(), 1, Integer::sum));
        Map<Node, Map<Node, List<Node>>> namesIn = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.NAME, Node.ANY).forEachRemaining(q -> {
            if (named.contains(List.of(q.getGraph(), q.getSubject()))) {
                namesIn.computeIfAbsent(q.getGraph(), g -> new HashMap<>())
                        .computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q.getObject());
            }
        });
        Map<Node, Map<Node, Node>> typeIn = new HashMap<>();
        for (Node type : ENTITY_TYPES) {
            dsg.find(Node.ANY, Node.ANY, Vocab.TYPE, type).forEachRemaining(q ->
                    typeIn.computeIfAbsent(q.getGraph(), g -> new HashMap<>()).put(q.getSubject(), type));
        }
        List<ArticleCounts> out = new ArrayList<>();
        mentioned.forEach((g, entities) -> out.add(new ArticleCounts(g, Optional.ofNullable(days.get(g)), entities,
                mentionCounts.getOrDefault(g, Map.of()), namesIn.getOrDefault(g, Map.of()), typeIn.getOrDefault(g, Map.of()))));
        return out;
    }

    /** One article graph, by look-ups in its own graph. */
    private static ArticleCounts read(DatasetGraph dsg, Node g) {
        List<Node> entities = new ArrayList<>();
        dsg.find(g, g, Vocab.MENTIONS, Node.ANY).forEachRemaining(q -> entities.add(q.getObject()));
        Optional<String> day = Optional.empty();
        for (var it = dsg.find(g, g, Vocab.DATE_PUBLISHED, Node.ANY); it.hasNext(); ) {
            Optional<String> d = day(it.next().getObject());
            if (d.isPresent() && (day.isEmpty() || d.get().compareTo(day.get()) < 0)) {
                day = d;
            }
        }
        Map<Node, Integer> mentions = new HashMap<>();
        dsg.find(g, Node.ANY, Vocab.TA_IDENT_REF, Node.ANY).forEachRemaining(q -> mentions.merge(q.getObject(), 1, Integer::sum));
        Map<Node, List<Node>> names = new HashMap<>();
        Map<Node, Node> types = new HashMap<>();
        for (Node e : new LinkedHashSet<>(entities)) {
            dsg.find(g, e, Vocab.NAME, Node.ANY).forEachRemaining(q -> names.computeIfAbsent(e, k -> new ArrayList<>()).add(q.getObject()));
        }
        for (Node type : ENTITY_TYPES) {
            dsg.find(g, Node.ANY, Vocab.TYPE, type).forEachRemaining(q -> types.put(q.getSubject(), type));
        }
        return new ArticleCounts(g, day, entities, mentions, names, types);
    }

    // The day as each article states it (its own time zone), the first ten characters of the
    // xsd:date or xsd:dateTime; anything else is no day.
    private static Optional<String> day(Node date) {
        String lexical = date.isLiteral() ? date.getLiteralLexicalForm() : "";
        return lexical.matches("\\d{4}-\\d{2}-\\d{2}.*") ? Optional.of(lexical.substring(0, 10)) : Optional.empty();
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
