package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Load;
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
import org.newskg.extract.Speaker;
import org.newskg.pipeline.CorpusRebuild;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.resolve.WikiDict;
import org.newskg.store.KnowledgeStore;

/**
 * The corpus stages on Spark (local[2]) give the corpus graph {@code newskg rebuild} gives for the
 * same article graphs, in what they compute (entities joined, with reasons and names; blocking keys;
 * statements), on hand-built articles (no CoreNLP) spread over three part files as the ingest job
 * writes them, so that blocks and speakers meet across partitions.
 */
class CorpusStagesTest {
    @TempDir
    Path dir;

    /** As a store's default: linked to Wikipedia when CoreNLP's WikiDict is on the class path. */
    private static final boolean LINK = WikiDict.available();

    /** Per article: people ("org:" an organisation, "place:" a country), each optionally followed by what they said ("|words"). */
    private static final List<List<String>> ARTICLES = List.of(
            List.of("Helena Brandt|the harbour bridge will reopen in early spring after the repairs", "org:Harbour Safety Board (HSB)",
                    "place:United States"),
            List.of("Brandt|the harbour bridge will reopen in spring after repairs", "org:HSB", "J. Eriksen"),
            List.of("Jonas Eriksen|fishing quotas for the northern coast stay unchanged this year", "org:Norwegian Fisheries Directorate",
                    "place:USA"),
            List.of("Eriksen|quotas for the northern coast stay unchanged", "org:Fisheries Directorate of Norway", "Marta Quiroga"),
            List.of("Tomas Quiroga", "Quiroga|nobody asked the fishermen before the vote", "Ines Duarte|the ferry timetable changes in May"),
            List.of("Duarte|the new ferry timetable changes in May for every island", "Helena Brandt|repairs are on budget"));

    @Test
    void theStagesGiveTheRebuildsCorpusGraph() throws Exception {
        Set<String> expected;
        List<String> parts = new ArrayList<>(List.of("", "", ""));
        try (KnowledgeStore kg = KnowledgeStore.open(dir.resolve("store"), Optional.empty())) {
            kg.setFlag(Vocab.LINK_ENTITIES, LINK);
            List<ArticleGraph> graphs = new ArrayList<>();
            for (int i = 0; i < ARTICLES.size(); i++) {
                ArticleGraph g = article(kg.iris(), "a" + i + ".txt", ARTICLES.get(i), "Outlet " + (i % 4));
                kg.write(g);
                graphs.add(g);
                parts.set(i % 3, parts.get(i % 3) + nquads(g));
            }
            CorpusRebuild.rebuild(kg);
            expected = kg.read(ds -> QuadSets.corpusStagesPart(ds.asDatasetGraph()));
        }
        assertTrue(expected.stream().anyMatch(q -> q.contains("owl#sameAs")), "the fixture joins entities: " + expected);
        assertTrue(expected.stream().anyMatch(q -> q.contains("mergeReason")), "the fixture merges reports: " + expected);
        assertTrue(!LINK || expected.stream().anyMatch(q -> q.contains("Wikipedia page")), "the fixture joins by page: " + expected);

        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("newskg corpus test")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1").set("spark.ui.enabled", "false");
        Path run = dir.resolve("run");
        Files.createDirectories(run);
        for (int i = 0; i < parts.size(); i++) {
            Files.writeString(run.resolve(String.format(java.util.Locale.ROOT, "part-%05d.nq", i)), parts.get(i));
        }
        Path out = dir.resolve("corpus");
        long written;
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            written = CorpusJob.run(spark, run.toString(), out.toString(), Iris.DEFAULT_BASE, LINK);
        }
        List<String> lines = new ArrayList<>();
        for (Path f : Load.rdfFiles(out)) {
            lines.addAll(Files.readAllLines(f));
        }
        assertEquals(written, lines.size());
        assertEquals(lines.size(), new HashSet<>(lines).size(), "no quad twice");
        assertEquals(expected, QuadSets.ofFiles(out, g -> true));
    }

    private static String nquads(ArticleGraph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(out, g.graph().find().mapWith(t -> new org.apache.jena.sparql.core.Quad(g.name(), t)));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** An article naming the entities in turn, "NAME spoke." or "NAME said WORDS." each. */
    private static ArticleGraph article(Iris iris, String source, List<String> items, String outlet) {
        StringBuilder text = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        for (String item : items) {
            String[] nameAndWords = item.split("\\|");
            String[] kindAndName = nameAndWords[0].split(":", 2);
            EntityType type = kindAndName.length == 1 ? EntityType.PERSON
                    : kindAndName[0].equals("org") ? EntityType.ORGANIZATION : EntityType.PLACE;
            String label = type == EntityType.PLACE ? "COUNTRY" : type.name();
            String name = kindAndName[kindAndName.length - 1];
            int begin = text.length();
            text.append(name);
            Span nameSpan = new Span(begin, text.length());
            Entity e = new Entity(type, name, type == EntityType.PLACE ? Optional.of(label) : Optional.empty(), List.of(),
                    List.of(new Mention(name, nameSpan, label, 0)));
            entities.add(e);
            if (nameAndWords.length > 1) {
                text.append(" said ");
                Span cue = new Span(text.length() - 5, text.length() - 1);
                int from = text.length();
                text.append(nameAndWords[1]);
                reports.add(new Report(ReportType.INDIRECT, new Span(from, text.length()), nameAndWords[1],
                        Optional.of(new Speaker(name, nameSpan, Optional.of(e))), "said", cue, Optional.empty(),
                        Optional.empty(), List.of(), Optional.empty()));
                text.append(". ");
            } else {
                text.append(" spoke. ");
            }
        }
        String body = text.toString().strip();
        ArticleMetadata meta = ArticleMetadata.EMPTY.withPublisher(outlet)
                .withPublished(PublicationDate.of(LocalDate.of(2024, 3, 10 + source.charAt(1) - '0'), "March 2024"));
        ArticleFacts facts = new ArticleFacts(new CleanArticle(source, body, meta, 0), entities, reports);
        return new ArticleMapper(iris).map(Iris.articleKey(null, body), facts);
    }
}
