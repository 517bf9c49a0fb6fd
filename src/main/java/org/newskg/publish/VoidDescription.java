package org.newskg.publish;

import java.math.BigInteger;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.newskg.rdf.Vocab;

/**
 * The VoID and DCAT description of the served store: its counts (triples, entities, documents,
 * one class partition per class with an example resource), the SPARQL endpoint, the dump and the
 * vocabularies used.
 */
public final class VoidDescription {
    private VoidDescription() {}

    /**
     * @param stats    the store's counts
     * @param base     the store's base IRI
     * @param document IRI of the VoID document itself ({@code http://HOST:PORT/void})
     * @param site     absolute addresses of the endpoint, dump and ontology
     */
    public static Model describe(StoreStatistics stats, String base, String document, SiteUrls site) {
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

        stats.triples().ifPresent(n -> dataset.addProperty(VOID.triples, count(m, n)));
        stats.properties().ifPresent(n -> dataset.addProperty(VOID.properties, count(m, n)));
        stats.entities().ifPresent(n -> dataset.addProperty(VOID.entities, count(m, n)));
        if (!stats.classes().isEmpty()) {
            dataset.addProperty(VOID.classes, count(m, stats.classes().size()));
        }
        for (StoreStatistics.ClassCount c : stats.classes()) {
            Resource type = m.wrapAsResource(c.type());
            dataset.addProperty(VOID.classPartition, m.createResource()
                    .addProperty(VOID._class, type).addProperty(VOID.entities, count(m, c.entities())));
            if (c.type().equals(Vocab.NEWS_ARTICLE)) {
                dataset.addProperty(VOID.documents, count(m, c.entities()));
            }
            c.example().ifPresent(e -> dataset.addProperty(VOID.exampleResource, m.wrapAsResource(e)));
        }
        return m;
    }

    /** Counts are xsd:integer, as VoID's examples write them. */
    private static Literal count(Model m, long n) {
        return m.createTypedLiteral(BigInteger.valueOf(n));
    }
}
