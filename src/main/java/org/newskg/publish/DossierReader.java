package org.newskg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newskg.publish.Dossier.Dated;
import org.newskg.publish.Dossier.Link;
import org.newskg.publish.Dossier.Partner;
import org.newskg.publish.Dossier.Role;
import org.newskg.publish.Dossier.Said;
import org.newskg.publish.Dossier.Taken;
import org.newskg.rdf.Vocab;

/**
 * Gathers a {@link Dossier} from the store by index look-ups ({@code find} with the entity bound),
 * each bounded, so a page costs the same on a store of a million articles as on four: at most
 * {@link #MAX_ROWS} rows of each kind are read. Callers run it inside a read transaction.
 */
final class DossierReader {
    /** Most rows of each kind read for a page. */
    static final int MAX_ROWS = 200;
    /** Most article-level IRIs joined to one entity that are followed. */
    private static final int MAX_MEMBERS = 50;
    /** Entities in the network picture besides the entity itself. */
    static final int NETWORK_SIZE = 12;
    private static final int MAX_ARTICLES_ON_TIMELINE = 50;

    private static final List<Node> COUNTERS = List.of(Vocab.ENTITY_RANK, Vocab.MENTION_COUNT,
            Vocab.MENTIONING_ARTICLES, Vocab.FIRST_SEEN, Vocab.LAST_SEEN);

    private final DatasetGraph data;
    private final Names names;

    DossierReader(DatasetGraph data) {
        this.data = data;
        this.names = new Names(data);
    }

    /** Whether the resource is a person, organisation or place, whose page is a dossier. */
    static boolean isEntity(DatasetGraph data, Node subject) {
        for (Node type : List.of(Vocab.PERSON, Vocab.ORGANIZATION, Vocab.PLACE)) {
            if (data.find(Node.ANY, subject, Vocab.TYPE, type).hasNext()) {
                return true;
            }
        }
        return false;
    }

    Dossier read(Node entity) {
        Optional<Node> canonical = corpusValue(entity, Vocab.SAME_AS).filter(Node::isURI);
        Set<Node> members = new LinkedHashSet<>();
        members.add(entity);
        take(data.find(Vocab.CORPUS_GRAPH_NAME, Node.ANY, Vocab.SAME_AS, entity), MAX_MEMBERS,
                q -> members.add(q.getSubject()));

        List<Role> roles = roles(members);
        List<Said> said = said(members);
        List<Said> about = saidAbout(members);
        List<Taken> events = events(members);
        List<Partner> partners = partners(entity);
        List<Link> links = links(partners);
        Map<Node, Node> counters = new LinkedHashMap<>();
        for (Node counter : COUNTERS) {
            corpusValue(entity, counter).ifPresent(v -> counters.put(counter, v));
        }
        List<Dated> timeline = timeline(members, roles, said, events);
        return new Dossier(entity, canonical, roles, said, about, events, partners, links, timeline, counters,
                names.all());
    }

    /** One row per role, organisation and posting, with the earliest day an article states it and those articles. */
    private List<Role> roles(Set<Node> members) {
        Map<List<Node>, TreeSet<String>> since = new LinkedHashMap<>();
        Map<List<Node>, Set<Node>> articles = new LinkedHashMap<>();
        for (Node member : members) {
            take(data.find(Node.ANY, Node.ANY, Vocab.MEMBER, member), MAX_ROWS, q -> {
                Node m = q.getSubject();
                Node role = value(m, Vocab.ROLE).orElse(null);
                if (role == null) {
                    return;
                }
                List<Node> key = new ArrayList<>(3);
                key.add(role);
                key.add(value(m, Vocab.AFFILIATION).orElse(Node.ANY));
                key.add(value(m, Vocab.POSTING).orElse(Node.ANY));
                TreeSet<String> days = since.computeIfAbsent(key, k -> new TreeSet<>());
                value(m, Vocab.HELD_ON).filter(Node::isLiteral).ifPresent(d -> days.add(d.getLiteralLexicalForm()));
                value(m, Vocab.WAS_DERIVED_FROM).ifPresent(a -> articles.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(a));
                key.forEach(names::of);
            });
        }
        List<Role> roles = new ArrayList<>();
        since.forEach((key, days) -> roles.add(new Role(key.get(0), present(key.get(1)), present(key.get(2)),
                days.isEmpty() ? "" : days.first(), List.copyOf(articles.getOrDefault(key, Set.of())))));
        roles.sort(Comparator.comparing((Role r) -> -r.articles().size()).thenComparing(Role::since));
        roles.forEach(r -> r.articles().forEach(names::of));
        return roles;
    }

    /** The statements it is the speaker of, in the order they were first reported. */
    private List<Said> said(Set<Node> members) {
        Map<Node, Said> said = new LinkedHashMap<>();
        for (Node member : members) {
            take(data.find(Vocab.CORPUS_GRAPH_NAME, Node.ANY, Vocab.SPEAKER, member), MAX_ROWS,
                    q -> said.computeIfAbsent(q.getSubject(), this::statement));
        }
        List<Said> rows = new ArrayList<>(said.values());
        rows.sort(Comparator.comparing(Said::date).thenComparing(Said::text));
        return rows;
    }

    /** Reports by others whose content names it, one row per statement they belong to. */
    private List<Said> saidAbout(Set<Node> members) {
        Map<Node, Said> rows = new LinkedHashMap<>();
        for (Node member : members) {
            take(data.find(Node.ANY, Node.ANY, Vocab.ABOUT, member), MAX_ROWS, q -> {
                Node report = q.getSubject();
                if (!data.find(q.getGraph(), report, Vocab.TYPE, Vocab.REPORT).hasNext()) {
                    return; // an event or a statement may be about it too; only reports say something
                }
                Optional<Node> statement = corpusValue(report, Vocab.REPORTS);
                Optional<Node> speaker = value(report, Vocab.SPEAKER);
                if (speaker.isPresent() && members.contains(speaker.get())
                        || statement.isPresent() && rows.containsKey(statement.get())) {
                    return;
                }
                Said row = statement.map(this::statement).orElseGet(() -> report(report));
                if (row.speaker().isEmpty() || !members.contains(row.speaker().get())) {
                    rows.putIfAbsent(row.node(), row);
                }
            });
        }
        List<Said> list = new ArrayList<>(rows.values());
        list.sort(Comparator.comparing(Said::date).thenComparing(Said::text));
        return list;
    }

    private Said statement(Node s) {
        Optional<Node> speaker = corpusValue(s, Vocab.SPEAKER);
        speaker.ifPresent(names::of);
        corpusValue(s, Vocab.FIRST_REPORTED_IN).ifPresent(names::of);
        return new Said(s, speaker, "", text(corpusValue(s, Vocab.TEXT)), day(corpusValue(s, Vocab.FIRST_REPORTED)),
                number(corpusValue(s, Vocab.ARTICLE_COUNT)), number(corpusValue(s, Vocab.OUTLET_COUNT)),
                number(corpusValue(s, Vocab.INDEPENDENT_OUTLET_COUNT)));
    }

    /** A report that joined no statement (its speaker was not resolved to an entity). */
    private Said report(Node r) {
        Optional<Node> article = value(r, Vocab.IS_PART_OF);
        article.ifPresent(names::of);
        String date = day(value(r, Vocab.STATED_ON).or(() -> article.flatMap(a -> value(a, Vocab.DATE_PUBLISHED))));
        return new Said(r, Optional.empty(), text(value(r, Vocab.SPEAKER_TEXT)), text(value(r, Vocab.TEXT)), date,
                1, 1, 1);
    }

    /** Events it took part in (by its roles in them), or, for a place, the events held there. */
    private List<Taken> events(Set<Node> members) {
        Map<Node, Set<String>> parts = new LinkedHashMap<>();
        for (Node member : members) {
            take(data.find(Vocab.CORPUS_GRAPH_NAME, Node.ANY, Vocab.RDF_VALUE, member), MAX_ROWS, q -> {
                Node role = q.getSubject();
                String part = corpusValue(role, Vocab.SEM_ROLE_TYPE).map(names::of).orElse("participant");
                take(data.find(Vocab.CORPUS_GRAPH_NAME, Node.ANY, Vocab.SEM_HAS_ACTOR, role), 1,
                        e -> parts.computeIfAbsent(e.getSubject(), k -> new TreeSet<>()).add(part));
            });
            take(data.find(Vocab.CORPUS_GRAPH_NAME, Node.ANY, Vocab.SEM_HAS_PLACE, member), MAX_ROWS,
                    q -> parts.computeIfAbsent(q.getSubject(), k -> new TreeSet<>()).add("place"));
        }
        List<Taken> events = new ArrayList<>();
        parts.forEach((event, roles) -> {
            names.of(event);
            events.add(new Taken(event, String.join(", ", roles), day(corpusValue(event, Vocab.SEM_BEGIN)),
                    day(corpusValue(event, Vocab.SEM_END)), number(corpusValue(event, Vocab.ARTICLE_COUNT))));
        });
        events.sort(Comparator.comparing(Taken::begin).thenComparing(t -> names.of(t.event())));
        return events;
    }

    /** Its strongest co-mentions (the corpus graph keeps at most 100 per entity), named. */
    private List<Partner> partners(Node entity) {
        List<Partner> partners = new ArrayList<>();
        take(data.find(Vocab.CORPUS_GRAPH_NAME, entity, Vocab.STRONGEST_CO_MENTION, Node.ANY), MAX_ROWS, q -> {
            Node pair = q.getObject();
            int articles = number(corpusValue(pair, Vocab.MENTIONING_ARTICLES));
            take(data.find(Vocab.CORPUS_GRAPH_NAME, pair, Vocab.CO_MENTION_OF, Node.ANY), 2, o -> {
                if (!o.getObject().equals(entity)) {
                    names.of(o.getObject());
                    partners.add(new Partner(o.getObject(), corpusValue(o.getObject(), Vocab.TYPE), articles));
                }
            });
        });
        partners.sort(Comparator.comparing((Partner p) -> -p.articles()).thenComparing(p -> names.of(p.entity())));
        return partners;
    }

    /** Pairs among the first partners, for the network picture. */
    private List<Link> links(List<Partner> partners) {
        List<Node> shown = partners.stream().limit(NETWORK_SIZE).map(Partner::entity).toList();
        Map<Set<Node>, Link> links = new LinkedHashMap<>();
        for (Node from : shown) {
            take(data.find(Vocab.CORPUS_GRAPH_NAME, from, Vocab.STRONGEST_CO_MENTION, Node.ANY), MAX_ROWS, q -> {
                Node pair = q.getObject();
                take(data.find(Vocab.CORPUS_GRAPH_NAME, pair, Vocab.CO_MENTION_OF, Node.ANY), 2, o -> {
                    Node to = o.getObject();
                    if (!to.equals(from) && shown.contains(to)) {
                        links.putIfAbsent(Set.of(from, to),
                                new Link(from, to, number(corpusValue(pair, Vocab.MENTIONING_ARTICLES))));
                    }
                });
            });
        }
        return List.copyOf(links.values());
    }

    /** Roles, statements, events and the first articles that name it, by date. */
    private List<Dated> timeline(Set<Node> members, List<Role> roles, List<Said> said, List<Taken> events) {
        List<Dated> timeline = new ArrayList<>();
        roles.stream().filter(r -> !r.since().isEmpty()).forEach(r -> timeline.add(new Dated(r.since(), "role",
                r.role(), names.of(r.role()) + r.where().map(w -> ", " + names.of(w)).orElse(""))));
        said.stream().filter(s -> !s.date().isEmpty()).forEach(s -> timeline.add(new Dated(s.date(), "said", s.node(), s.text())));
        events.stream().filter(e -> !e.begin().isEmpty()).forEach(e -> timeline.add(new Dated(e.begin(), "event",
                e.event(), names.of(e.event()))));
        Set<Node> articles = new LinkedHashSet<>();
        for (Node member : members) {
            take(data.find(Node.ANY, Node.ANY, Vocab.TA_IDENT_REF, member), MAX_ROWS, q -> {
                if (articles.size() < MAX_ARTICLES_ON_TIMELINE && !q.getGraph().equals(Vocab.CORPUS_GRAPH_NAME)) {
                    articles.add(q.getGraph());
                }
            });
        }
        for (Node article : articles) {
            String date = day(value(article, Vocab.DATE_PUBLISHED));
            if (!date.isEmpty()) {
                timeline.add(new Dated(date, "named in", article, names.of(article)));
            }
        }
        timeline.sort(Comparator.comparing(Dated::date));
        return timeline;
    }

    // ---- small readers ----

    private interface Step {
        void accept(Quad q);
    }

    private static void take(Iterator<Quad> it, int most, Step step) {
        for (int n = 0; n < most && it.hasNext(); n++) {
            step.accept(it.next());
        }
    }

    private Optional<Node> value(Node subject, Node property) {
        Iterator<Quad> it = data.find(Node.ANY, subject, property, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private Optional<Node> corpusValue(Node subject, Node property) {
        Iterator<Quad> it = data.find(Vocab.CORPUS_GRAPH_NAME, subject, property, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private static Optional<Node> present(Node node) {
        return node == Node.ANY ? Optional.empty() : Optional.of(node);
    }

    private static String text(Optional<Node> literal) {
        return literal.filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("");
    }

    /** The day of a date or date-time literal ("2024-09-12"), or the lexical form of a coarser one ("2024-04"). */
    static String day(Optional<Node> literal) {
        String s = text(literal);
        return s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s;
    }

    private static int number(Optional<Node> literal) {
        try {
            return Integer.parseInt(text(literal));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Names of nodes, looked up once each. */
    static final class Names {
        private static final List<Node> LABELS = List.of(Vocab.NAME, Vocab.HEADLINE, Vocab.PREF_LABEL);
        private final DatasetGraph data;
        private final Map<Node, String> names = new HashMap<>();

        Names(DatasetGraph data) {
            this.data = data;
        }

        String of(Node node) {
            if (node == Node.ANY) {
                return "";
            }
            return names.computeIfAbsent(node, n -> {
                for (Node property : LABELS) {
                    Iterator<Quad> it = data.find(Node.ANY, n, property, Node.ANY);
                    Node o = it.hasNext() ? it.next().getObject() : null;
                    if (o != null && o.isLiteral()) {
                        return o.getLiteralLexicalForm().strip().replaceAll("\\s+", " ");
                    }
                }
                return n.isURI() ? localName(n.getURI()) : n.toString();
            });
        }

        Map<Node, String> all() {
            return Map.copyOf(names);
        }

        /** "https://newskg.org/ns#Host" is "Host": for terms without a name. */
        private static String localName(String iri) {
            int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
            return iri.substring(cut + 1);
        }
    }
}
