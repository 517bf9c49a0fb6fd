package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.shared.PrefixMapping;
import org.newskg.rdf.Vocab;
import org.newskg.store.KnowledgeStore;
import org.newskg.validate.GraphValidation;
import org.newskg.validate.StoreValidator;
import org.newskg.validate.ValidationSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg validate}: checks every article graph and the corpus graph of the store against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Checks the store against SHACL shapes.",
            "Every article graph, and the corpus graph of statements, is checked against the shapes",
            "(default: the ontology/shapes.ttl packaged with newskg), one graph at a time.",
            "Prints each failing graph with its article IRI and source, then every result",
            "(severity, focus node, path, message), and a summary line.",
            "Exit status 0 when every graph conforms, 4 when some do not or the corpus graph is missing,",
            "1 when the store cannot be read."
        })
public final class Validate implements Callable<Integer> {
    /** Output formats. */
    public enum Format { text, turtle }

    private static final Node RDFS_SEE_ALSO = NodeFactory.createURI(Vocab.RDFS + "seeAlso");

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--shapes", paramLabel = "FILE",
            description = "SHACL shapes file (default: the packaged ontology/shapes.ttl).")
    Path shapesFile;

    @Option(names = "--format", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); turtle prints the SHACL validation reports.")
    Format format;

    @Override
    public Integer call() {
        Shapes shapes = shapesFile != null ? StoreValidator.shapesFrom(shapesFile) : StoreValidator.packagedShapes();
        StoreValidator validator = new StoreValidator(shapes);
        PrintWriter out = spec.commandLine().getOut();
        ValidationSummary summary;
        boolean corpusMissing;
        try (KnowledgeStore kg = store.open("")) {
            if (format == Format.text) {
                summary = validator.validate(kg, r -> printText(r, out));
                out.println(summary);
            } else {
                summary = writeTurtle(validator, kg, out);
            }
            corpusMissing = corpusGraphMissing(kg);
        }
        if (corpusMissing) {
            // Ingest always ends by rebuilding it; without it the statements, events and
            // canonical entities of the whole store are gone, which no SHACL shape can see.
            out.println((format == Format.text ? "" : "# ") + Vocab.CORPUS_GRAPH_NAME.getURI()
                    + "  (corpus graph) is missing although the store has articles: run newskg ingest again to rebuild it");
        }
        out.flush();
        return summary.conforms() && !corpusMissing ? ExitCodes.OK : ExitCodes.NOT_CONFORMING;
    }

    private static boolean corpusGraphMissing(KnowledgeStore kg) {
        return kg.articleCount() > 0
                && !kg.read(ds -> ds.asDatasetGraph().containsGraph(Vocab.CORPUS_GRAPH_NAME));
    }

    private static void printText(GraphValidation r, PrintWriter out) {
        if (r.conforms()) {
            return;
        }
        String source = r.graph().equals(Vocab.CORPUS_GRAPH_NAME) ? "(corpus graph)" : r.source().orElse("(no newskg:source)");
        out.println(r.graph().getURI() + "  " + source);
        for (ReportEntry e : r.report().getEntries()) {
            String path = e.resultPath() == null ? "-" : PathWriter.asString(e.resultPath(), new Prologue(Vocab.PREFIXES));
            out.println("  " + StoreValidator.severityName(e) + "  " + FmtUtils.stringForNode(e.focusNode(), Vocab.PREFIXES)
                    + "  " + path + "  " + e.message());
        }
    }

    /**
     * Streams the reports of the failing graphs as one Turtle document, so memory stays bounded;
     * each sh:ValidationReport points with rdfs:seeAlso at the article graph it is about, since
     * entity focus nodes do not say which article they came from. The summary is a final comment.
     */
    private static ValidationSummary writeTurtle(StoreValidator validator, KnowledgeStore kg, PrintWriter out) {
        OutputStream stream;
        try {
            stream = WriterOutputStream.builder().setWriter(out).setCharset(StandardCharsets.UTF_8).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StreamRDF rdf = StreamRDFWriter.getWriterStream(stream, RDFFormat.TURTLE_BLOCKS);
        rdf.start();
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Vocab.PREFIXES)
                .setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        prefixes.getNsPrefixMap().forEach(rdf::prefix);
        ValidationSummary summary = validator.validate(kg, r -> {
            if (!r.conforms()) {
                StreamRDFOps.sendTriplesToStream(r.report().getGraph(), rdf);
                rdf.triple(Triple.create(r.report().getResource().asNode(), RDFS_SEE_ALSO, r.graph()));
            }
        });
        if (summary.conforms()) {
            // A conforming store is one report that says so, as a SHACL engine writes it.
            Node report = NodeFactory.createBlankNode();
            String sh = "http://www.w3.org/ns/shacl#";
            rdf.triple(Triple.create(report, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                    NodeFactory.createURI(sh + "ValidationReport")));
            rdf.triple(Triple.create(report, NodeFactory.createURI(sh + "conforms"),
                    NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean)));
        }
        rdf.finish();
        try {
            stream.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("# " + summary);
        return summary;
    }
}
