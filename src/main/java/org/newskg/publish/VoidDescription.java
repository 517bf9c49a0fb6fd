package org.newskg.publish;

import java.math.BigInteger;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.newskg.rdf.Vocab;

/**
 * The VoID and DCAT description of the served store, counted from the store when asked for:
 * triples, entities, documents, one class partition per class with an example resource, the
 * SPARQL endpoint, the dump and the vocabularies used. Runs inside a read transaction.
 */
public final class VoidDescription {
    /** Every count is one query; none may hold the server longer than this. */
    private static final long QUERY_SECONDS = 30;

    private VoidDescription() {}

    /**
     * @param store    the served dataset
     * @param base     the store's base IRI
     * @param document IRI of the VoID document itself ({@code http://HOST:PORT/void})
     * @param site     absolute addresses of the endpoint, dump and ontology
     */
    public static Model describe(DatasetGraph store, String base, String document, SiteUrls site) {
        Model m = ModelFactory.createDefaultModel();

        Resource doc = m.createResource(document).addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(DCTerms.title, "Description of the newskg knowledge graph");
        Resource dataset = m.createResource(document + "#dataset")
                .addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "newskg knowledge graph")
                .addProperty(DCTerms.description, "People, organisations and places named in news articles, "
                        + "what was said and by whom, with the exact words and offsets of every article that "
                        + "states each fact. One named graph per article; statements across articles in <"
                        + Vocab.CORPUS_GRAPH_NAME.getURI() + ">.")
                .addProperty(VOID.uriSpace, base)
                .addProperty(VOID.sparqlEndpoint, m.createResource(site.sparql()))
                .addProperty(VOID.dataDump, m.createResource(site.dump()))
                .addProperty(DCTerms.conformsTo, m.createResource(site.ontologyIri()));
        doc.addProperty(FOAF.primaryTopic, dataset);
        for (String ns : new String[] {Vocab.SCHEMA, Vocab.NIF, Vocab.ITSRDF, Vocab.SKOS, Vocab.NEWSKG}) {
            dataset.addProperty(VOID.vocabulary, m.createResource(ns));
        }
        dataset.addProperty(DCAT.distribution, m.createResource(document + "#dump")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "The whole store as N-Quads, one graph per article")
                .addProperty(DCAT.downloadURL, m.createResource(site.dump()))
                .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/application/n-quads")));
        m.createResource(document + "#sparql")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, "SPARQL 1.1 query endpoint (read-only; the default graph is the union of all graphs)")
                .addProperty(DCAT.endpointURL, m.createResource(site.sparql()))
                .addProperty(DCAT.servesDataset, dataset);
        doc.addProperty(FOAF.topic, m.createResource(document + "#sparql"));

        QuerySolution totals = first(store, """
                SELECT (COUNT(*) AS ?triples) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }""", base);
        dataset.addProperty(VOID.triples, count(m, totals.getLiteral("triples").getLong()));
        QuerySolution distinct = first(store, """
                SELECT (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?p) AS ?properties)
                       (COUNT(DISTINCT ?o) AS ?objects)
                WHERE { GRAPH ?g { ?s ?p ?o } }""", base);
        dataset.addProperty(VOID.distinctSubjects, count(m, distinct.getLiteral("subjects").getLong()));
        dataset.addProperty(VOID.properties, count(m, distinct.getLiteral("properties").getLong()));
        dataset.addProperty(VOID.distinctObjects, count(m, distinct.getLiteral("objects").getLong()));
        QuerySolution entities = first(store, """
                SELECT (COUNT(DISTINCT ?s) AS ?entities)
                WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?base)) }""", base);
        dataset.addProperty(VOID.entities, count(m, entities.getLiteral("entities").getLong()));

        long classes = 0;
        try (QueryExecution qe = execution(store, query("""
                SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?class } }
                GROUP BY ?class ORDER BY ?class""", base))) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Resource type = row.getResource("class");
                long n = row.getLiteral("n").getLong();
                dataset.addProperty(VOID.classPartition, m.createResource()
                        .addProperty(VOID._class, type).addProperty(VOID.entities, count(m, n)));
                if (type.hasURI(Vocab.NEWS_ARTICLE.getURI())) {
                    dataset.addProperty(VOID.documents, count(m, n));
                }
                example(store, base, type).ifPresent(r -> dataset.addProperty(VOID.exampleResource, r));
                classes++;
            }
        }
        dataset.addProperty(VOID.classes, count(m, classes));
        return m;
    }

    /** One resource of the class with a page of its own: an IRI under the base without a fragment. */
    private static Optional<Resource> example(DatasetGraph store, String base, Resource type) {
        ParameterizedSparqlString q = query("""
                SELECT ?s WHERE { GRAPH ?g { ?s a ?class }
                  FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?base) && !CONTAINS(STRAFTER(STR(?s), ?base), "#")) }
                LIMIT 1""", base);
        q.setParam("class", type);
        try (QueryExecution qe = execution(store, q)) {
            ResultSet rs = qe.execSelect();
            return rs.hasNext() ? Optional.of(rs.next().getResource("s")) : Optional.empty();
        }
    }

    /** Counts are xsd:integer, as VoID's examples write them. */
    private static Literal count(Model m, long n) {
        return m.createTypedLiteral(BigInteger.valueOf(n));
    }

    private static QuerySolution first(DatasetGraph store, String query, String base) {
        try (QueryExecution qe = execution(store, query(query, base))) {
            return qe.execSelect().next();
        }
    }

    private static ParameterizedSparqlString query(String query, String base) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(query);
        q.setLiteral("base", base);
        return q;
    }

    private static QueryExecution execution(DatasetGraph store, ParameterizedSparqlString query) {
        return QueryExecution.dataset(DatasetFactory.wrap(store)).query(query.asQuery())
                .timeout(QUERY_SECONDS, TimeUnit.SECONDS).build();
    }
}
