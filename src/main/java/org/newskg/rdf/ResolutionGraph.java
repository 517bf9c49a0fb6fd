package org.newskg.rdf;

import static org.apache.jena.graph.NodeFactory.createLiteralString;
import static org.apache.jena.graph.NodeFactory.createURI;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.newskg.extract.EntityType;
import org.newskg.resolve.EntityCluster;
import org.newskg.resolve.EntityLink;
import org.newskg.resolve.EntityRecord;
import org.newskg.resolve.MentionContext;
import org.newskg.resolve.Resolution;

/**
 * Cross-document resolution in the store: the entities read back from the article graphs (those
 * each article mentions, and its publisher and credited agency, so that an outlet or agency in one
 * article's metadata and another's text are one entity), and
 * the clusters written to the corpus graph. Each cluster's canonical IRI gets the type, the name
 * and every other name as {@code skos:altLabel}; each other member gets {@code owl:sameAs} the
 * canonical IRI and a {@code newskg:sameAsReason}, so every merge can be audited.
 */
public final class ResolutionGraph {
    private static final String ENTITIES = """
            PREFIX schema: <http://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?article ?entity ?type ?name ?alias
            WHERE {
              VALUES ?type { schema:Person schema:Organization schema:Place }
              GRAPH ?article {
                ?article a schema:NewsArticle .
                { ?article schema:mentions ?entity } UNION { ?article schema:publisher|schema:sourceOrganization ?entity }
                ?entity a ?type ; schema:name ?name .
                OPTIONAL { ?entity skos:altLabel ?alias }
              }
            }
            """;

    /**
     * The characters around each organisation mention: "(HSB)" after it states an acronym, "Norway's"
     * or "Norwegian" before it the country it belongs to (the recogniser often leaves them out).
     */
    private static final String AROUND_MENTIONS = """
            PREFIX schema: <http://schema.org/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            SELECT ?article ?entity ?before ?after
            WHERE {
              VALUES ?class { schema:Organization schema:Place }
              GRAPH ?article {
                ?mention itsrdf:taIdentRef ?entity ; itsrdf:taClassRef ?class ;
                         nif:beginIndex ?begin ; nif:endIndex ?end .
                ?article nif:isString ?text .
              }
              BIND(IF(?begin > %BEFORE%, ?begin - %BEFORE%, 0) AS ?from)
              BIND(SUBSTR(?text, ?from + 1, ?begin - ?from) AS ?before)
              BIND(SUBSTR(?text, ?end + 1, %AFTER%) AS ?after)
            }
            """.replace("%BEFORE%", Integer.toString(MentionContext.BEFORE))
            .replace("%AFTER%", Integer.toString(MentionContext.AFTER));

    private ResolutionGraph() {}

    /** Every entity of every article graph, one record per entity and article; call inside a read transaction. */
    public static List<EntityRecord> records(Dataset dataset) {
        return records(dataset, "");
    }

    /** The records of these entities only, in every article that names them; call inside a read transaction. */
    public static List<EntityRecord> recordsOfEntities(Dataset dataset, Collection<String> entities) {
        return entities.isEmpty() ? List.of() : records(dataset, values("entity", entities));
    }

    /** The records of every entity of these articles only; call inside a read transaction. */
    public static List<EntityRecord> recordsOfArticles(Dataset dataset, Collection<String> articles) {
        return articles.isEmpty() ? List.of() : records(dataset, values("article", articles));
    }

    /** A VALUES clause that binds {@code var} to the IRIs, so that the query starts from them. */
    static String values(String var, Collection<String> iris) {
        StringBuilder b = new StringBuilder("VALUES ?").append(var).append(" {");
        iris.forEach(i -> b.append(" <").append(i).append('>'));
        return b.append(" }").toString();
    }

    private static String restricted(String query, String values) {
        return values.isEmpty() ? query : query.replaceFirst("WHERE \\{", java.util.regex.Matcher.quoteReplacement("WHERE { " + values));
    }

    private static List<EntityRecord> records(Dataset dataset, String values) {
        Map<String, Around> around = around(dataset, values);
        Around none = new Around(Set.of(), Set.of());
        record Key(String article, String entity) {}
        Map<Key, String> names = new LinkedHashMap<>();
        Map<Key, EntityType> types = new LinkedHashMap<>();
        Map<Key, Set<String>> aliases = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(restricted(ENTITIES, values)).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Key key = new Key(s.getResource("article").getURI(), s.getResource("entity").getURI());
                types.putIfAbsent(key, typeOf(s.getResource("type").getURI()));
                names.putIfAbsent(key, s.getLiteral("name").getLexicalForm());
                Set<String> a = aliases.computeIfAbsent(key, k -> new TreeSet<>());
                Optional.ofNullable(s.getLiteral("alias")).ifPresent(l -> a.add(l.getLexicalForm()));
            }
        }
        List<EntityRecord> out = new ArrayList<>();
        types.forEach((key, type) -> {
            Around a = around.getOrDefault(key.article() + " " + key.entity(), none);
            out.add(new EntityRecord(key.entity(), type, names.get(key), aliases.get(key), key.article(), a.acronyms(),
                    a.qualifiers()));
        });
        // One order whichever way the records were read (whole store or some entities or articles).
        out.sort(java.util.Comparator.comparing(EntityRecord::article).thenComparing(EntityRecord::iri));
        return out;
    }

    /** What the words around an entity's mentions in one article say of it. */
    private record Around(Set<String> acronyms, Set<String> qualifiers) {}

    /** "article entity" -> acronyms stated in brackets after its mentions, and the capitalised words before them. */
    private static Map<String, Around> around(Dataset dataset, String values) {
        Map<String, Around> out = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(restricted(AROUND_MENTIONS, values)).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Around a = out.computeIfAbsent(s.getResource("article").getURI() + " " + s.getResource("entity").getURI(),
                        k -> new Around(new TreeSet<>(), new TreeSet<>()));
                MentionContext.acronymAfter(s.getLiteral("after").getLexicalForm()).ifPresent(a.acronyms()::add);
                MentionContext.capitalisedBefore(s.getLiteral("before").getLexicalForm()).ifPresent(a.qualifiers()::add);
            }
        }
        return out;
    }

    private static EntityType typeOf(String classIri) {
        if (classIri.equals(Vocab.PERSON.getURI())) {
            return EntityType.PERSON;
        }
        return classIri.equals(Vocab.ORGANIZATION.getURI()) ? EntityType.ORGANIZATION : EntityType.PLACE;
    }

    /** The links the stored corpus graph publishes: member IRI -> canonical IRI; call inside a read transaction. */
    public static Map<String, String> published(Dataset dataset) {
        Map<String, String> out = new TreeMap<>();
        dataset.asDatasetGraph().find(Vocab.CORPUS_GRAPH_NAME, Node.ANY, Vocab.SAME_AS, Node.ANY)
                .forEachRemaining(q -> out.put(q.getSubject().getURI(), q.getObject().getURI()));
        return out;
    }

    /** Adds the clusters to the corpus graph. */
    public static void map(Resolution resolution, Graph g) {
        for (EntityCluster c : resolution.clusters()) {
            Node canonical = createURI(c.canonical());
            g.add(canonical, Vocab.TYPE, ArticleMapper.typeOf(c.type()));
            g.add(canonical, Vocab.NAME, createLiteralString(c.name()));
            c.aliases().forEach(a -> g.add(canonical, Vocab.ALT_LABEL, createLiteralString(a)));
            c.joined().forEach((member, reason) -> {
                Node m = createURI(member);
                g.add(m, Vocab.SAME_AS, canonical);
                g.add(m, Vocab.SAME_AS_REASON, createLiteralString(reason));
            });
        }
    }

    /**
     * Three decimals in the canonical form TDB2 reads an inlined decimal back in ("0.8", "1.0"), so that
     * the next rebuild's comparison with the stored corpus graph sees the same literal.
     */
    static String decimal(double value) {
        String s = new java.math.BigDecimal(value).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    /** Adds the links: the Wikipedia page and DBpedia resource as schema:sameAs, with confidence and evidence. */
    public static void mapLinks(List<EntityLink> links, Graph g) {
        for (EntityLink l : links) {
            Node entity = createURI(l.entity());
            g.add(entity, Vocab.SCHEMA_SAME_AS, createURI(l.dbpedia()));
            g.add(entity, Vocab.SCHEMA_SAME_AS, createURI(l.wikipedia()));
            g.add(entity, Vocab.LINK_CONFIDENCE, NodeFactory.createLiteralDT(decimal(l.confidence()), XSDDatatype.XSDdecimal));
            g.add(entity, Vocab.LINK_EVIDENCE, createLiteralString(l.evidence()));
        }
    }
}
