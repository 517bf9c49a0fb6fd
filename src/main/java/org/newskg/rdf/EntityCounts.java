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

    /**
     * {@value #RANKED}, or fewer for tests ({@code -Dnewskg.corpus.ranked=N}), so that a small store
     * fills the ranks and an update has to merge into them.
     */
    static int ranked() {
        return Integer.getInteger("newskg.corpus.ranked", RANKED);
    }

    /** {@value #STRONGEST_PER_ENTITY}, or fewer for tests ({@code -Dnewskg.corpus.strongest=N}), as {@link #ranked}. */
    static int strongestPerEntity() {
        return Integer.getInteger("newskg.corpus.strongest", STRONGEST_PER_ENTITY);
    }

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

    /** What changed since the counts were last written: the parts of the articles added and of those gone. */
    public record Change(List<ArticleCounts> added, List<ArticleCounts> gone) {
        public Change {
            added = List.copyOf(added);
            gone = List.copyOf(gone);
        }
    }

    /**
     * Adds to {@code fresh} the counts of the corpus entities in {@code scope}, of the pairs that
     * changed, the strongest pairs of the entities those pairs link, and the ranks. The entities in
     * {@code recount} (whose members changed: resolution joined or split them) are counted again from
     * the articles that name one of their members, with all their pairs; every other entity and pair
     * by difference: the stored count, plus the parts of the articles added, minus those of the
     * articles gone ({@link Change}), so that an entity named by thousands of articles costs what the
     * one changed article costs. Only when a gone article held an entity's or pair's first or last
     * day are that one's days read again from its articles (an index look-up, then the day of each).
     * The ranks merge the fresh counts into the stored first {@value #RANKED}, and fall back to
     * reading every stored count only when the stored ones no longer fill them. Call inside a
     * transaction, after the resolution's triples for the scope are in {@code fresh}.
     *
     * @param membersOf the article-level IRIs of a corpus entity in scope or in {@code recount}
     * @param replaced  the subjects whose triples the caller recomputes whole (at least the scope)
     * @return the parts of the corpus graph recomputed here, beyond the subjects in {@code replaced}
     */
    public List<CorpusPatch.Part> addFor(Graph fresh, DatasetGraph dsg, UnaryOperator<String> canonicalOf, Set<Node> scope,
            Set<Node> recount, Function<Node, Set<Node>> membersOf, Set<Node> replaced, Change change) {
        Graph stored = dsg.getGraph(Vocab.CORPUS_GRAPH_NAME);
        UnaryOperator<Node> canonical = n -> NodeFactory.createURI(canonicalOf.apply(n.getURI()));
        StoreIndex index = new StoreIndex(dsg, membersOf);

        // Counted again: the entities whose members changed, from every article naming a member.
        Map<Node, Tally> entities = new HashMap<>();
        Map<List<Node>, Tally> pairs = new HashMap<>();
        Set<Node> articles = new TreeSet<>(Comparator.comparing(Node::getURI));
        recount.forEach(e -> articles.addAll(index.articlesOf(e)));
        for (Node a : articles) {
            tally(ArticleCounts.read(dsg, a), canonical, recount::contains, entities, pairs);
        }

        // By difference: everything else the changed articles name.
        Predicate<Node> byDifference = e -> !recount.contains(e);
        Map<Node, Tally> plus = new HashMap<>();
        Map<Node, Tally> minus = new HashMap<>();
        Map<List<Node>, Tally> plusPairs = new HashMap<>();
        Map<List<Node>, Tally> minusPairs = new HashMap<>();
        change.added().forEach(a -> tally(a, canonical, byDifference, plus, plusPairs));
        change.gone().forEach(a -> tally(a, canonical, byDifference, minus, minusPairs));
        Set<Node> differing = new TreeSet<>(Comparator.comparing(Node::getURI));
        differing.addAll(scope);
        differing.addAll(plus.keySet());
        differing.addAll(minus.keySet());
        differing.removeAll(recount);
        for (Node e : differing) {
            Tally t = storedTally(stored, e);
            if (t.type == null && plus.containsKey(e)) {
                t.type = plus.get(e).type;
            }
            if (applyDifference(t, plus.get(e), minus.get(e))) {
                index.days(t, index.articlesOf(e));
            }
            if (t.articles > 0) {
                if (!fresh.contains(e, Vocab.NAME, Node.ANY)) {
                    index.nameVotes(e, t.names);
                }
                entities.put(e, t);
            }
        }
        Set<List<Node>> changedPairs = new HashSet<>();
        changedPairs.addAll(plusPairs.keySet());
        changedPairs.addAll(minusPairs.keySet());
        for (List<Node> pair : changedPairs) {
            if (recount.contains(pair.get(0)) || recount.contains(pair.get(1))) {
                continue;
            }
            Node node = iris.coMention(pair.get(0).getURI(), pair.get(1).getURI());
            Tally t = storedTally(stored, node);
            if (t.articles == 0) {
                // Not stored: named together in fewer than two articles before, so counted here.
                index.days(t, index.articlesOfBoth(pair.get(0), pair.get(1)));
            } else if (applyDifference(t, plusPairs.get(pair), minusPairs.get(pair))) {
                index.days(t, index.articlesOfBoth(pair.get(0), pair.get(1)));
            }
            pairs.put(pair, t);
        }

        entities.forEach((entity, t) -> addEntity(fresh, entity, t));
        // A subject recomputed has only its fresh name; any other keeps its stored one.
        Function<Node, String> storedName = nameIn(stored, n -> "");
        Function<Node, String> nameOf = nameIn(fresh, n -> replaced.contains(n) ? "" : storedName.apply(n));
        Map<List<Node>, Tally> kept = kept(pairs);
        kept.forEach((pair, t) -> addPair(fresh, pair, t));

        List<CorpusPatch.Part> parts = new ArrayList<>();
        // The pairs recomputed: every pair of an entity counted again (stored, perhaps gone now, and
        // fresh) and every pair the changed articles name; each whole but its rank.
        Set<Node> pairNodes = new LinkedHashSet<>();
        for (Node e : recount) {
            stored.find(Node.ANY, Vocab.CO_MENTION_OF, e).forEachRemaining(t -> pairNodes.add(t.getSubject()));
        }
        pairs.keySet().forEach(pair -> pairNodes.add(iris.coMention(pair.get(0).getURI(), pair.get(1).getURI())));
        Map<Node, List<Weighted>> freshOf = new HashMap<>();
        Map<Node, Integer> freshPairArticles = new HashMap<>();
        Map<Node, List<Node>> freshMembers = new HashMap<>();
        kept.forEach((pair, t) -> {
            Node node = iris.coMention(pair.get(0).getURI(), pair.get(1).getURI());
            freshPairArticles.put(node, t.articles);
            freshMembers.put(node, pair);
            freshOf.computeIfAbsent(pair.get(0), e -> new ArrayList<>()).add(new Weighted(node, pair.get(1), t.articles));
            freshOf.computeIfAbsent(pair.get(1), e -> new ArrayList<>()).add(new Weighted(node, pair.get(0), t.articles));
        });
        pairNodes.forEach(p -> parts.add(CorpusPatch.Part.subject(p, Set.of(Vocab.PAIR_RANK))));

        // Strongest pairs of the scope and of the entities a recomputed pair links: the fresh pairs,
        // and the stored ones not recomputed.
        Set<Node> partners = new TreeSet<>(Comparator.comparing(Node::getURI));
        for (Node p : pairNodes) {
            stored.find(p, Vocab.CO_MENTION_OF, Node.ANY).forEachRemaining(t -> partners.add(t.getObject()));
        }
        freshMembers.values().forEach(partners::addAll);
        partners.addAll(scope);
        // Merging into the stored strongest pairs needs every other pair to keep its place behind them:
        // no entity counted here may have a new name.
        boolean namesKept = entities.keySet().stream().allMatch(e -> storedName.apply(e).isEmpty()
                || storedName.apply(e).equals(nameOf.apply(e)));
        for (Node f : partners) {
            List<Weighted> its = new ArrayList<>(freshOf.getOrDefault(f, List.of()));
            if (!recount.contains(f) && !(namesKept && mergeStrongest(stored, f, pairNodes, its, nameOf, storedName))) {
                stored.find(Node.ANY, Vocab.CO_MENTION_OF, f).forEachRemaining(t -> {
                    Node p = t.getSubject();
                    if (!pairNodes.contains(p)) {
                        its.add(new Weighted(p, other(stored, p, f), storedInt(stored, p, Vocab.MENTIONING_ARTICLES)));
                    }
                });
            }
            strongest(its, nameOf).forEach(n -> fresh.add(f, Vocab.STRONGEST_CO_MENTION, n));
            if (!replaced.contains(f)) {
                parts.add(CorpusPatch.Part.of(f, Vocab.STRONGEST_CO_MENTION));
            }
        }

        // Ranks: the stored first ones with the fresh counts merged in.
        Map<Node, int[]> freshEntityKeys = new HashMap<>();
        entities.forEach((e, t) -> {
            if (ENTITY_TYPES.stream().anyMatch(type -> fresh.contains(e, Vocab.TYPE, type))) {
                freshEntityKeys.put(e, new int[] {t.articles, t.mentions});
            }
        });
        Set<Node> gone = new HashSet<>(replaced);
        gone.addAll(recount);
        gone.addAll(differing);
        entityRanks(fresh, stored, freshEntityKeys, gone, nameOf, storedName);
        pairRanks(fresh, stored, freshPairArticles, freshMembers, pairNodes, nameOf, storedName);
        parts.add(CorpusPatch.Part.of(null, Vocab.ENTITY_RANK));
        parts.add(CorpusPatch.Part.of(null, Vocab.PAIR_RANK));
        return parts;
    }

    /**
     * Adds to {@code its} (the fresh pairs of {@code f}) the stored strongest pairs of {@code f} not
     * recomputed, when that is all the strongest can come from: when {@code f} had fewer than the
     * most it can have (so all its pairs were among them), or when at least that many of the
     * candidates still come before the stored weakest (every pair not among them came after it and
     * has not changed). Returns false, adding nothing, when every stored pair must be read.
     */
    private static boolean mergeStrongest(Graph stored, Node f, Set<Node> pairNodes, List<Weighted> its,
            Function<Node, String> nameOf, Function<Node, String> storedName) {
        List<Weighted> top = new ArrayList<>();
        stored.find(f, Vocab.STRONGEST_CO_MENTION, Node.ANY).forEachRemaining(t -> top.add(new Weighted(t.getObject(),
                other(stored, t.getObject(), f), storedInt(stored, t.getObject(), Vocab.MENTIONING_ARTICLES))));
        List<Weighted> candidates = new ArrayList<>(its);
        top.stream().filter(w -> !pairNodes.contains(w.pair())).forEach(candidates::add);
        if (top.size() >= strongestPerEntity()) {
            Comparator<Weighted> oldOrder = Comparator.comparingInt((Weighted w) -> -w.articles())
                    .thenComparing(w -> storedName.apply(w.other())).thenComparing(w -> w.other().getURI());
            Weighted weakest = top.stream().max(oldOrder).orElseThrow();
            long before = candidates.stream().filter(w -> w.articles() > weakest.articles() || (w.articles() == weakest.articles()
                    && (nameOf.apply(w.other()) + "\t" + w.other().getURI()).compareTo(
                            storedName.apply(weakest.other()) + "\t" + weakest.other().getURI()) <= 0)).count();
            if (before < strongestPerEntity()) {
                return false;
            }
        }
        its.clear();
        its.addAll(candidates);
        return true;
    }

    /**
     * The stored counts plus one added part and minus one gone; true when a gone part held the first
     * or last day, which only the remaining articles can say again.
     */
    private static boolean applyDifference(Tally t, Tally plus, Tally minus) {
        boolean redoDays = false;
        if (minus != null) {
            t.articles -= minus.articles;
            t.mentions -= minus.mentions;
            redoDays = minus.first != null && (minus.first.equals(t.first) || minus.last.equals(t.last));
        }
        if (plus != null) {
            t.articles += plus.articles;
            t.mentions += plus.mentions;
            if (plus.first != null && !redoDays) {
                t.first = t.first == null || plus.first.compareTo(t.first) < 0 ? plus.first : t.first;
                t.last = t.last == null || plus.last.compareTo(t.last) > 0 ? plus.last : t.last;
            }
        }
        return redoDays;
    }

    /** The counts stored for an entity or pair (all zero when none). */
    private static Tally storedTally(Graph stored, Node subject) {
        Tally t = new Tally();
        t.articles = storedInt(stored, subject, Vocab.MENTIONING_ARTICLES);
        t.mentions = storedInt(stored, subject, Vocab.MENTION_COUNT);
        stored.find(subject, Vocab.FIRST_SEEN, Node.ANY).forEachRemaining(x -> t.first = x.getObject().getLiteralLexicalForm());
        stored.find(subject, Vocab.LAST_SEEN, Node.ANY).forEachRemaining(x -> t.last = x.getObject().getLiteralLexicalForm());
        for (Node type : ENTITY_TYPES) {
            if (stored.contains(subject, Vocab.TYPE, type)) {
                t.type = type;
            }
        }
        return t;
    }

    /**
     * Look-ups in the article graphs by index, for what the difference cannot say: the articles naming
     * an entity (one scan of the mention index, not a read of each article), their days, and the
     * names the articles give an entity.
     */
    private static final class StoreIndex {
        private final DatasetGraph dsg;
        private final Function<Node, Set<Node>> membersOf;
        private final Map<Node, Set<Node>> articles = new HashMap<>();
        private final Map<Node, Optional<String>> days = new HashMap<>();

        StoreIndex(DatasetGraph dsg, Function<Node, Set<Node>> membersOf) {
            this.dsg = dsg;
            this.membersOf = membersOf;
        }

        Set<Node> articlesOf(Node entity) {
            return articles.computeIfAbsent(entity, e -> {
                Set<Node> out = new HashSet<>();
                for (Node m : membersOf.apply(e)) {
                    dsg.find(Node.ANY, Node.ANY, Vocab.MENTIONS, m).forEachRemaining(q -> {
                        if (q.getGraph().equals(q.getSubject())) {
                            out.add(q.getGraph());
                        }
                    });
                }
                return out;
            });
        }

        Set<Node> articlesOfBoth(Node a, Node b) {
            Set<Node> out = new HashSet<>(articlesOf(a));
            out.retainAll(articlesOf(b));
            return out;
        }

        /** Sets the articles and days of {@code t} from {@code in}. */
        void days(Tally t, Set<Node> in) {
            t.articles = in.size();
            t.first = null;
            t.last = null;
            for (Node a : in) {
                days.computeIfAbsent(a, g -> ArticleCounts.dayOf(dsg, g)).ifPresent(d -> {
                    t.first = t.first == null || d.compareTo(t.first) < 0 ? d : t.first;
                    t.last = t.last == null || d.compareTo(t.last) > 0 ? d : t.last;
                });
            }
        }

        /** Each name of a member of {@code entity} in each article that names the member, as a rebuild tallies them. */
        void nameVotes(Node entity, Map<Node, Integer> names) {
            for (Node m : membersOf.apply(entity)) {
                dsg.find(Node.ANY, m, Vocab.NAME, Node.ANY).forEachRemaining(q -> {
                    Node g = q.getGraph();
                    if (!g.equals(Vocab.CORPUS_GRAPH_NAME) && dsg.contains(g, g, Vocab.MENTIONS, m)) {
                        names.merge(q.getObject(), 1, Integer::sum);
                    }
                });
            }
        }
    }

    /**
     * The first {@value #RANKED} entities after a change: the stored first ones (but those
     * recomputed) with the fresh counts merged in. Valid when at least {@value #RANKED} of them
     * come before the stored last one, since every entity neither ranked nor recomputed comes after
     * it; else every stored count is read.
     */
    private void entityRanks(Graph fresh, Graph stored, Map<Node, int[]> freshKeys, Set<Node> recomputed,
            Function<Node, String> nameOf, Function<Node, String> storedName) {
        Map<Node, Integer> ranked = ranks(stored, Vocab.ENTITY_RANK);
        Map<Node, int[]> keys = new HashMap<>(freshKeys);
        ranked.keySet().forEach(e -> {
            if (!recomputed.contains(e)) {
                keys.put(e, new int[] {storedInt(stored, e, Vocab.MENTIONING_ARTICLES), storedInt(stored, e, Vocab.MENTION_COUNT)});
            }
        });
        Comparator<Node> order = Comparator.<Node>comparingInt(e -> -keys.get(e)[0]).thenComparingInt(e -> -keys.get(e)[1])
                .thenComparing(nameOf).thenComparing(Node::getURI);
        Optional<Node> last = lastRanked(ranked);
        if (last.isPresent()) {
            Node l = last.get();
            int[] lastKey = {storedInt(stored, l, Vocab.MENTIONING_ARTICLES), storedInt(stored, l, Vocab.MENTION_COUNT)};
            String lastName = storedName.apply(l);
            long before = keys.entrySet().stream().filter(e -> compare(e.getValue(), nameOf.apply(e.getKey()), e.getKey(),
                    lastKey, lastName, l) <= 0).count();
            if (before < ranked()) {
                fullEntityRanks(fresh, stored, freshKeys, recomputed, nameOf);
                return;
            }
        }
        List<Node> first = keys.keySet().stream().sorted(order).limit(ranked()).toList();
        for (int i = 0; i < first.size(); i++) {
            fresh.add(first.get(i), Vocab.ENTITY_RANK, integer(i + 1));
        }
    }

    private static int compare(int[] key, String name, Node node, int[] lastKey, String lastName, Node last) {
        int c = Integer.compare(-key[0], -lastKey[0]);
        c = c != 0 ? c : Integer.compare(-key[1], -lastKey[1]);
        c = c != 0 ? c : name.compareTo(lastName);
        return c != 0 ? c : node.getURI().compareTo(last.getURI());
    }

    /** Every stored count, as before the ranks were merged. */
    private static void fullEntityRanks(Graph fresh, Graph stored, Map<Node, int[]> freshKeys, Set<Node> recomputed,
            Function<Node, String> nameOf) {
        Map<Node, int[]> entityKeys = new HashMap<>();
        stored.find(Node.ANY, Vocab.MENTION_COUNT, Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!recomputed.contains(s) && ENTITY_TYPES.stream().anyMatch(type -> stored.contains(s, Vocab.TYPE, type))) {
                entityKeys.put(s, new int[] {storedInt(stored, s, Vocab.MENTIONING_ARTICLES), storedInt(stored, s, Vocab.MENTION_COUNT)});
            }
        });
        entityKeys.putAll(freshKeys);
        addEntityRanks(fresh, entityKeys, nameOf);
    }

    /** As {@link #entityRanks}, for pairs. */
    private void pairRanks(Graph fresh, Graph stored, Map<Node, Integer> freshArticles, Map<Node, List<Node>> freshMembers,
            Set<Node> recomputed, Function<Node, String> nameOf, Function<Node, String> storedName) {
        Map<Node, Integer> ranked = ranks(stored, Vocab.PAIR_RANK);
        Map<Node, Integer> articles = new HashMap<>(freshArticles);
        ranked.keySet().forEach(p -> {
            if (!recomputed.contains(p)) {
                articles.put(p, storedInt(stored, p, Vocab.MENTIONING_ARTICLES));
            }
        });
        Function<Node, List<Node>> membersOf = p -> freshMembers.containsKey(p) ? freshMembers.get(p) : membersOf(stored, p);
        Optional<Node> last = lastRanked(ranked);
        if (last.isPresent()) {
            Node l = last.get();
            List<Node> lm = membersOf(stored, l);
            int[] lastKey = {storedInt(stored, l, Vocab.MENTIONING_ARTICLES), 0};
            String lastNames = storedName.apply(lm.get(0)) + "\t" + storedName.apply(lm.get(1));
            long before = articles.entrySet().stream().filter(e -> {
                List<Node> m = membersOf.apply(e.getKey());
                return compare(new int[] {e.getValue(), 0}, nameOf.apply(m.get(0)) + "\t" + nameOf.apply(m.get(1)), e.getKey(),
                        lastKey, lastNames, l) <= 0;
            }).count();
            if (before < ranked()) {
                String pairPrefix = iris.base() + "co-mention/";
                Map<Node, Integer> all = new HashMap<>();
                stored.find(Node.ANY, Vocab.MENTIONING_ARTICLES, Node.ANY).forEachRemaining(t -> {
                    Node s = t.getSubject();
                    if (s.getURI().startsWith(pairPrefix) && !recomputed.contains(s)) {
                        all.put(s, Integer.parseInt(t.getObject().getLiteralLexicalForm()));
                    }
                });
                all.putAll(freshArticles);
                addPairRanks(fresh, all, membersOf, nameOf);
                return;
            }
        }
        addPairRanks(fresh, articles, membersOf, nameOf);
    }

    /** The stored ranks of one kind: subject -> rank. */
    private static Map<Node, Integer> ranks(Graph stored, Node predicate) {
        Map<Node, Integer> out = new HashMap<>();
        stored.find(Node.ANY, predicate, Node.ANY)
                .forEachRemaining(t -> out.put(t.getSubject(), Integer.parseInt(t.getObject().getLiteralLexicalForm())));
        return out;
    }

    /** The stored last ranked one when all {@value #RANKED} ranks are taken (else every entity or pair is ranked). */
    private static Optional<Node> lastRanked(Map<Node, Integer> ranked) {
        return ranked.entrySet().stream().filter(e -> e.getValue() == ranked()).map(Map.Entry::getKey).findFirst();
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
                .limit(strongestPerEntity()).map(Weighted::pair).toList();
    }

    /** Ranks the first {@value #RANKED} entities: by articles, then mentions, then name (then IRI). */
    private static void addEntityRanks(Graph corpus, Map<Node, int[]> keys, Function<Node, String> nameOf) {
        // Only those that can be among the first are sorted with their names.
        int[] cut = keys.values().stream().sorted(Comparator.<int[]>comparingInt(k -> -k[0]).thenComparingInt(k -> -k[1]))
                .skip(Math.max(0, Math.min(keys.size(), ranked()) - 1)).findFirst().orElse(new int[] {0, 0});
        List<Node> ranked = keys.entrySet().stream()
                .filter(e -> e.getValue()[0] > cut[0] || (e.getValue()[0] == cut[0] && e.getValue()[1] >= cut[1]))
                .map(Map.Entry::getKey)
                .sorted(Comparator.<Node>comparingInt(e -> -keys.get(e)[0]).thenComparingInt(e -> -keys.get(e)[1])
                        .thenComparing(nameOf).thenComparing(Node::getURI))
                .limit(ranked()).toList();
        for (int i = 0; i < ranked.size(); i++) {
            corpus.add(ranked.get(i), Vocab.ENTITY_RANK, integer(i + 1));
        }
    }

    /** Ranks the first {@value #RANKED} pairs: by articles, then the names of the two (then IRIs). */
    private static void addPairRanks(Graph corpus, Map<Node, Integer> articles, Function<Node, List<Node>> membersOf,
            Function<Node, String> nameOf) {
        int cut = articles.values().stream().sorted(Comparator.reverseOrder())
                .skip(Math.max(0, Math.min(articles.size(), ranked()) - 1)).findFirst().orElse(0);
        Map<Node, List<Node>> members = new HashMap<>();
        List<Node> ranked = articles.entrySet().stream().filter(e -> e.getValue() >= cut).map(Map.Entry::getKey)
                .peek(p -> members.put(p, membersOf.apply(p)))
                .sorted(Comparator.<Node>comparingInt(p -> -articles.get(p))
                        .thenComparing(p -> nameOf.apply(members.get(p).get(0)))
                        .thenComparing(p -> nameOf.apply(members.get(p).get(1)))
                        .thenComparing(Node::getURI))
                .limit(ranked()).toList();
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
                ArticleCounts.day(q.getObject()).ifPresent(d -> days.merge(q.getGraph(), d, (x, y) -> x.compareTo(y) <= 0 ? x : y));
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

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
