package org.newskg.publish;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * What the store knows about one person, organisation or place, gathered for its page: the
 * entity and the article-level IRIs joined to it ({@code owl:sameAs}) counted as one.
 *
 * @param entity    the IRI the page is about
 * @param canonical the entity it is joined to, when it is not itself the canonical IRI
 * @param roles     the roles it holds, one row per role and organisation
 * @param said      what it said, one row per statement, earliest first
 * @param saidAbout what others said about it, one row per statement (or unattributed report)
 * @param events    the events it took part in (or, for a place, that took place there)
 * @param partners  the entities named with it in the most articles, by name
 * @param links     edges among the partners for the network picture
 * @param timeline  everything dated, earliest first
 * @param counters  the corpus graph's counts (rank, mentions, articles, first and last seen)
 * @param names     a name for every node the rows point at
 */
record Dossier(Node entity, Optional<Node> canonical, List<Role> roles, List<Said> said, List<Said> saidAbout,
               List<Taken> events, List<Partner> partners, List<Link> links, List<Dated> timeline,
               Map<Node, Node> counters, Map<Node, String> names) {

    /** A role held: "spokesperson" of an organisation (or towards a country), since the earliest article. */
    record Role(Node role, Optional<Node> where, Optional<Node> posting, String since, List<Node> articles) {}

    /** A statement (or a report that joined none) with its corroboration counts. */
    record Said(Node node, Optional<Node> speaker, String speakerText, String text, String date,
                int articles, int outlets, int independentOutlets) {}

    /** An event and the entity's part in it ("Host", "Attendee", "Organiser", "place"). */
    record Taken(Node event, String part, String begin, String end, int articles) {}

    /** An entity named together with this one in {@code articles} articles. */
    record Partner(Node entity, Optional<Node> type, int articles) {}

    /** Two partners named together in {@code articles} articles. */
    record Link(Node from, Node to, int articles) {}

    /** One dated thing: a role stated, a statement, an event, an article that names the entity. */
    record Dated(String date, String kind, Node node, String text) {}
}
