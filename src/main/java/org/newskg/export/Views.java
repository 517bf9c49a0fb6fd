package org.newskg.export;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryFactory;
import org.newskg.extract.EntityType;

/**
 * The built-in views, each one SPARQL SELECT over the store in the shape {@link SelectEdges}
 * reads. Weights count articles; first and last days come from the articles' publication dates.
 */
public final class Views {
    private static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX newskg: <https://newskg.org/ns#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;

    /**
     * Event -role-> participant (host, attendee, organiser) and event -place-> place, from the
     * accounts of each event, participants and places taken to their canonical IRIs; weight =
     * articles whose account states it.
     */
    private static final String EVENTS = """
            SELECT ?source ?target ?relation (COUNT(DISTINCT ?article) AS ?weight) (MIN(?day) AS ?start) (MAX(?day) AS ?end)
            WHERE {
              GRAPH <urn:newskg:corpus> { ?source a sem:Event ; newskg:hasEventMention ?mention }
              GRAPH ?article {
                ?mention schema:isPartOf ?article .
                {
                  ?mention sem:hasActor ?role . ?role rdf:value ?named ; sem:roleType ?roleType .
                  BIND(LCASE(STRAFTER(STR(?roleType), "#")) AS ?relation)
                } UNION {
                  ?mention sem:hasPlace ?named .
                  BIND("place" AS ?relation)
                }
                OPTIONAL { ?article schema:datePublished ?published }
              }
              OPTIONAL { GRAPH <urn:newskg:corpus> { ?named owl:sameAs ?canonical } }
              BIND(COALESCE(?canonical, ?named) AS ?target)
              BIND(SUBSTR(STR(?published), 1, 10) AS ?day)
              %DATES%
            }
            GROUP BY ?source ?target ?relation
            """;

    /**
     * People, organisations and places named in the same articles; weight = articles naming both.
     * Entities are their canonical IRIs (owl:sameAs in the corpus graph), so one entity named two
     * ways is one node.
     */
    private static final String CO_MENTION = """
            SELECT ?source ?target (COUNT(DISTINCT ?article) AS ?weight) (MIN(?day) AS ?start) (MAX(?day) AS ?end)
            WHERE {
              GRAPH ?article {
                ?article a schema:NewsArticle ; schema:mentions ?namedSource , ?namedTarget .
                ?namedSource a ?sourceType .
                ?namedTarget a ?targetType .
                OPTIONAL { ?article schema:datePublished ?published }
              }
              OPTIONAL { GRAPH <urn:newskg:corpus> { ?namedSource owl:sameAs ?canonicalSource } }
              OPTIONAL { GRAPH <urn:newskg:corpus> { ?namedTarget owl:sameAs ?canonicalTarget } }
              BIND(COALESCE(?canonicalSource, ?namedSource) AS ?source)
              BIND(COALESCE(?canonicalTarget, ?namedTarget) AS ?target)
              FILTER(STR(?source) < STR(?target))
              FILTER(?sourceType IN (%TYPES%) && ?targetType IN (%TYPES%))
              BIND(SUBSTR(STR(?published), 1, 10) AS ?day)
              %DATES%
            }
            GROUP BY ?source ?target
            """;

    /**
     * Speaker -said-> statement -about-> entity; weight = articles reporting it. Speakers are
     * canonical already (statements group reports by resolved speaker); entities spoken about are
     * taken to their canonical IRIs here.
     */
    private static final String WHO_SAID_WHAT = """
            SELECT ?source ?target ?relation (COUNT(DISTINCT ?article) AS ?weight) (MIN(?day) AS ?start) (MAX(?day) AS ?end)
            WHERE {
              {
                GRAPH <urn:newskg:corpus> { ?target a newskg:Statement ; newskg:speaker ?source ; newskg:hasReport ?report }
                GRAPH ?article { ?report schema:isPartOf ?article . OPTIONAL { ?article schema:datePublished ?published } }
                BIND("said" AS ?relation)
              } UNION {
                GRAPH <urn:newskg:corpus> { ?source a newskg:Statement ; newskg:hasReport ?report }
                GRAPH ?article {
                  ?report schema:isPartOf ?article ; schema:about ?about .
                  OPTIONAL { ?article schema:datePublished ?published }
                }
                OPTIONAL { GRAPH <urn:newskg:corpus> { ?about owl:sameAs ?canonicalAbout } }
                BIND(COALESCE(?canonicalAbout, ?about) AS ?target)
                BIND("about" AS ?relation)
              }
              BIND(SUBSTR(STR(?published), 1, 10) AS ?day)
              %DATES%
            }
            GROUP BY ?source ?target ?relation
            """;

    /** Outlet (the articles' publisher) -reported-> statement; weight = that outlet's articles reporting it. */
    private static final String SOURCES = """
            SELECT ?source ?target (COUNT(DISTINCT ?article) AS ?weight) (MIN(?day) AS ?start) (MAX(?day) AS ?end)
            WHERE {
              GRAPH <urn:newskg:corpus> { ?target a newskg:Statement ; newskg:hasReport ?report }
              GRAPH ?article {
                ?report schema:isPartOf ?article .
                ?article schema:publisher ?source .
                OPTIONAL { ?article schema:datePublished ?published }
              }
              BIND(SUBSTR(STR(?published), 1, 10) AS ?day)
              %DATES%
            }
            GROUP BY ?source ?target
            """;

    /**
     * Person -role-> the organisation or country it is held in, both taken to their canonical IRIs;
     * weight = articles stating it.
     */
    private static final String ROLES = """
            SELECT ?source ?target ?relation (COUNT(DISTINCT ?article) AS ?weight) (MIN(?day) AS ?start) (MAX(?day) AS ?end)
            WHERE {
              GRAPH ?article {
                ?membership a org:Membership ; org:member ?holder ; newskg:affiliation ?affiliation ; org:role ?role .
                ?role skos:prefLabel ?relation .
                OPTIONAL { ?article schema:datePublished ?published }
              }
              OPTIONAL { GRAPH <urn:newskg:corpus> { ?holder owl:sameAs ?canonicalHolder } }
              OPTIONAL { GRAPH <urn:newskg:corpus> { ?affiliation owl:sameAs ?canonicalAffiliation } }
              BIND(COALESCE(?canonicalHolder, ?holder) AS ?source)
              BIND(COALESCE(?canonicalAffiliation, ?affiliation) AS ?target)
              BIND(SUBSTR(STR(?published), 1, 10) AS ?day)
              %DATES%
            }
            GROUP BY ?source ?target ?relation
            """;

    /** One built-in view. */
    public enum View {
        CO_MENTION("co-mention", false, "co-mention", "people, organisations and places named in the same articles"),
        WHO_SAID_WHAT("who-said-what", true, "said", "speaker -> statement -> the entities it is about"),
        SOURCES("sources", true, "reported", "outlet (the articles' publisher) -> statement it reported"),
        EVENTS("events", true, "place", "event -> its participants (host, attendee, organiser) and places"),
        ROLES("roles", true, "role", "person -> organisation or country of a role they hold (relation: the role)");

        private final String id;
        private final boolean directed;
        private final String relation;
        private final String description;

        View(String id, boolean directed, String relation, String description) {
            this.id = id;
            this.directed = directed;
            this.relation = relation;
            this.description = description;
        }

        public String id() {
            return id;
        }

        public String description() {
            return description;
        }

        public static View byId(String id) {
            for (View v : values()) {
                if (v.id.equals(id)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("no view " + id + "; the views are " + ids());
        }

        public static String ids() {
            return List.of(values()).stream().map(View::id).collect(Collectors.joining(", "));
        }
    }

    private Views() {}

    /** The view's query with the settings' types and dates put in. */
    public static String query(View view, ExportSettings settings) {
        String body = switch (view) {
            case CO_MENTION -> CO_MENTION.replace("%TYPES%", types(settings.types()));
            case WHO_SAID_WHAT -> WHO_SAID_WHAT;
            case SOURCES -> SOURCES;
            case EVENTS -> EVENTS;
            case ROLES -> ROLES;
        };
        StringBuilder dates = new StringBuilder();
        // Dates compare as yyyy-mm-dd strings; an article without a date is outside any range.
        settings.from().ifPresent(d -> dates.append("FILTER(BOUND(?day) && ?day >= \"").append(d).append("\")\n"));
        settings.to().ifPresent(d -> dates.append("FILTER(BOUND(?day) && ?day <= \"").append(d).append("\")\n"));
        return PREFIXES + body.replace("%DATES%", dates.toString());
    }

    public static EdgeSource source(View view, ExportSettings settings, long timeoutSeconds) {
        return new SelectEdges(view.id(), QueryFactory.create(query(view, settings)), view.directed, view.relation,
                timeoutSeconds);
    }

    private static String types(Set<EntityType> types) {
        Set<EntityType> kept = types.isEmpty() ? Set.of(EntityType.values()) : types;
        return List.of(EntityType.values()).stream().filter(kept::contains)
                .map(t -> switch (t) {
                    case PERSON -> "schema:Person";
                    case ORGANIZATION -> "schema:Organization";
                    case PLACE -> "schema:Place";
                })
                .collect(Collectors.joining(", "));
    }
}
