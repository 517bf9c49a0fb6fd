package org.newskg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.VOID;
import org.newskg.rdf.Vocab;

/**
 * What the linked-data pages publish, found once when the server starts answering: the newskg
 * store among Fuseki's datasets (the one whose settings graph records a base IRI), its SPARQL
 * endpoint, and the ontology from the classpath.
 *
 * @param store       the served store; empty when no dataset of the server is a newskg store
 * @param storeSpace  its base IRI, served under {@link LinkedData#ID_PATH}
 * @param sparqlPath  server path of its SPARQL query endpoint
 * @param ontology    the ontology, as the one named graph of an in-memory dataset
 * @param ontologyIri the ontology's IRI, served at {@link LinkedData#ONTOLOGY_PATH}
 */
record Site(Optional<DatasetGraph> store, Optional<IriSpace> storeSpace, String sparqlPath,
            DatasetGraph ontology, Node ontologyIri) {
    static final String ONTOLOGY_RESOURCE = "ontology/newskg.ttl";

    static Site of(DataAccessPointRegistry registry) {
        DatasetGraph ontology = DatasetGraphFactory.createTxnMem();
        Node ontologyIri = loadOntology(ontology);
        Optional<AccessPoints.Store> found = AccessPoints.newskgStore(registry);
        if (found.isPresent()) {
            DataAccessPoint point = found.get().point();
            return new Site(Optional.of(point.getDataService().getDataset()),
                    Optional.of(new IriSpace(found.get().baseIri(), LinkedData.ID_PATH)),
                    AccessPoints.queryPath(point), ontology, ontologyIri);
        }
        return new Site(Optional.empty(), Optional.empty(), "/", ontology, ontologyIri);
    }

    /** Links to the store's resources and the ontology's terms point at this server's pages. */
    Links links(IriSpace... more) {
        List<IriSpace> spaces = new ArrayList<>();
        storeSpace.ifPresent(spaces::add);
        spaces.add(new IriSpace(ontologyIri.getURI(), LinkedData.ONTOLOGY_PATH));
        spaces.addAll(List.of(more));
        return new Links(spaces);
    }

    /** Prefixes for the RDF written, with {@code id:} for the base when there is one. */
    PrefixMapping prefixes() {
        PrefixMapping p = PrefixMapping.Factory.create().setNsPrefixes(Vocab.PREFIXES)
                .setNsPrefix("owl", OWL.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("foaf", FOAF.NS);
        storeSpace.ifPresent(s -> p.setNsPrefix("id", s.iriPrefix()));
        return p;
    }

    private static Node loadOntology(DatasetGraph into) {
        try (InputStream in = Site.class.getClassLoader().getResourceAsStream(ONTOLOGY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(ONTOLOGY_RESOURCE + " is missing from the classpath");
            }
            Graph graph = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
            Node iri = graph.find(Node.ANY, Vocab.TYPE, OWL.Ontology.asNode()).next().getSubject();
            into.addGraph(iri, graph);
            return iri;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ONTOLOGY_RESOURCE, e);
        }
    }
}
