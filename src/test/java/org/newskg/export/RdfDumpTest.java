package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.cli.CliRun;
import org.newskg.cli.ExitCodes;
import org.newskg.core.Span;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.pipeline.CorpusRebuild;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.Vocab;
import org.newskg.store.KnowledgeStore;

/** Every dump format parses back, with Jena and with Rio, to exactly what the store holds. */
class RdfDumpTest {
    @TempDir
    static Path tmp;

    private static Path store;
    private static DatasetGraph expected;

    @BeforeAll
    static void storeWithTwoArticles() {
        store = tmp.resolve("store");
        try (KnowledgeStore kg = KnowledgeStore.open(store, Optional.empty())) {
            ArticleMapper mapper = new ArticleMapper(kg.iris());
            kg.write(mapper.map("k1", facts("in/a.txt", "Quay opens\nMayor Helena Brandt opened the \"new\" quay.", 17, 30)));
            kg.write(mapper.map("k2", facts("in/b.txt", "Caf\u00e9 news\nHelena Brandt visited Lindau.", 10, 23)));
            kg.setFlag(Vocab.LINK_ENTITIES, false); // unit test: no WikiDict index needed
            CorpusRebuild.run(kg);
            expected = kg.read(ds -> {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                ds.asDatasetGraph().find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }

    private static ArticleFacts facts(String source, String text, int begin, int end) {
        Entity brandt = new Entity(EntityType.PERSON, "Helena Brandt", Optional.empty(), List.of(),
                List.of(new Mention(text.substring(begin, end), new Span(begin, end), "PERSON", 1)));
        return new ArticleFacts(new CleanArticle(source, text, ArticleMetadata.EMPTY, 0), List.of(brandt));
    }

    private static Path dump(RdfDump.Format format, String... more) {
        Path file = tmp.resolve("dump." + format);
        List<String> args = new java.util.ArrayList<>(List.of("dump", "--store", store.toString(), "--format", format.name(),
                "-o", file.toString()));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("statements to " + file), run.err());
        return file;
    }

    private static Model rio(Path file, RDFFormat format) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return Rio.parse(in, "", format);
        }
    }

    /** What Rio reads from Jena's own N-Quads of the same data: the reference for the Rio side. */
    private static Model rioReference(boolean withGraphs) throws Exception {
        Path ref = tmp.resolve(withGraphs ? "ref.nq" : "ref.nt");
        try (var out = Files.newOutputStream(ref)) {
            if (withGraphs) {
                RDFDataMgr.write(out, expected, Lang.NQUADS);
            } else {
                RDFDataMgr.write(out, expected.getUnionGraph(), Lang.NTRIPLES);
            }
        }
        return rio(ref, withGraphs ? RDFFormat.NQUADS : RDFFormat.NTRIPLES);
    }

    @ParameterizedTest
    @EnumSource(value = RdfDump.Format.class, names = {"nquads", "trig", "jsonld"})
    void datasetFormatsKeepEveryGraph(RdfDump.Format format) throws Exception {
        Path file = dump(format);
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.source(file).lang(jenaLang(format)).parse(back);
        assertTrue(IsoMatcher.isomorphic(expected, back), format + " read back by Jena differs");
        Model viaRio = rio(file, format.rio);
        assertTrue(Models.isomorphic(rioReference(true), viaRio), format + " read back by Rio differs");
        assertTrue(back.size() >= 3, "article graphs, corpus and settings graphs: " + back.size());
    }

    @Test
    void turtleIsTheUnionOfAllGraphsWithPrefixes() throws Exception {
        Path file = dump(RdfDump.Format.turtle);
        Graph back = RDFParser.source(file).lang(Lang.TURTLE).toGraph();
        assertTrue(back.isIsomorphicWith(expected.getUnionGraph()));
        assertTrue(Models.isomorphic(rioReference(false), rio(file, RDFFormat.TURTLE)));
        assertTrue(Files.readString(file).contains("@prefix schema: <http://schema.org/>"), Files.readString(file));
    }

    @Test
    void oneGraphOnly() {
        String article = expected.listGraphNodes().next().getURI();
        Path file = dump(RdfDump.Format.turtle, "--graph", article);
        Graph back = RDFParser.source(file).lang(Lang.TURTLE).toGraph();
        assertTrue(back.isIsomorphicWith(expected.getGraph(org.apache.jena.graph.NodeFactory.createURI(article))));
    }

    @Test
    void anUnknownGraphIsAUsageError() {
        CliRun run = CliRun.of("dump", "--store", store.toString(), "--graph", "https://example.org/none");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("no graph https://example.org/none"), run.err());
    }

    @Test
    void toStandardOutput() {
        CliRun run = CliRun.of("dump", "--store", store.toString(), "--format", "nquads");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(run.out(), Lang.NQUADS).parse(back);
        assertTrue(IsoMatcher.isomorphic(expected, back));
    }

    private static Lang jenaLang(RdfDump.Format format) {
        return switch (format) {
            case nquads -> Lang.NQUADS;
            case trig -> Lang.TRIG;
            case turtle -> Lang.TURTLE;
            case jsonld -> Lang.JSONLD;
        };
    }
}
