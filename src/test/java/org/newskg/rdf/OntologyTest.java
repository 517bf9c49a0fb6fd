package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EventKind;
import org.newskg.extract.EventRole;

/** ontology/newskg.ttl parses and declares, with a label and a comment, every newskg term the code writes. */
class OntologyTest {
    private static final String OWL = "http://www.w3.org/2002/07/owl#";
    private static final Node LABEL = NodeFactory.createURI(Vocab.RDFS + "label");
    private static final Node COMMENT = NodeFactory.createURI(Vocab.RDFS + "comment");
    private static final Set<Node> KINDS = Set.of(
            NodeFactory.createURI(OWL + "Class"),
            NodeFactory.createURI(OWL + "DatatypeProperty"),
            NodeFactory.createURI(OWL + "ObjectProperty"),
            // The report types, event kinds and role types are individuals.
            NodeFactory.createURI(OWL + "NamedIndividual"));

    private static Graph parse(String file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("ontology", file)).parse(g);
        return g;
    }

    private static List<Node> newskgTermsInVocab() throws IllegalAccessException {
        List<Node> terms = new ArrayList<>();
        for (Field f : Vocab.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node n = (Node) f.get(null);
                if (n.isURI() && n.getURI().startsWith(Vocab.NEWSKG)) {
                    terms.add(n);
                }
            }
        }
        // Event kinds and roles are written by their local names.
        for (EventKind k : EventKind.values()) {
            terms.add(Vocab.newskg(k.localName()));
        }
        for (EventRole r : EventRole.values()) {
            terms.add(Vocab.newskg(r.localName()));
        }
        return terms;
    }

    @Test
    void everyNewskgTermOfVocabIsDeclared() throws IllegalAccessException {
        Graph g = parse("newskg.ttl");
        List<Node> terms = newskgTermsInVocab();
        assertTrue(terms.size() >= 9, "Vocab's newskg terms: " + terms);
        for (Node t : terms) {
            assertTrue(KINDS.stream().anyMatch(k -> g.contains(t, Vocab.TYPE, k)), t + " has no owl:Class/Property type");
            assertTrue(g.contains(t, LABEL, Node.ANY), t + " has no rdfs:label");
            assertTrue(g.contains(t, COMMENT, Node.ANY), t + " has no rdfs:comment");
        }
    }

    @Test
    void theReportTypesAreTheInstancesOfReportType() {
        Graph g = parse("newskg.ttl");
        for (Node t : List.of(Vocab.DIRECT_QUOTE, Vocab.PARTIAL_QUOTE, Vocab.REPORTED_SPEECH)) {
            assertTrue(g.contains(t, Vocab.TYPE, Vocab.REPORT_TYPE_CLASS), t + " is not a newskg:ReportType");
        }
        assertTrue(g.contains(Vocab.REPORT_TYPE, NodeFactory.createURI(Vocab.RDFS + "range"), Vocab.REPORT_TYPE_CLASS));
        assertTrue(g.contains(Vocab.STATEMENT, NodeFactory.createURI(Vocab.RDFS + "subClassOf"), Vocab.CLAIM));
    }

    @Test
    void theOntologyDeclaresNoNewskgTermTheCodeDoesNotUse() throws IllegalAccessException {
        Graph g = parse("newskg.ttl");
        List<Node> terms = newskgTermsInVocab();
        g.find(Node.ANY, Vocab.TYPE, Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(Vocab.NEWSKG)) {
                assertTrue(terms.contains(s), s + " is declared but not in Vocab");
            }
        });
    }

    @Test
    void theOntologyHeaderSaysWhatAndUnderWhichLicence() {
        Graph g = parse("newskg.ttl");
        Node ontology = NodeFactory.createURI("https://newskg.org/ns");
        assertTrue(g.contains(ontology, Vocab.TYPE, NodeFactory.createURI(OWL + "Ontology")));
        assertTrue(g.contains(ontology, NodeFactory.createURI("http://purl.org/dc/terms/license"),
                NodeFactory.createURI("https://spdx.org/licenses/GPL-3.0-or-later.html")));
        assertTrue(g.contains(ontology, NodeFactory.createURI(OWL + "versionInfo"), Node.ANY));
    }

    @Test
    void everyShapeSaysWhy() {
        String sh = "http://www.w3.org/ns/shacl#";
        Graph g = parse("shapes.ttl");
        List<Node> shapes = new ArrayList<>();
        g.find(Node.ANY, NodeFactory.createURI(sh + "path"), Node.ANY).forEachRemaining(t -> shapes.add(t.getSubject()));
        g.find(Node.ANY, Vocab.TYPE, NodeFactory.createURI(sh + "NodeShape")).forEachRemaining(t -> shapes.add(t.getSubject()));
        g.find(Node.ANY, Vocab.TYPE, NodeFactory.createURI(sh + "SPARQLConstraint")).forEachRemaining(t -> shapes.add(t.getSubject()));
        assertFalse(shapes.isEmpty());
        for (Node s : shapes) {
            assertTrue(g.contains(s, COMMENT, Node.ANY), s + " has no rdfs:comment saying why");
        }
        // Property and SPARQL shapes say what is wrong; a node shape's message may sit on its properties.
        g.find(Node.ANY, NodeFactory.createURI(sh + "path"), Node.ANY).forEachRemaining(t ->
                assertTrue(g.contains(t.getSubject(), NodeFactory.createURI(sh + "message"), Node.ANY), t.getSubject() + " has no sh:message"));
        // One SPARQL constraint for mention offsets, one for a report's words against its phrases.
        assertEquals(2, g.find(Node.ANY, NodeFactory.createURI(sh + "sparql"), Node.ANY).toList().size());
    }
}
