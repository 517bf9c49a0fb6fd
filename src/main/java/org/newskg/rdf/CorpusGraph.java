package org.newskg.rdf;

import static org.apache.jena.graph.NodeFactory.createLiteralDT;
import static org.apache.jena.graph.NodeFactory.createLiteralString;
import static org.apache.jena.graph.NodeFactory.createURI;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.resolve.Statement;
import org.newskg.resolve.StoredReport;

/**
 * The corpus-level graph: what combines articles. Reads the reports back from the article graphs
 * and writes the statements they form, with their counts, so the graph can always be recomputed
 * from the article graphs alone.
 */
public final class CorpusGraph {
    private static final String REPORTS = """
            PREFIX schema: <http://schema.org/>
            PREFIX newskg: <https://newskg.org/ns#>
            SELECT ?report ?article ?speaker ?text ?publisher ?source ?agency ?published
            WHERE {
              GRAPH ?article {
                ?report a newskg:Report ; schema:isPartOf ?article ; schema:text ?text .
                ?article newskg:source ?source .
                # A statement is something said: thoughts, questions, characterisations, findings and speech acts on a topic form none.
                FILTER NOT EXISTS { ?report newskg:reportKind ?kind FILTER(?kind NOT IN (newskg:Speech, newskg:AccordingTo)) }
                OPTIONAL { ?report newskg:speaker ?speaker }
                OPTIONAL { ?article schema:publisher/schema:name ?publisher }
                OPTIONAL { ?article newskg:agency ?agency }
                OPTIONAL { ?article schema:datePublished ?published }
              }
            }
            """;

    private final Iris iris;

    public CorpusGraph(Iris iris) {
        this.iris = iris;
    }

    /** Every report in the article graphs; call inside a read transaction. */
    public static List<StoredReport> reports(Dataset dataset) {
        return reports(dataset, REPORTS);
    }

    /**
     * The reports whose speaker is one of these article-level entities (reports without a speaker
     * form no statement); call inside a read transaction.
     */
    public static List<StoredReport> reportsOfSpeakers(Dataset dataset, java.util.Collection<String> speakers) {
        if (speakers.isEmpty()) {
            return List.of();
        }
        String query = REPORTS.replace("OPTIONAL { ?report newskg:speaker ?speaker }", "?report newskg:speaker ?speaker .")
                .replaceFirst("WHERE \\{", java.util.regex.Matcher.quoteReplacement("WHERE { " + ResolutionGraph.values("speaker", speakers)));
        return reports(dataset, query);
    }

    private static List<StoredReport> reports(Dataset dataset, String query) {
        List<StoredReport> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String article = s.getResource("article").getURI();
                // An article without a stated publisher is its own outlet: nothing says it shares one.
                String outlet = text(s, "publisher").orElse("article:" + article);
                out.add(new StoredReport(s.getResource("report").getURI(), article,
                        Optional.ofNullable(s.getResource("speaker")).map(RDFNode::toString),
                        s.getLiteral("text").getLexicalForm(), outlet, text(s, "agency"), text(s, "published")));
            }
        }
        return out;
    }

    private static Optional<String> text(QuerySolution s, String var) {
        return Optional.ofNullable(s.getLiteral(var)).map(l -> l.getLexicalForm());
    }

    /** The statements as triples: each with its speaker, first wording, reports, counts and merge reasons. */
    public Graph map(List<Statement> statements) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Vocab.CORPUS_GRAPH_NAME, Vocab.TYPE, Vocab.CORPUS_GRAPH);
        for (Statement st : statements) {
            Node node = iris.statement(st.key());
            g.add(node, Vocab.TYPE, Vocab.STATEMENT);
            g.add(node, Vocab.TYPE, Vocab.CLAIM);
            g.add(node, Vocab.SPEAKER, createURI(st.speaker()));
            g.add(node, Vocab.TEXT, createLiteralString(st.text()));
            for (StoredReport r : st.reports()) {
                Node report = createURI(r.report());
                g.add(node, Vocab.HAS_REPORT, report);
                g.add(report, Vocab.REPORTS, node);
            }
            g.add(node, Vocab.ARTICLE_COUNT, integer(st.articles()));
            g.add(node, Vocab.OUTLET_COUNT, integer(st.outlets()));
            g.add(node, Vocab.INDEPENDENT_OUTLET_COUNT, integer(st.independentOutlets()));
            st.first().ifPresent(r -> {
                g.add(node, Vocab.FIRST_REPORTED_IN, createURI(r.article()));
                r.published().ifPresent(p -> g.add(node, Vocab.FIRST_REPORTED,
                        createLiteralDT(p, p.contains("T") ? XSDDatatype.XSDdateTime : XSDDatatype.XSDdate)));
            });
            st.mergeReasons().forEach(m -> g.add(node, Vocab.MERGE_REASON, createLiteralString(m)));
        }
        return g;
    }

    private static Node integer(int n) {
        return createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
