package org.newskg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.rdf.Vocab;
import org.newskg.store.KnowledgeStore;

/**
 * Checks the article graphs and the corpus graph against SHACL shapes, one named graph at a time:
 * each graph is copied into memory inside the store's read transaction and validated alone, so
 * memory stays bounded by the largest graph however many articles the store holds, and a result
 * names the graph it is about. The corpus graph is validated alone too: its statements point at
 * reports described in other graphs, so the statement shapes look only at the statement's own triples.
 */
public final class StoreValidator {
    /** Classpath copy of {@code ontology/shapes.ttl} (see the resources block in pom.xml). */
    public static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

    private final Shapes shapes;

    public StoreValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The shapes packaged with newskg. */
    public static Shapes packagedShapes() {
        URL url = StoreValidator.class.getClassLoader().getResource(SHAPES_RESOURCE);
        if (url == null) {
            throw new IllegalStateException(SHAPES_RESOURCE + " is not on the classpath: the jar was built without it");
        }
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = url.openStream()) {
            RDFParser.source(in).lang(Lang.TURTLE).base(url.toString()).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
        return Shapes.parse(g);
    }

    /** Shapes from a Turtle (or other RDF, by extension) file; a missing or unparsable file is an argument error. */
    public static Shapes shapesFrom(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no shapes file at " + file.toAbsolutePath());
        }
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).parse(g);
        } catch (RiotException e) {
            throw new IllegalArgumentException("shapes file " + file + " does not parse: " + e.getMessage(), e);
        }
        return Shapes.parse(g);
    }

    /** Validates one graph, in memory. */
    public GraphValidation validate(Node name, Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        return new GraphValidation(name, sourceOf(name, graph), report);
    }

    /**
     * Validates every article graph of the store and its corpus graph (not its settings graph,
     * which no shape is about), in graph-name order, and hands each result to {@code each} as
     * soon as it is known.
     */
    public ValidationSummary validate(KnowledgeStore store, Consumer<GraphValidation> each) {
        return store.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            List<Node> names = new ArrayList<>();
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node n = it.next();
                // The corpus graph (statements) is kept: only the settings graph is skipped.
                if (!n.equals(Vocab.STORE_GRAPH)) {
                    names.add(n);
                }
            }
            // Sorted so that two runs over the same store print the same thing.
            names.sort((a, b) -> a.toString().compareTo(b.toString()));
            long conforming = 0;
            Map<String, Long> bySeverity = new HashMap<>();
            for (Node name : names) {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(name).find().forEachRemaining(copy::add);
                GraphValidation result = validate(name, copy);
                if (result.conforms()) {
                    conforming++;
                }
                for (ReportEntry e : result.report().getEntries()) {
                    bySeverity.merge(severityName(e), 1L, Long::sum);
                }
                each.accept(result);
            }
            return new ValidationSummary(names.size(), conforming, bySeverity);
        });
    }

    /** "Violation", "Warning", "Info", or the local name of a custom severity. */
    public static String severityName(ReportEntry e) {
        Node level = e.severity().level();
        return level.isURI() ? level.getLocalName() : level.toString();
    }

    private static Optional<String> sourceOf(Node article, Graph graph) {
        Iterator<Triple> it = graph.find(article, Vocab.SOURCE, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) {
                return Optional.of(o.getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }
}
