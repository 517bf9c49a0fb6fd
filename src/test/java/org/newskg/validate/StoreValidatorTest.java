package org.newskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.clean.PublicationDate;
import org.newskg.core.Span;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.extract.Report;
import org.newskg.extract.ReportType;
import org.newskg.extract.Role;
import org.newskg.extract.Speaker;
import org.newskg.extract.StatementDate;
import org.newskg.pipeline.CorpusRebuild;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.CorpusGraph;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.resolve.Statement;
import org.newskg.resolve.StoredReport;
import org.newskg.store.KnowledgeStore;

/**
 * ArticleMapper's and CorpusGraph's output against the real ontology/shapes.ttl, whole and broken
 * in each way the shapes guard.
 */
class StoreValidatorTest {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String TEXT = "Bridge opens\nMayor Helena Brandt opened it. Brandt spoke in Lindau.";
    private static final Shapes SHAPES = StoreValidator.shapesFrom(Path.of("ontology/shapes.ttl"));

    private final Iris iris = new Iris("https://example.org/id/");
    private final StoreValidator validator = new StoreValidator(SHAPES);

    @TempDir
    Path dir;

    private ArticleGraph article(String source, String text, Span brandtSpan) {
        Entity brandt = new Entity(EntityType.PERSON, "Helena Brandt", Optional.empty(), List.of("Brandt"), List.of(
                new Mention("Helena Brandt", new Span(19, 32), "PERSON", 1),
                new Mention("Brandt", brandtSpan, "PERSON", 1)));
        Entity lindau = new Entity(EntityType.PLACE, "Lindau", Optional.of("CITY"), List.of(),
                List.of(new Mention("Lindau", new Span(60, 66), "CITY", 1)));
        ArticleMetadata meta = ArticleMetadata.EMPTY.withTitle("Bridge opens").withPublisher("Lindau Courier")
                .withPublished(PublicationDate.of(LocalDate.of(2024, 3, 14), "14 March 2024"));
        CleanArticle clean = new CleanArticle(source, text, meta, 0);
        return new ArticleMapper(iris).map(Iris.articleKey(null, text), new ArticleFacts(clean, List.of(brandt, lindau)));
    }

    private ArticleGraph article() {
        return article("in/a.txt", TEXT, new Span(44, 50));
    }

    /** The article with one report: "Brandt spoke in Lindau" of "opened it.", dated from the text. */
    private ArticleGraph articleWithReport() {
        Entity brandt = new Entity(EntityType.PERSON, "Helena Brandt", Optional.empty(), List.of("Brandt"), List.of(
                new Mention("Helena Brandt", new Span(19, 32), "PERSON", 1),
                new Mention("Brandt", new Span(44, 50), "PERSON", 1)));
        Report said = new Report(ReportType.INDIRECT, new Span(33, 43), "opened it.",
                Optional.of(new Speaker("Brandt", new Span(44, 50), Optional.of(brandt))), "spoke", new Span(51, 56),
                Optional.empty(), Optional.of("in Lindau"), List.of(brandt),
                Optional.of(new StatementDate(LocalDate.of(2024, 3, 13), true, "Wednesday")));
        ArticleMetadata meta = ArticleMetadata.EMPTY.withTitle("Bridge opens").withPublisher("Lindau Courier");
        CleanArticle clean = new CleanArticle("in/r.txt", TEXT, meta, 0);
        return new ArticleMapper(iris).map(Iris.articleKey(null, TEXT), new ArticleFacts(clean, List.of(brandt), List.of(said)));
    }

    /** The article with one role: "Mayor Helena Brandt" of Lindau, dated by the publication. */
    private ArticleGraph articleWithRole() {
        Entity brandt = new Entity(EntityType.PERSON, "Helena Brandt", Optional.empty(), List.of(), List.of(
                new Mention("Helena Brandt", new Span(19, 32), "PERSON", 1)));
        Entity lindau = new Entity(EntityType.PLACE, "Lindau", Optional.of("CITY"), List.of(),
                List.of(new Mention("Lindau", new Span(60, 66), "CITY", 1)));
        Role mayor = new Role(brandt, "mayor", Optional.of(lindau), Optional.empty(), List.of(new Span(13, 32)));
        ArticleMetadata meta = ArticleMetadata.EMPTY.withPublished(PublicationDate.of(LocalDate.of(2024, 3, 14), "14 March 2024"));
        CleanArticle clean = new CleanArticle("in/m.txt", TEXT, meta, 0);
        return new ArticleMapper(iris).map(Iris.articleKey(null, TEXT),
                new ArticleFacts(clean, List.of(brandt, lindau)).withRoles(List.of(brandt, lindau), List.of(mayor)));
    }

    private static Node report(ArticleGraph a) {
        return NodeFactory.createURI(a.name().getURI() + "#report=33,43");
    }

    private static final String SPEAKER = "https://example.org/id/person/helena-brandt";

    private static StoredReport storedReport(String n, String outlet, Optional<String> agency) {
        String article = "https://example.org/id/article/" + n;
        return new StoredReport(article + "#report=0,10", article, Optional.of(SPEAKER), "opened it.", outlet, agency,
                Optional.of("2024-03-1" + n));
    }

    /** Three articles from two outlets, both copying one agency story: 3 articles, 2 outlets, 1 source. */
    private static Statement statement(int articles, int outlets, int independent) {
        List<StoredReport> reports = List.of(storedReport("1", "Lindau Courier", Optional.of("Reuters")),
                storedReport("2", "Lindau Courier", Optional.of("Reuters")), storedReport("3", "Harbour Post", Optional.of("Reuters")));
        return new Statement(SPEAKER + " opened it", SPEAKER, "opened it.", reports, articles, outlets, independent,
                Optional.of(reports.get(0)), List.of("report 2 joins report 1", "report 3 joins report 1"));
    }

    private List<ReportEntry> corpusResults(Statement st) {
        Graph g = new CorpusGraph(iris).map(List.of(st));
        return new ArrayList<>(validator.validate(Vocab.CORPUS_GRAPH_NAME, g).report().getEntries());
    }

    private List<ReportEntry> results(ArticleGraph a) {
        return new ArrayList<>(validator.validate(a.name(), a.graph()).report().getEntries());
    }

    private static Set<String> components(List<ReportEntry> entries) {
        return entries.stream().map(e -> e.sourceConstraintComponent().getLocalName()).collect(Collectors.toSet());
    }

    private static Node phrase(ArticleGraph a, int begin, int end) {
        return NodeFactory.createURI(a.name().getURI() + "#char=" + begin + "," + end);
    }

    @Test
    void whatTheMapperWritesConforms() {
        ArticleGraph a = article();
        GraphValidation v = validator.validate(a.name(), a.graph());
        assertTrue(v.conforms(), () -> v.report().getEntries().toString());
        assertEquals(Optional.of("a.txt"), v.source(), "the file name: the store holds no local path");
    }

    @Test
    void aRoleConformsAndABrokenOneDoesNot() {
        ArticleGraph a = articleWithRole();
        assertTrue(results(a).isEmpty(), () -> results(a).toString());
        Graph g = a.graph();
        Node membership = g.find(Node.ANY, Vocab.TYPE, Vocab.MEMBERSHIP).next().getSubject();
        assertTrue(g.contains(membership, Vocab.HELD_ON, NodeFactory.createLiteralDT("2024-03-14", XSDDatatype.XSDdate)));
        // No holder, and a person as the affiliation.
        g.remove(membership, Vocab.MEMBER, Node.ANY);
        g.remove(membership, Vocab.AFFILIATION, Node.ANY);
        g.add(membership, Vocab.AFFILIATION, NodeFactory.createURI(SPEAKER));
        assertEquals(Set.of("MinCountConstraintComponent", "OrConstraintComponent"), components(results(a)));
    }

    @Test
    void packagedShapesAreTheFileInTheSourceTree() {
        ArticleGraph a = article();
        Graph g = a.graph();
        g.add(a.name(), Vocab.HEADLINE, NodeFactory.createLiteralString("A second title"));
        StoreValidator packaged = new StoreValidator(StoreValidator.packagedShapes());
        assertEquals(results(a).size(), packaged.validate(a.name(), g).report().getEntries().size());
        assertEquals(1, results(a).size());
    }

    @Test
    void anAnchorThatIsNotTheTextAtItsOffsetsIsReported() {
        // "Brandt" one character to the right: [45,51) reads "randt ".
        ArticleGraph a = article("in/a.txt", TEXT, new Span(45, 51));
        List<ReportEntry> r = results(a);
        assertEquals(1, r.size(), r::toString);
        assertEquals(phrase(a, 45, 51), r.get(0).focusNode());
        assertEquals("SPARQLConstraintComponent", r.get(0).sourceConstraintComponent().getLocalName());
        assertTrue(r.get(0).message().contains("randt "), r.get(0).message());
    }

    @Test
    void anEntityWithoutANameIsReported() {
        ArticleGraph a = article();
        Node lindau = NodeFactory.createURI("https://example.org/id/place/lindau");
        a.graph().delete(lindau, Vocab.NAME, NodeFactory.createLiteralString("Lindau"));
        List<ReportEntry> r = results(a);
        assertEquals(1, r.size(), r::toString);
        assertEquals(lindau, r.get(0).focusNode());
        assertEquals(Set.of("MinCountConstraintComponent"), components(r));
        assertEquals(Vocab.NAME.getURI(), r.get(0).resultPath().toString().replaceAll("[<>]", ""));
    }

    @Test
    void anEmptyNameIsReported() {
        ArticleGraph a = article();
        Node brandt = NodeFactory.createURI("https://example.org/id/person/helena-brandt");
        a.graph().delete(brandt, Vocab.NAME, NodeFactory.createLiteralString("Helena Brandt"));
        a.graph().add(brandt, Vocab.NAME, NodeFactory.createLiteralString(""));
        assertEquals(Set.of("MinLengthConstraintComponent"), components(results(a)));
    }

    @Test
    void twoHeadlinesAreReported() {
        ArticleGraph a = article();
        a.graph().add(a.name(), Vocab.HEADLINE, NodeFactory.createLiteralString("Another title"));
        List<ReportEntry> r = results(a);
        assertEquals(1, r.size(), r::toString);
        assertEquals(a.name(), r.get(0).focusNode());
        assertEquals(Set.of("MaxCountConstraintComponent"), components(r));
    }

    @Test
    void aMentionThatBeginsAtItsEndIsReported() {
        ArticleGraph a = article();
        Node m = phrase(a, 44, 50);
        a.graph().delete(m, Vocab.END_INDEX, NodeFactory.createLiteralDT("50", XSDDatatype.XSDnonNegativeInteger));
        a.graph().add(m, Vocab.END_INDEX, NodeFactory.createLiteralDT("44", XSDDatatype.XSDnonNegativeInteger));
        List<ReportEntry> r = results(a);
        // begin = end breaks sh:lessThan, and the empty text between the offsets is not the anchor.
        assertEquals(Set.of("LessThanConstraintComponent", "SPARQLConstraintComponent"), components(r), r::toString);
        assertTrue(r.stream().allMatch(e -> e.focusNode().equals(m)));
    }

    @Test
    void aDateThatIsAPlainStringIsReported() {
        ArticleGraph a = article();
        a.graph().remove(a.name(), Vocab.DATE_PUBLISHED, Node.ANY);
        a.graph().add(a.name(), Vocab.DATE_PUBLISHED, NodeFactory.createLiteralString("14 March 2024"));
        assertEquals(Set.of("OrConstraintComponent"), components(results(a)));
    }

    @Test
    void aPublisherThatIsNoOrganizationIsReported() {
        ArticleGraph a = article();
        Node publisher = NodeFactory.createURI("https://example.org/id/organization/lindau-courier");
        a.graph().delete(publisher, Vocab.TYPE, Vocab.ORGANIZATION);
        assertEquals(Set.of("ClassConstraintComponent"), components(results(a)));
    }

    @Test
    void aStoreIsCheckedGraphByGraphWithoutItsSettingsGraph() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            kg.write(article());
            kg.write(article("in/b.txt", TEXT.replace("Bridge", "Tunnel"), new Span(45, 51)));
            List<GraphValidation> seen = new ArrayList<>();
            ValidationSummary s = validator.validate(kg, seen::add);
            assertEquals(2, s.graphs());
            assertEquals(1, s.conforming());
            assertEquals(1, s.count("Violation"));
            assertFalse(s.conforms());
            assertEquals(2, seen.size());
            GraphValidation bad = seen.stream().filter(v -> !v.conforms()).findFirst().orElseThrow();
            assertEquals(Optional.of("b.txt"), bad.source());
            assertEquals("2 graphs checked, 1 conform; 1 Violation, 0 Warning, 0 Info", s.toString());
        }
    }

    @Test
    void aReportAsTheMapperWritesItConforms() {
        ArticleGraph a = articleWithReport();
        assertTrue(a.graph().contains(report(a), Vocab.TYPE, Vocab.REPORT), a.graph()::toString);
        List<ReportEntry> r = results(a);
        assertTrue(r.isEmpty(), r::toString);
    }

    @Test
    void aReportWithTwoTextsIsReported() {
        ArticleGraph a = articleWithReport();
        a.graph().add(report(a), Vocab.TEXT, NodeFactory.createLiteralString("opened it"));
        List<ReportEntry> r = results(a);
        // Two texts break the count, and the second is not the words of the content phrase.
        assertEquals(Set.of("MaxCountConstraintComponent", "SPARQLConstraintComponent"), components(r), r::toString);
        assertTrue(r.stream().allMatch(e -> e.focusNode().equals(report(a))), r::toString);
    }

    @Test
    void aReportWhoseTextIsNotItsContentsWordsIsReported() {
        ArticleGraph a = articleWithReport();
        a.graph().remove(report(a), Vocab.TEXT, Node.ANY);
        a.graph().add(report(a), Vocab.TEXT, NodeFactory.createLiteralString("closed it."));
        List<ReportEntry> r = results(a);
        assertEquals(1, r.size(), r::toString);
        assertEquals(report(a), r.get(0).focusNode());
        assertEquals("SPARQLConstraintComponent", r.get(0).sourceConstraintComponent().getLocalName());
        assertTrue(r.get(0).message().contains("\"closed it.\"") && r.get(0).message().contains("\"opened it.\""), r.get(0).message());
    }

    @Test
    void aDateThatDoesNotSayWhereItCameFromIsReported() {
        ArticleGraph a = articleWithReport();
        a.graph().remove(report(a), Vocab.DATE_FROM_TEXT, Node.ANY);
        List<ReportEntry> r = results(a);
        assertEquals(1, r.size(), r::toString);
        assertEquals(Set.of("OrConstraintComponent"), components(r));
        assertEquals(report(a), r.get(0).focusNode());
    }

    @Test
    void aReportOfAnUnknownKindIsReported() {
        ArticleGraph a = articleWithReport();
        a.graph().remove(report(a), Vocab.REPORT_TYPE, Node.ANY);
        a.graph().add(report(a), Vocab.REPORT_TYPE, Vocab.REPORT);
        assertEquals(Set.of("InConstraintComponent"), components(results(a)));
    }

    @Test
    void aStatementAsCorpusGraphWritesItConforms() {
        List<ReportEntry> r = corpusResults(statement(3, 2, 1));
        assertTrue(r.isEmpty(), r::toString);
    }

    @Test
    void moreIndependentSourcesThanOutletsIsReported() {
        List<ReportEntry> r = corpusResults(statement(3, 2, 3));
        assertEquals(1, r.size(), r::toString);
        assertEquals(Set.of("LessThanOrEqualsConstraintComponent"), components(r));
        assertEquals(Vocab.INDEPENDENT_OUTLET_COUNT.getURI(), r.get(0).resultPath().toString().replaceAll("[<>]", ""));
    }

    @Test
    void moreOutletsThanArticlesIsReported() {
        List<ReportEntry> r = corpusResults(statement(1, 2, 1));
        assertEquals(Set.of("LessThanOrEqualsConstraintComponent"), components(r), r::toString);
        assertEquals(Vocab.OUTLET_COUNT.getURI(), r.get(0).resultPath().toString().replaceAll("[<>]", ""));
    }

    @Test
    void aStatementWithoutReportsIsReported() {
        Graph g = new CorpusGraph(iris).map(List.of(statement(3, 2, 1)));
        g.remove(Node.ANY, Vocab.HAS_REPORT, Node.ANY);
        List<ReportEntry> r = new ArrayList<>(validator.validate(Vocab.CORPUS_GRAPH_NAME, g).report().getEntries());
        assertEquals(Set.of("MinCountConstraintComponent"), components(r), r::toString);
    }

    @Test
    void theCorpusGraphIsCheckedWithTheArticleGraphs() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            kg.write(articleWithReport());
            kg.setFlag(Vocab.LINK_ENTITIES, false); // unit test: no WikiDict index needed
            assertEquals(1, CorpusRebuild.run(kg));
            List<GraphValidation> seen = new ArrayList<>();
            ValidationSummary s = validator.validate(kg, seen::add);
            assertEquals("2 graphs checked, 2 conform; 0 Violation, 0 Warning, 0 Info", s.toString(), seen::toString);
            assertTrue(seen.stream().anyMatch(v -> v.graph().equals(Vocab.CORPUS_GRAPH_NAME)));
        }
    }
}
