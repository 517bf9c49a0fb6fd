package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.FullText;

/** fuseki-config/config.ttl: parses, is read-only, and is the same file the jar carries. */
class ServeConfigTest {
    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    private static final String TEXT = "http://jena.apache.org/text#";

    private final Model config = ServeConfig.load(ServeConfig.DEFAULT_PATH);

    private Property fuseki(String local) {
        return config.createProperty(FUSEKI, local);
    }

    @Test
    void hasExactlyTheReadOnlyEndpoints() {
        Resource service = config.listSubjectsWithProperty(RDF.type, config.createResource(FUSEKI + "Service"))
                .toList().get(0);
        assertEquals("newskg", service.getProperty(fuseki("name")).getString());
        Set<String> endpoints = new HashSet<>();
        for (Statement s : service.listProperties(fuseki("endpoint")).toList()) {
            Resource ep = s.getResource();
            endpoints.add(ep.getProperty(fuseki("name")).getString() + " "
                    + ep.getPropertyResourceValue(fuseki("operation")).getLocalName());
        }
        assertEquals(Set.of("sparql query", "query query", "get gsp-r"), endpoints);
    }

    @Test
    void mentionsNoWriteOperationAnywhere() {
        Set<String> writes = Set.of("update", "gsp-rw", "gsp", "upload", "patch", "serviceUpdate",
                "serviceReadWriteGraphStore", "serviceUpload");
        for (Statement s : config.listStatements().toList()) {
            for (RDFNode node : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (node.isURIResource() && node.asResource().getURI().startsWith(FUSEKI)) {
                    String local = node.asResource().getLocalName();
                    assertTrue(!writes.contains(local), "write operation in config: " + s);
                }
            }
        }
    }

    @Test
    void servesTheDefaultStoreWithUnionDefaultGraph() {
        Resource dataset = config.listSubjectsWithProperty(RDF.type, config.createResource(TDB2 + "DatasetTDB2"))
                .toList().get(0);
        assertEquals("data/store", dataset.getProperty(config.createProperty(TDB2, "location")).getString());
        assertTrue(dataset.getProperty(config.createProperty(TDB2, "unionDefaultGraph")).getBoolean());
    }

    /** The server-wide ARQ context settings of the config, by name. */
    private java.util.Map<String, String> serverContext() {
        Resource server = config.listSubjectsWithProperty(RDF.type, config.createResource(FUSEKI + "Server"))
                .toList().get(0);
        java.util.Map<String, String> settings = new java.util.HashMap<>();
        server.listProperties(config.createProperty(JA, "context")).forEach(st -> {
            Resource c = st.getResource();
            Literal value = c.getProperty(config.createProperty(JA, "cxtValue")).getLiteral();
            settings.put(c.getProperty(config.createProperty(JA, "cxtName")).getString(), value.getLexicalForm());
        });
        return settings;
    }

    @Test
    void setsAServerWideQueryTimeout() {
        assertEquals(30_000, Integer.parseInt(serverContext().get("arq:queryTimeout")));
    }

    @Test
    void refusesServiceCallsToOtherEndpoints() {
        assertEquals("false", serverContext().get("arq:httpServiceAllowed"));
    }

    @Test
    void pointAtStoreReplacesTheLocationWithAnAbsolutePath(@TempDir Path tmp) {
        ServeConfig.pointAtStore(config, tmp.resolve("store"));
        List<Statement> locations = config.listStatements(null, ServeConfig.TDB2_LOCATION, (RDFNode) null).toList();
        assertEquals(1, locations.size());
        assertEquals(tmp.resolve("store").toAbsolutePath().toString(), locations.get(0).getString());
        List<Statement> index = config.listStatements(null, ServeConfig.TEXT_DIRECTORY, (RDFNode) null).toList();
        assertEquals(List.of(tmp.resolve("store").resolve(FullText.FOLDER).toAbsolutePath().toString()),
                index.stream().map(Statement::getString).toList());
    }

    @Test
    void theServedTextIndexHasTheEntityMapThatIngestMaintains() {
        Resource map = config.listSubjectsWithProperty(RDF.type, config.createResource(TEXT + "EntityMap")).toList().get(0);
        EntityDefinition served = (EntityDefinition) Assembler.general().open(map);
        EntityDefinition ingested = FullText.entities();
        assertEquals(ingested.getEntityField(), served.getEntityField());
        assertEquals(ingested.getPrimaryField(), served.getPrimaryField());
        assertEquals(ingested.getGraphField(), served.getGraphField());
        assertEquals(ingested.getUidField(), served.getUidField());
        assertEquals(Set.copyOf(ingested.fields()), Set.copyOf(served.fields()));
        for (String field : ingested.fields()) {
            assertEquals(Set.copyOf(ingested.getPredicates(field)), Set.copyOf(served.getPredicates(field)), field);
        }
    }

    @Test
    void theTextDatasetWrapsTheStore() {
        Resource text = config.listSubjectsWithProperty(RDF.type, config.createResource(TEXT + "TextDataset")).toList().get(0);
        Resource service = config.listSubjectsWithProperty(RDF.type, config.createResource(FUSEKI + "Service")).toList().get(0);
        assertEquals(text, service.getPropertyResourceValue(fuseki("dataset")));
        assertEquals(config.createResource(TDB2 + "DatasetTDB2"),
                text.getPropertyResourceValue(config.createProperty(TEXT, "dataset")).getPropertyResourceValue(RDF.type));
    }

    @Test
    void jarCarriesTheSameFile() throws IOException {
        try (InputStream packaged = getClass().getClassLoader().getResourceAsStream(ServeConfig.RESOURCE)) {
            assertEquals(Files.readString(ServeConfig.DEFAULT_PATH),
                    new String(packaged.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void missingExplicitConfigIsAnError(@TempDir Path tmp) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServeConfig.load(tmp.resolve("nope.ttl")));
        assertTrue(e.getMessage().startsWith("no Fuseki config file at "), e.getMessage());
    }
}
