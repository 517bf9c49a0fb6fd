package org.newskg.rdf;

import static org.apache.jena.graph.NodeFactory.createLiteralDT;
import static org.apache.jena.graph.NodeFactory.createLiteralString;
import static org.apache.jena.graph.NodeFactory.createURI;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.newskg.resolve.MergedEvent;
import org.newskg.resolve.PlaceAreas;
import org.newskg.resolve.StoredEvent;

/**
 * Events in the corpus graph: the event mentions read back from the article graphs, and the
 * events they form written as {@code sem:Event} and {@code schema:Event} nodes with their
 * mentions, time, places, participants and why each mention joined.
 */
public final class CorpusEvents {
    private static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX newskg: <https://newskg.org/ns#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;
    private static final String MENTIONS = PREFIXES + """
            SELECT ?mention ?article ?kind ?name ?planned ?begin ?end ?unit ?evidence ?published ?status
            WHERE {
              GRAPH ?article {
                ?mention a newskg:EventMention ; schema:isPartOf ?article ; sem:eventType ?kind ;
                         schema:name ?name ; newskg:planned ?planned .
                OPTIONAL { ?mention schema:eventStatus ?status }
                OPTIONAL { ?mention sem:hasBeginTimeStamp ?begin ; sem:hasEndTimeStamp ?end ;
                                    newskg:timePrecision ?unit ; newskg:timeEvidence ?evidence }
                OPTIONAL { ?article schema:datePublished ?published }
              }
            }
            """;
    private static final String PLACES = PREFIXES + """
            SELECT ?mention ?place ?placeName WHERE {
              GRAPH ?article { ?mention a newskg:EventMention ; sem:hasPlace ?place OPTIONAL { ?place schema:name ?placeName } }
            }
            ORDER BY ?mention ?place ?placeName
            """;
    private static final String NOT_PLACES = PREFIXES + """
            SELECT ?mention ?place WHERE { GRAPH ?article { ?mention a newskg:EventMention ; newskg:notPlace ?place } }
            ORDER BY ?mention ?place
            """;
    private static final String ACTORS = PREFIXES + """
            SELECT ?mention ?actor ?role WHERE {
              GRAPH ?article { ?mention a newskg:EventMention ; sem:hasActor ?r . ?r rdf:value ?actor ; sem:roleType ?role }
            }
            ORDER BY ?mention ?r
            """;

    private final Iris iris;

    public CorpusEvents(Iris iris) {
        this.iris = iris;
    }

    /** Every event mention in the article graphs; call inside a read transaction. */
    public static List<StoredEvent> mentions(Dataset dataset) {
        Map<String, List<String>> places = new LinkedHashMap<>();
        // The names of its places tell which countries they are or lie in (PlaceAreas).
        Map<String, List<String>> placeNames = new LinkedHashMap<>();
        select(dataset, PLACES, s -> {
            List<String> ps = places.computeIfAbsent(uri(s, "mention"), k -> new ArrayList<>());
            if (!ps.contains(uri(s, "place"))) {
                ps.add(uri(s, "place"));
            }
            if (s.contains("placeName")) {
                placeNames.computeIfAbsent(uri(s, "mention"), k -> new ArrayList<>()).add(s.getLiteral("placeName").getLexicalForm());
            }
        });
        Map<String, List<String>> notPlaces = new LinkedHashMap<>();
        select(dataset, NOT_PLACES, s -> notPlaces.computeIfAbsent(uri(s, "mention"), k -> new ArrayList<>()).add(uri(s, "place")));
        Map<String, List<StoredEvent.Participation>> actors = new LinkedHashMap<>();
        select(dataset, ACTORS, s -> actors.computeIfAbsent(uri(s, "mention"), k -> new ArrayList<>())
                .add(new StoredEvent.Participation(uri(s, "actor"), localName(uri(s, "role")))));
        List<StoredEvent> out = new ArrayList<>();
        select(dataset, MENTIONS, s -> {
            String mention = uri(s, "mention");
            var time = Optional.ofNullable(s.getLiteral("begin")).flatMap(b -> EventMapper.time(b.getLexicalForm(),
                    s.getLiteral("end").getLexicalForm(), uri(s, "unit"), s.getLiteral("evidence").getLexicalForm()));
            out.add(new StoredEvent(mention, uri(s, "article"), localName(uri(s, "kind")), s.getLiteral("name").getLexicalForm(),
                    time, places.getOrDefault(mention, List.of()), actors.getOrDefault(mention, List.of()),
                    s.getLiteral("planned").getBoolean(),
                    Optional.ofNullable(s.getLiteral("published")).map(Literal::getLexicalForm),
                    notPlaces.getOrDefault(mention, List.of()),
                    s.contains("status") ? s.getResource("status").getURI().substring(Vocab.SCHEMA.length()) : "",
                    PlaceAreas.of(placeNames.getOrDefault(mention, List.of()))));
        });
        return out;
    }

    private static void select(Dataset dataset, String query, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                row.accept(rs.next());
            }
        }
    }

    private static String uri(QuerySolution s, String var) {
        return s.getResource(var).getURI();
    }

    private static String localName(String iri) {
        return iri.substring(iri.lastIndexOf('#') + 1);
    }

    /** The events as triples, added to the corpus graph. */
    public void map(List<MergedEvent> events, Graph g) {
        for (MergedEvent e : events) {
            Node node = iris.event(e.key());
            g.add(node, Vocab.TYPE, Vocab.SEM_EVENT);
            g.add(node, Vocab.TYPE, Vocab.SCHEMA_EVENT);
            g.add(node, Vocab.SEM_EVENT_TYPE, Vocab.newskg(e.kind()));
            g.add(node, Vocab.NAME, createLiteralString(e.name()));
            e.time().ifPresent(t -> {
                EventMapper.addTime(g, node, t);
                g.add(node, Vocab.START_DATE, EventMapper.literal(t.begin(), t.precision()));
                g.add(node, Vocab.END_DATE, EventMapper.literal(t.end(), t.precision()));
            });
            for (String place : e.places()) {
                g.add(node, Vocab.SEM_HAS_PLACE, createURI(place));
                g.add(node, Vocab.LOCATION, createURI(place));
            }
            e.notPlaces().forEach(p -> g.add(node, Vocab.NOT_PLACE, createURI(p)));
            EventMapper.addStatus(g, node, e.status());
            int n = 0;
            for (StoredEvent.Participation p : e.participants()) {
                Node actor = createURI(p.actor());
                EventMapper.addRole(g, node, n++, actor, Vocab.newskg(p.role()));
                switch (p.role()) {
                    case "Organiser" -> g.add(node, Vocab.ORGANIZER, actor);
                    case "Attendee" -> g.add(node, Vocab.ATTENDEE, actor);
                    default -> { } // schema.org has no host of an event
                }
            }
            for (StoredEvent m : e.mentions()) {
                Node mention = createURI(m.mention());
                g.add(node, Vocab.HAS_EVENT_MENTION, mention);
                g.add(mention, Vocab.EVENT_MENTION_OF, node);
            }
            g.add(node, Vocab.PLANNED, createLiteralDT(Boolean.toString(e.planned()), XSDDatatype.XSDboolean));
            g.add(node, Vocab.ARTICLE_COUNT, createLiteralDT(Integer.toString(e.articles()), XSDDatatype.XSDinteger));
            e.mergeReasons().forEach(r -> g.add(node, Vocab.MERGE_REASON, createLiteralString(r)));
        }
    }
}
