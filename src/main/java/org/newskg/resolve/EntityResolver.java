package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.newskg.extract.EntityType;
import org.newskg.extract.Names;

/**
 * Finds the article-level entities that are one entity of the corpus. Identical normalised names
 * already share an IRI (and within an article a surname joins its full name); this joins the
 * forms that differ between articles. The rules, each recorded as the reason of a join:
 *
 * <ul>
 *   <li><b>spelling</b> (any type): the same letters once spaces, a leading "the" and letters such
 *       as "ø" or "ß" are set aside ("Al Qaida", "AlQaida");</li>
 *   <li><b>full name</b> (people): the same first and last names, one with middle names the other
 *       lacks, or a first initial that only one longer name fits ("J. Ekdal", "Jan Ekdal");</li>
 *   <li><b>surname</b> (people): a one-word name, in articles without a full name it is part of,
 *       joins the one full name in the corpus that starts or ends with it;</li>
 *   <li><b>country</b> (organisations): "&lt;Country&gt;'s X", "&lt;Demonym&gt; X", "&lt;Country&gt; X" and
 *       "X of &lt;Country&gt;" name one organisation;</li>
 *   <li><b>acronym</b> (organisations and places): an acronym joins the one expansion that an
 *       article states for it ("Harbour Safety Board (HSB)") or whose initials it is; a two-letter
 *       acronym ("LA") is too ambiguous for the corpus at large, and joins by its initials only a name
 *       of one of its own articles, or a name that one of its articles gives it as well ("GM" that an
 *       article also calls "General Motors" joins "General Motors" of the others);</li>
 *   <li><b>page</b> (any type, when linking is on): names that the linker gives the same Wikipedia
 *       page, each in its own article's context ("USA", "United States" and "America"; a party, its
 *       short name and the adjective of its members), alias information from Wikipedia's link texts
 *       ({@link EntityLinker}).</li>
 * </ul>
 *
 * Guards, because a false merge is worse than a missed one: types never mix; a short name, an
 * initial or an acronym that fits two different entities joins neither (two full names with one
 * surname, two expansions of one acronym); different first names never meet. The result depends
 * only on the records, never on their order. Stateless and thread-safe.
 */
public final class EntityResolver {
    private final Countries countries;

    public EntityResolver() {
        this.countries = Countries.standard();
    }

    /** One article-level IRI with everything the articles say of it. */
    private static final class Node {
        final String iri;
        final EntityType type;
        final String key;
        final List<String> words;
        final Map<String, Integer> names = new TreeMap<>();
        final Set<String> aliases = new TreeSet<>();
        final Set<String> articles = new TreeSet<>();
        final Set<String> acronyms = new TreeSet<>();
        /** Per article, the capitalised words right before its mentions there. */
        final Map<String, Set<String>> before = new TreeMap<>();

        Node(String iri, EntityType type, String key) {
            this.iri = iri;
            this.type = type;
            this.key = key;
            this.words = Names.words(key);
        }

        List<String> words() {
            return words;
        }

        String firstWord() {
            return words.get(0);
        }

        String lastWord() {
            return words.get(words.size() - 1);
        }

        /** The name its articles use most (ties: alphabetical), shown in reasons. */
        String name() {
            return names.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        }
    }

    public Resolution resolve(List<EntityRecord> records) {
        return resolve(records, Map.of());
    }

    /**
     * Resolves with the pages the linker found: article-level IRI -> its one Wikipedia page
     * ({@link EntityLinker#pageOfIri}); entities of one type with the same page are one entity.
     */
    public Resolution resolve(List<EntityRecord> records, Map<String, String> pages) {
        Map<String, Node> nodes = nodes(records);
        Joins joins = new Joins(nodes.keySet());
        for (EntityType type : EntityType.values()) {
            List<Node> ofType = nodes.values().stream().filter(n -> n.type == type).toList();
            sameLetters(ofType, joins);
            switch (type) {
                case PERSON -> {
                    fullNames(ofType, joins, false);
                    fullNames(ofType, joins, true);
                    surnames(ofType, joins);
                }
                case ORGANIZATION -> {
                    countryForms(ofType, joins);
                    acronyms(ofType, joins);
                }
                case PLACE -> acronyms(ofType, joins);
            }
            samePage(ofType, pages, joins);
        }
        return joins.resolution(nodes);
    }

    private static Map<String, Node> nodes(List<EntityRecord> records) {
        Map<String, Node> nodes = new TreeMap<>();
        for (EntityRecord r : records) {
            Node n = nodes.computeIfAbsent(r.iri(), iri -> new Node(iri, r.type(), Names.key(r.name())));
            n.names.merge(r.name(), 1, Integer::sum);
            n.aliases.addAll(r.aliases());
            n.articles.add(r.article());
            r.acronyms().forEach(a -> NameForms.acronym(a).ifPresent(n.acronyms::add));
            n.before.computeIfAbsent(r.article(), a -> new TreeSet<>()).addAll(r.before());
        }
        return nodes;
    }

    /** Blocking keys that group records any rule compares ("letters:", "last:", "country:", "page:"). */
    public static final Set<String> GROUP_KEYS = Set.of("letters", "last", "country", "page");

    /**
     * Keys that are only compared with their probe: a full name's first and last words ("end:") with
     * a one-word name ("one:"), a name's acronyms and initials ("acr:") with a name that is an acronym
     * ("acrof:"), a name ("key:") with one that states it as its expansion ("expof:").
     */
    public static final Map<String, String> PROBE_OF_TARGET = Map.of("end", "one", "acr", "acrof", "key", "expof");

    /**
     * The blocking keys of each article-level IRI, from all of its records: two IRIs that any rule
     * of {@link #resolve} compares share a group key, or one has a target key and the other its
     * probe ({@link #GROUP_KEYS}, {@link #PROBE_OF_TARGET}). Each key is "kind:TYPE:value". So the
     * entities connected by shared keys (and probes) are resolved alike alone or with the rest of
     * the corpus, and an update resolves only the entities connected to what changed. A pure
     * function of the records and pages.
     */
    public Map<String, Set<String>> blockingKeys(List<EntityRecord> records, Map<String, String> pages) {
        Map<String, Set<String>> out = new TreeMap<>();
        nodes(records).forEach((iri, n) -> {
            Set<String> keys = new TreeSet<>();
            String t = n.type.name() + ":";
            keys.add("letters:" + t + NameForms.letters(n.key));
            Optional.ofNullable(pages.get(iri)).ifPresent(p -> keys.add("page:" + t + p));
            if (n.type == EntityType.PERSON && n.words().size() >= 2) {
                keys.add("last:" + t + n.lastWord());
                keys.add("end:" + t + n.firstWord());
                keys.add("end:" + t + n.lastWord());
            } else if (n.type == EntityType.PERSON && n.words().size() == 1) {
                keys.add("one:" + t + n.key);
            }
            if (n.type == EntityType.ORGANIZATION) {
                qualified(n).ifPresent(q -> keys.add("country:" + t + q.country() + "|" + q.core()));
            }
            if (n.type != EntityType.PERSON) {
                keys.add("key:" + t + n.key);
                n.acronyms.forEach(a -> keys.add("acr:" + t + a));
                NameForms.initials(n.key).forEach(i -> keys.add("acr:" + t + i));
                for (String name : n.names.keySet()) {
                    NameForms.statedExpansion(name).ifPresent(e -> {
                        keys.add("acr:" + t + e.acronym());
                        keys.add("expof:" + t + Names.key(e.expansion()));
                    });
                    NameForms.acronym(name).ifPresent(a -> keys.add("acrof:" + t + a));
                }
            }
            out.put(iri, keys);
        });
        return out;
    }

    private static void sameLetters(List<Node> nodes, Joins joins) {
        joinGroups(nodes, n -> Optional.of(NameForms.letters(n.key)), joins,
                (a, b) -> "spelling: '" + a.name() + "' and '" + b.name() + "' have the same letters");
    }

    private static void samePage(List<Node> nodes, Map<String, String> pages, Joins joins) {
        joinGroups(nodes, n -> Optional.ofNullable(pages.get(n.iri)), joins,
                (a, b) -> "page: '" + a.name() + "' and '" + b.name() + "' both link to the Wikipedia page "
                        + pages.get(a.iri) + " (WikiDict, in their articles' context)");
    }

    private void countryForms(List<Node> nodes, Joins joins) {
        joinGroups(nodes, n -> qualified(n).map(q -> q.country() + "|" + q.core()), joins,
                (a, b) -> "country: '" + describe(a) + "' and '" + describe(b)
                        + "' name the same organisation of the same country");
    }

    /**
     * The country an organisation's name says it belongs to; failing that, the one country that
     * every article naming it puts right before it ("Norway's Fisheries Directorate" where only
     * "Fisheries Directorate" was recognised). An article without such words, or two countries, and it has none.
     */
    private Optional<NameForms.Qualified> qualified(Node n) {
        Optional<NameForms.Qualified> own = n.names.keySet().stream().map(name -> NameForms.qualified(name, countries))
                .flatMap(Optional::stream).min(Comparator.comparing(q -> q.country() + "|" + q.core()));
        if (own.isPresent()) {
            return own;
        }
        Set<String> countriesBefore = new TreeSet<>();
        for (Set<String> words : n.before.values()) {
            Set<String> inArticle = new TreeSet<>();
            words.forEach(w -> countryAtEnd(w).ifPresent(inArticle::add));
            if (inArticle.isEmpty()) {
                return Optional.empty();
            }
            countriesBefore.addAll(inArticle);
        }
        String core = n.key.startsWith("the ") ? n.key.substring(4) : n.key;
        return countriesBefore.size() == 1 && !core.isEmpty()
                ? Optional.of(new NameForms.Qualified(countriesBefore.iterator().next(), core)) : Optional.empty();
    }

    /** The country the last words name or are the demonym of ("The Norwegian" -> norway). */
    private Optional<String> countryAtEnd(String words) {
        List<String> w = Names.words(Names.key(words));
        for (int i = 0; i < w.size(); i++) {
            Optional<String> c = countries.country(w.subList(i, w.size()));
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    /** A node's name, with the country words put before it in its articles when its name has none. */
    private String describe(Node n) {
        return n.names.keySet().stream().anyMatch(name -> NameForms.qualified(name, countries).isPresent()) ? n.name()
                : n.before.values().stream().flatMap(Set::stream).findFirst().map(b -> b + " " + n.name()).orElse(n.name());
    }

    /** Joins the nodes that share a non-empty group key, each to the first of its group. */
    private static void joinGroups(List<Node> nodes, Function<Node, Optional<String>> groupKey, Joins joins,
            BiFunction<Node, Node, String> reason) {
        Map<String, List<Node>> groups = new TreeMap<>();
        for (Node n : nodes) {
            groupKey.apply(n).ifPresent(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(n));
        }
        for (List<Node> group : groups.values()) {
            for (int i = 1; i < group.size(); i++) {
                joins.join(group.get(i), group.get(0), reason.apply(group.get(i), group.get(0)));
            }
        }
    }

    /**
     * A full name joins the one longer name with the same first and last names (middle names
     * added), or with initialsPass the one whose first name its initial starts. Only names with
     * the same last word can fit, so each is compared within that block, never with the whole type.
     */
    private static void fullNames(List<Node> nodes, Joins joins, boolean initialsPass) {
        Map<String, List<Node>> byLastWord = block(nodes.stream().filter(n -> n.words().size() >= 2).toList(),
                n -> List.of(n.lastWord()));
        for (List<Node> sameLast : byLastWord.values()) {
            for (Node shorter : sameLast) {
                List<String> s = shorter.words();
                boolean initial = s.get(0).length() == 1;
                if (initial != initialsPass) {
                    continue;
                }
                List<Node> fits = sameLast.stream().filter(longer -> longer != shorter && fitsFullName(s, longer.words())).toList();
                joins.joinIfOne(shorter, fits, target -> (initial ? "initial: '" : "full name: '") + shorter.name()
                        + "' fits only '" + target.name() + "' (same " + (initial ? "initial and last name" : "first and last names")
                        + ")");
            }
        }
    }

    /**
     * Nodes by each of their blocking keys, each block in the nodes' own order (so that which
     * member of a cluster a reason names does not depend on the blocking).
     */
    private static Map<String, List<Node>> block(List<Node> nodes, Function<Node, ? extends Iterable<String>> keys) {
        Map<String, List<Node>> blocks = new HashMap<>();
        for (Node n : nodes) {
            for (String k : keys.apply(n)) {
                List<Node> b = blocks.computeIfAbsent(k, x -> new ArrayList<>());
                if (b.isEmpty() || b.get(b.size() - 1) != n) {
                    b.add(n);
                }
            }
        }
        return blocks;
    }

    /** Same last name; same first name or its initial; the shorter's middle names, if any, in the longer in order. */
    static boolean fitsFullName(List<String> s, List<String> l) {
        if (s.equals(l) || s.size() > l.size() || !s.get(s.size() - 1).equals(l.get(l.size() - 1))) {
            return false;
        }
        String first = s.get(0);
        String longFirst = l.get(0);
        boolean firstFits = first.equals(longFirst) || (first.length() == 1 && longFirst.length() > 1 && longFirst.startsWith(first));
        if (!firstFits) {
            return false;
        }
        if (s.size() == l.size() && first.equals(longFirst)) {
            return false; // same first and last, different middle names: two people
        }
        int j = 1;
        for (int i = 1; i < s.size() - 1; i++) {
            while (j < l.size() - 1 && !l.get(j).startsWith(s.get(i))) {
                j++;
            }
            if (j >= l.size() - 1) {
                return false;
            }
            j++;
        }
        return true;
    }

    /**
     * A one-word person name joins the one full name in the corpus that starts or ends with it,
     * looked up in the full names blocked by their first and last words.
     */
    private static void surnames(List<Node> nodes, Joins joins) {
        Map<String, List<Node>> byEndWord = block(nodes.stream().filter(n -> n.words().size() >= 2).toList(),
                n -> List.of(n.firstWord(), n.lastWord()));
        for (Node one : nodes) {
            if (one.words().size() != 1) {
                continue;
            }
            List<Node> fits = byEndWord.getOrDefault(one.key, List.of());
            joins.joinIfOne(one, fits, target -> "surname: '" + one.name() + "' is part of only one full name in the corpus, '"
                    + target.name() + "'");
        }
    }

    /**
     * An acronym joins the one expansion stated for it in any article, or failing that the one
     * name whose initials it is; never when two different entities fit.
     */
    private static void acronyms(List<Node> nodes, Joins joins) {
        // A name that states its own acronym ("Harbour Safety Board (HSB)") joins its expansion.
        Map<String, Node> byKey = new HashMap<>();
        nodes.forEach(n -> byKey.put(n.key, n));
        for (Node n : nodes) {
            for (String name : n.names.keySet()) {
                NameForms.statedExpansion(name).ifPresent(e -> {
                    n.acronyms.add(e.acronym());
                    Node expansion = byKey.get(Names.key(e.expansion()));
                    if (expansion != null) {
                        joins.join(n, expansion, "acronym: '" + n.name() + "' is '" + expansion.name() + "' with its acronym");
                    }
                });
            }
        }
        // Candidates by the acronyms stated for them and by their initials, instead of a scan per acronym.
        Map<String, List<Node>> byStated = block(nodes, n -> n.acronyms);
        Map<String, List<Node>> byInitialsKey = block(nodes, n -> NameForms.initials(n.key));
        for (Node acronym : nodes) {
            Optional<String> letters = acronym.names.keySet().stream().map(NameForms::acronym).flatMap(Optional::stream)
                    .sorted().findFirst();
            if (letters.isEmpty()) {
                continue;
            }
            String a = letters.get();
            List<Node> stated = byStated.getOrDefault(a, List.of()).stream().filter(n -> n != acronym).toList();
            // Two letters fit too many names across a corpus: only a name of the same article counts,
            // or one that an article gives as the other's name ("GM" and "General Motors" joined there).
            List<Node> byInitials = byInitialsKey.getOrDefault(a, List.of()).stream().filter(n -> n != acronym)
                    .filter(n -> a.length() > 2 || n.articles.stream().anyMatch(acronym.articles::contains)
                            || namedAlike(acronym, n))
                    .toList();
            List<Node> fits = new ArrayList<>(stated);
            byInitials.stream().filter(n -> !fits.contains(n)).forEach(fits::add);
            joins.joinIfOne(acronym, fits, target -> "acronym: '" + acronym.name() + "' "
                    + (stated.contains(target) ? "is stated as the acronym of '" : "is the initials of '") + target.name()
                    + "', the only name it fits");
        }
    }

    /** Whether an article names one node by the other's name too (an alias of one is the other's name). */
    private static boolean namedAlike(Node a, Node b) {
        return a.aliases.stream().anyMatch(x -> Names.key(x).equals(b.key)) || b.aliases.stream().anyMatch(x -> Names.key(x).equals(a.key));
    }

    /** Union-find over IRIs, with the reason for each join. */
    private static final class Joins {
        private final Map<String, String> parent = new HashMap<>();
        /** Reasons, each under both IRIs it joined, in the order found. */
        private final Map<String, List<String>> reasons = new HashMap<>();

        Joins(Set<String> iris) {
            iris.forEach(i -> parent.put(i, i));
        }

        String find(String iri) {
            String root = iri;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            parent.put(iri, root);
            return root;
        }

        void join(Node a, Node b, String reason) {
            String ra = find(a.iri);
            String rb = find(b.iri);
            if (ra.equals(rb)) {
                return;
            }
            // The smaller IRI is the root, so the outcome does not depend on the order of joins.
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
            reasons.computeIfAbsent(a.iri, k -> new ArrayList<>()).add(reason);
            reasons.computeIfAbsent(b.iri, k -> new ArrayList<>()).add(reason);
        }

        /** Joins node to the one entity among fits (outside its own), if exactly one. */
        void joinIfOne(Node node, List<Node> fits, Function<Node, String> reason) {
            Map<String, Node> clusters = new TreeMap<>();
            for (Node f : fits) {
                String root = find(f.iri);
                if (!root.equals(find(node.iri))) {
                    clusters.putIfAbsent(root, f);
                }
            }
            if (clusters.size() == 1) {
                Node target = clusters.values().iterator().next();
                join(node, target, reason.apply(target));
            }
        }

        Resolution resolution(Map<String, Node> nodes) {
            Map<String, List<Node>> groups = new TreeMap<>();
            nodes.values().forEach(n -> groups.computeIfAbsent(find(n.iri), k -> new ArrayList<>()).add(n));
            List<EntityCluster> clusters = new ArrayList<>();
            Map<String, String> canonical = new HashMap<>();
            for (List<Node> members : groups.values()) {
                if (members.size() < 2) {
                    continue;
                }
                Node canon = members.stream().max(Comparator.comparingInt((Node n) -> n.words().size())
                        .thenComparingInt(n -> n.articles.size())
                        .thenComparing(n -> n.iri, Comparator.reverseOrder())).orElseThrow();
                Set<String> aliases = new TreeSet<>();
                Set<String> articles = new TreeSet<>();
                Map<String, String> joined = new LinkedHashMap<>();
                for (Node m : members) {
                    aliases.addAll(m.names.keySet());
                    aliases.addAll(m.aliases);
                    articles.addAll(m.articles);
                    canonical.put(m.iri, canon.iri);
                    if (m != canon) {
                        joined.put(m.iri, reasons.get(m.iri).get(0));
                    }
                }
                String name = canon.name();
                aliases.remove(name);
                clusters.add(new EntityCluster(canon.iri, canon.type, name, aliases, new TreeMap<>(joined), articles.size()));
            }
            return new Resolution(clusters, canonical);
        }
    }
}
