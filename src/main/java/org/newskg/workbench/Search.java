package org.newskg.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.rdf.Vocab;
import org.newskg.store.ServedStore;

/**
 * Full-text search over the store's Lucene index (jena-text), grouped by what was found:
 * people, organisations, places, events (by name), statements (by their words or any report of
 * them) and articles (by headline). A name found on an entity that cross-document resolution
 * joined to another is shown as that canonical entity. Each group counts at most
 * {@link #MAX_MATCHES} matches and shows the best {@link #SHOWN}; each query stops after
 * {@link #TIMEOUT_SECONDS} seconds.
 */
final class Search {
    /** Longest search accepted, in characters. */
    static final int MAX_CHARS = 200;
    static final int SHOWN = 20;
    static final int MAX_MATCHES = 200;
    static final long TIMEOUT_SECONDS = 10;
    /** Index entries read per field: one value may be indexed once per article graph. */
    private static final int INDEX_HITS = 2000;

    /** One thing found: its IRI, what to call it, and a line about it (may be empty). */
    record Hit(String iri, String label, String detail, double score) {}

    /** The best hits of one kind, and how many there were (at most {@link #MAX_MATCHES}). */
    record Group(Kind kind, List<Hit> hits, int total) {}

    private static final String PREFIXES = "PREFIX text: <http://jena.apache.org/text#>\n"
            + "PREFIX schema: <" + Vocab.SCHEMA + ">\nPREFIX newskg: <" + Vocab.NEWSKG + ">\n"
            + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\nPREFIX sem: <" + Vocab.SEM + ">\n";

    private static final String NAMES = PREFIXES + """
            SELECT ?e (GROUP_CONCAT(DISTINCT ?name; separator="\\u001f") AS ?names)
                   (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types)
                   (MAX(?hit) AS ?score) (COUNT(DISTINCT ?article) AS ?articles)
            WHERE {
              (?m ?hit) text:query (schema:name ?words ?limit) .
              OPTIONAL { GRAPH <urn:newskg:corpus> { ?m owl:sameAs ?canonical } }
              BIND(COALESCE(?canonical, ?m) AS ?e)
              ?e a ?type .
              FILTER(?type IN (schema:Person, schema:Organization, schema:Place, sem:Event))
              ?e schema:name ?name .
              OPTIONAL { GRAPH ?article { ?article schema:mentions ?m } }
            }
            GROUP BY ?e ORDER BY DESC(?score) ?e LIMIT ?max
            """;

    private static final String STATEMENTS = PREFIXES + """
            SELECT ?s (SAMPLE(?said) AS ?text) (SAMPLE(?speakerName) AS ?speaker) (MAX(?hit) AS ?score)
                   (SAMPLE(?outlets) AS ?outletCount)
            WHERE {
              (?m ?hit) text:query (schema:text ?words ?limit) .
              OPTIONAL { GRAPH <urn:newskg:corpus> { ?grouping newskg:hasReport ?m } }
              BIND(COALESCE(?grouping, ?m) AS ?s)
              GRAPH <urn:newskg:corpus> {
                ?s a newskg:Statement ; schema:text ?said .
                OPTIONAL { ?s newskg:outletCount ?outlets }
                OPTIONAL { ?s newskg:speaker ?sp }
              }
              OPTIONAL { ?sp schema:name ?speakerName }
            }
            GROUP BY ?s ORDER BY DESC(?score) ?s LIMIT ?max
            """;

    private static final String ARTICLES = PREFIXES + """
            SELECT ?a (SAMPLE(?h) AS ?headline) (SAMPLE(?publisherName) AS ?publisher) (SAMPLE(?d) AS ?date)
                   (MAX(?hit) AS ?score)
            WHERE {
              (?a ?hit) text:query (schema:headline ?words ?limit) .
              ?a a schema:NewsArticle ; schema:headline ?h .
              OPTIONAL { ?a schema:publisher/schema:name ?publisherName }
              OPTIONAL { ?a schema:datePublished ?d }
            }
            GROUP BY ?a ORDER BY DESC(?score) ?a LIMIT ?max
            """;

    private final DatasetGraph store;

    Search(DatasetGraph store) {
        this.store = store;
    }

    /**
     * The groups for {@code words} (Lucene syntax: words, "a phrase", fish*, AND, OR), every
     * kind present, empty ones too.
     *
     * @throws IllegalArgumentException when the words are longer than {@link #MAX_CHARS} or
     *                                  are no search the index can read
     */
    List<Group> find(String words) {
        if (words.length() > MAX_CHARS) {
            throw new IllegalArgumentException("the search is longer than " + MAX_CHARS + " characters");
        }
        Map<Kind, List<Hit>> found = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            found.put(k, new ArrayList<>());
        }
        try {
            ServedStore.read(store, () -> {
                for (QuerySolution row : select(NAMES, words)) {
                    List<String> types = List.of(row.getLiteral("types").getString().split(" "));
                    Kind kind = types.contains(Vocab.SEM + "Event") ? Kind.EVENTS
                            : types.contains(Vocab.SCHEMA + "Person") ? Kind.PEOPLE
                            : types.contains(Vocab.SCHEMA + "Organization") ? Kind.ORGANISATIONS : Kind.PLACES;
                    int articles = row.getLiteral("articles").getInt();
                    found.get(kind).add(new Hit(uri(row, "e"), longest(row.getLiteral("names").getString()),
                            articles == 0 ? "" : "named in " + articles + (articles == 1 ? " article" : " articles"),
                            score(row)));
                }
                for (QuerySolution row : select(STATEMENTS, words)) {
                    String speaker = string(row, "speaker");
                    String outlets = string(row, "outletCount");
                    String detail = (speaker.isEmpty() ? "" : speaker)
                            + (outlets.isEmpty() ? "" : (speaker.isEmpty() ? "" : ", ") + "reported by " + outlets
                            + ("1".equals(outlets) ? " outlet" : " outlets"));
                    found.get(Kind.STATEMENTS).add(new Hit(uri(row, "s"), string(row, "text"), detail, score(row)));
                }
                for (QuerySolution row : select(ARTICLES, words)) {
                    String date = string(row, "date");
                    String detail = String.join(", ", List.of(string(row, "publisher"),
                            date.length() >= 10 ? date.substring(0, 10) : date).stream().filter(s -> !s.isEmpty()).toList());
                    found.get(Kind.ARTICLES).add(new Hit(uri(row, "a"), string(row, "headline"), detail, score(row)));
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (isUnreadable(e)) {
                throw new IllegalArgumentException("the index cannot read this search (" + firstLine(e) + ")", e);
            }
            throw e;
        }
        List<Group> groups = new ArrayList<>();
        found.forEach((kind, hits) -> {
            hits.sort(Comparator.comparingDouble(Hit::score).reversed());
            groups.add(new Group(kind, List.copyOf(hits.subList(0, Math.min(SHOWN, hits.size()))), hits.size()));
        });
        return groups;
    }

    private List<QuerySolution> select(String template, String words) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(template);
        q.setLiteral("words", words);
        q.setLiteral("limit", INDEX_HITS);
        q.setLiteral("max", MAX_MATCHES);
        return StoreSelect.rows(store, q.asQuery(), TIMEOUT_SECONDS);
    }

    // Lucene's query parser rejects unbalanced quotes, a leading wildcard and the like.
    private static boolean isUnreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().contains("ParseException")
                    || t.getClass().getName().endsWith("TextIndexException")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String m = String.valueOf(root.getMessage());
        return m.lines().findFirst().orElse(m);
    }

    /** Of the names an entity is known by, the fullest. */
    private static String longest(String names) {
        String best = "";
        for (String n : names.split("\u001f")) {
            if (n.length() > best.length()) {
                best = n;
            }
        }
        return best;
    }

    private static String uri(QuerySolution row, String var) {
        return row.getResource(var).getURI();
    }

    private static String string(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static double score(QuerySolution row) {
        RDFNode n = row.get("score");
        return n == null ? 0 : n.asLiteral().getDouble();
    }
}
