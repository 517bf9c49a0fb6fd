package org.newskg.export;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.helpers.JSONLDMode;
import org.eclipse.rdf4j.rio.helpers.JSONLDSettings;
import org.newskg.rdf.Vocab;

/**
 * Writes the store, or one graph of it, as RDF with RDF4J Rio's writers. Quads are streamed from
 * the store to the writer one at a time inside the caller's read transaction, so a store larger
 * than memory dumps in N-Quads and TriG; Turtle holds no graph names and so writes one graph (the
 * union of all graphs by default); JSON-LD is compacted with the newskg prefixes as its context,
 * which Rio's JSON-LD writer does in memory.
 */
public final class RdfDump {
    /** Dump formats, with the Rio format behind each. */
    public enum Format {
        nquads(RDFFormat.NQUADS), trig(RDFFormat.TRIG), turtle(RDFFormat.TURTLE), jsonld(RDFFormat.JSONLD);

        final RDFFormat rio;

        Format(RDFFormat rio) {
            this.rio = rio;
        }

        public boolean keepsGraphs() {
            return rio.supportsContexts();
        }
    }

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private RdfDump() {}

    /**
     * Writes every quad of the dataset (or of {@code graph}) to {@code out}; call inside a read
     * transaction. Returns the number of statements written.
     */
    public static long write(Dataset dataset, Format format, Optional<String> graph, OutputStream out) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        RDFWriter writer = Rio.createWriter(format.rio, out);
        writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        if (format == Format.jsonld) {
            writer.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
        }
        writer.startRDF();
        Vocab.PREFIXES.getNsPrefixMap().forEach(writer::handleNamespace);
        long n = 0;
        if (format.keepsGraphs()) {
            Iterator<Quad> quads = graph.map(g -> dsg.find(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY))
                    .orElseGet(() -> dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
            while (quads.hasNext()) {
                Quad q = quads.next();
                writer.handleStatement(VF.createStatement(resource(q.getSubject()), iri(q.getPredicate()),
                        value(q.getObject()), resource(q.getGraph())));
                n++;
            }
        } else {
            // The union graph gives each triple once, however many graphs hold it.
            Iterator<Triple> triples = graph.map(g -> dsg.getGraph(NodeFactory.createURI(g)))
                    .orElseGet(dsg::getUnionGraph).find();
            while (triples.hasNext()) {
                Triple t = triples.next();
                writer.handleStatement(VF.createStatement(resource(t.getSubject()), iri(t.getPredicate()), value(t.getObject())));
                n++;
            }
        }
        writer.endRDF();
        return n;
    }

    private static Resource resource(Node node) {
        return node.isBlank() ? VF.createBNode(node.getBlankNodeLabel()) : iri(node);
    }

    private static IRI iri(Node node) {
        return VF.createIRI(node.getURI());
    }

    private static Value value(Node node) {
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            return lang.isEmpty() ? VF.createLiteral(node.getLiteralLexicalForm(), VF.createIRI(node.getLiteralDatatypeURI()))
                    : VF.createLiteral(node.getLiteralLexicalForm(), lang);
        }
        return resource(node);
    }
}
