package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.core.Span;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;
import org.newskg.store.Compaction;
import org.newskg.store.CorpusChange;
import org.newskg.store.KnowledgeStore;

/** The corpus graph is kept up to date by difference, only when articles change, and the store is compacted. */
class CorpusMaintenanceTest {
    /** Names that resolution joins across articles (a surname alone, a full name) and some that it keeps apart. */
    private static final List<String> NAMES = List.of("Helena Brandt", "Brandt", "Jonas Eriksen", "Eriksen",
            "Marta Quiroga", "Tomas Quiroga", "Quiroga", "Ines Duarte");

    /**
     * Names for the random sequences: those above, a first name alone, and organisations that the
     * acronym, expansion and country rules join ("org:" marks an organisation).
     */
    private static final List<String> MIXED = java.util.stream.Stream.concat(NAMES.stream(), Stream.of("Helena",
            "J. Eriksen", "org:Harbour Safety Board", "org:HSB", "org:Harbour Safety Board (HSB)",
            "org:Norwegian Fisheries Directorate", "org:Fisheries Directorate of Norway", "org:Fisheries Directorate"))
            .toList();

    @TempDir
    Path dir;

    private static ArticleGraph article(KnowledgeStore kg, String source, List<String> people) {
        return article(kg, source, people, ArticleMetadata.EMPTY);
    }

    private static ArticleGraph article(KnowledgeStore kg, String source, List<String> people, ArticleMetadata metadata) {
        StringBuilder text = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        for (String marked : people) {
            boolean org = marked.startsWith("org:");
            String name = org ? marked.substring(4) : marked;
            int begin = text.length();
            text.append(name);
            entities.add(new Entity(org ? EntityType.ORGANIZATION : EntityType.PERSON, name, Optional.empty(), List.of(),
                    List.of(new Mention(name, new Span(begin, text.length()), org ? "ORGANIZATION" : "PERSON", 0))));
            text.append(" spoke. ");
        }
        String body = text.toString().strip();
        ArticleFacts facts = new ArticleFacts(new CleanArticle(source, body, metadata, 0), entities);
        return new ArticleMapper(kg.iris()).map(Iris.articleKey(null, body), facts);
    }

    private static Set<Quad> corpusQuads(KnowledgeStore kg) {
        return kg.read(ds -> {
            Set<Quad> out = new java.util.HashSet<>();
            ds.asDatasetGraph().find(Vocab.CORPUS_GRAPH_NAME, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
            return out;
        });
    }

    /** The records and the linker's pages per article kept in the settings graph. */
    private static Set<Quad> keptPerArticle(KnowledgeStore kg) {
        return kg.read(ds -> ds.asDatasetGraph().stream(Vocab.STORE_GRAPH, Node.ANY, Node.ANY, Node.ANY)
                .filter(q -> q.getSubject().getURI().matches(".*#(found|record)=.*")).collect(Collectors.toSet()));
    }

    /** Every quad but the store's settings (where compaction records the size). */
    private static Set<Quad> articleAndCorpusQuads(KnowledgeStore kg) {
        return kg.read(ds -> ds.asDatasetGraph().stream().filter(q -> !q.getGraph().equals(Vocab.STORE_GRAPH))
                .collect(Collectors.toSet()));
    }

    @Test
    void articlesChangedMarkTheCorpusStaleAndAnUpdateClearsIt() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            kg.write(article(kg, "a.txt", List.of("Helena Brandt")));
            assertTrue(kg.isCorpusStale(), "a new article");
            CorpusRebuild.Result first = CorpusRebuild.update(kg);
            assertTrue(first.recomputed());
            assertFalse(kg.isCorpusStale());

            kg.write(article(kg, "a.txt", List.of("Helena Brandt")));
            assertFalse(kg.isCorpusStale(), "the same article again changes nothing");
            CorpusRebuild.Result again = CorpusRebuild.update(kg);
            assertFalse(again.recomputed(), "nothing new: nothing recomputed");
            assertEquals(new CorpusChange(0, 0), again.change());

            kg.write(article(kg, "b.txt", List.of("Brandt")));
            assertTrue(kg.isCorpusStale());
            CorpusRebuild.update(kg);
            kg.remove("b.txt");
            assertTrue(kg.isCorpusStale(), "a removal");
            CorpusRebuild.update(kg);
            kg.setFlag(Vocab.LINK_ENTITIES, false);
            assertTrue(kg.isCorpusStale(), "a setting set for the first time");
            CorpusRebuild.update(kg);
            kg.setFlag(Vocab.LINK_ENTITIES, false);
            assertFalse(kg.isCorpusStale(), "a setting set to what it was");
        }
    }

    @Test
    void onlyTheTriplesThatDifferAreWritten() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            kg.write(article(kg, "a.txt", List.of("Helena Brandt", "Jonas Eriksen")));
            CorpusRebuild.Result built = CorpusRebuild.rebuild(kg);
            assertEquals(corpusQuads(kg).size(), built.change().added(), "the first build adds every triple");
            assertEquals(0, built.change().removed());
            assertTrue(CorpusRebuild.rebuild(kg).change().isEmpty(), "a rebuild of a current corpus graph writes nothing");

            kg.write(article(kg, "b.txt", List.of("Brandt")));
            CorpusChange change = CorpusRebuild.update(kg).change();
            assertTrue(change.added() > 0, "the surname joins the full name: " + change);
            assertTrue(change.added() + change.removed() < corpusQuads(kg).size(), "not everything rewritten: " + change);
        }
    }

    private static Node sameAs(KnowledgeStore kg, String person) {
        return kg.read(ds -> {
            var it = ds.asDatasetGraph().find(Vocab.CORPUS_GRAPH_NAME, org.apache.jena.graph.NodeFactory.createURI(
                    kg.iris().base() + "person/" + person), Vocab.SAME_AS, Node.ANY);
            return it.hasNext() ? it.next().getObject() : null;
        });
    }

    @Test
    void publishedIrisStayAcrossIngestsAndRemoves() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            kg.write(article(kg, "a.txt", List.of("Helena Brandt")));
            kg.write(article(kg, "b.txt", List.of("Brandt")));
            CorpusRebuild.update(kg);
            String published = kg.iris().base() + "person/helena-brandt";
            assertEquals(published, sameAs(kg, "brandt").getURI());

            kg.write(article(kg, "c.txt", List.of("Helena Maria Brandt")));
            CorpusRebuild.update(kg);
            assertEquals(published, sameAs(kg, "brandt").getURI(), "a fuller name does not move the canonical IRI");
            assertEquals(published, sameAs(kg, "helena-maria-brandt").getURI());

            kg.remove("a.txt");
            CorpusRebuild.update(kg);
            Node now = sameAs(kg, "brandt");
            assertEquals(now, sameAs(kg, "helena-brandt"), "no article names the published IRI; it leads to the current one");
            assertTrue(CorpusRebuild.rebuild(kg).change().isEmpty(), "a rebuild keeps all of it");
        }
    }

    @Test
    void numbersStoredByValueAreNotLostByTheDifference() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            Node entity = org.apache.jena.graph.NodeFactory.createURI(kg.iris().base() + "person/x");
            Node confidence = org.apache.jena.graph.NodeFactory.createLiteralDT("0.800",
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal);
            java.util.function.Function<org.apache.jena.query.Dataset, org.apache.jena.graph.Graph> corpus = ds -> {
                org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                g.add(entity, Vocab.LINK_CONFIDENCE, confidence);
                return g;
            };
            assertEquals(new CorpusChange(1, 0), kg.replaceCorpusGraph(corpus));
            // TDB2 gives the decimal back as "0.8": the same value, so nothing to write.
            assertEquals(new CorpusChange(0, 0), kg.replaceCorpusGraph(corpus));
            assertEquals(1, corpusQuads(kg).size(), "the confidence is still there");
        }
    }

    /** The corpus graph an update left is the one a rebuild gives, and the rebuild writes nothing. */
    private static void assertSameAsRebuild(KnowledgeStore kg, String where) {
        Set<Quad> incremental = corpusQuads(kg);
        Set<Quad> kept = keptPerArticle(kg);
        CorpusRebuild.Result rebuilt = CorpusRebuild.rebuild(kg);
        assertEquals(keptPerArticle(kg), kept, where + ": the records and pages kept per article");
        Set<Quad> whole = corpusQuads(kg);
        Set<Quad> missing = new java.util.HashSet<>(whole);
        missing.removeAll(incremental);
        Set<Quad> extra = new java.util.HashSet<>(incremental);
        extra.removeAll(whole);
        assertTrue(missing.isEmpty() && extra.isEmpty(), where + ": missing " + missing + "; extra " + extra);
        assertEquals(new CorpusChange(0, 0), rebuilt.change(), where);
    }

    /** Any sequence of ingests and removes kept up by difference gives the graph a full rebuild gives. */
    @Test
    void incrementalUpdatesEqualARebuildOnRandomSequences() {
        Random random = new Random(20261207);
        for (int round = 0; round < 4; round++) {
            Path store = dir.resolve("store-" + round);
            try (KnowledgeStore kg = KnowledgeStore.open(store, Optional.empty())) {
                List<String> stored = new ArrayList<>();
                for (int step = 0; step < 10; step++) {
                    if (!stored.isEmpty() && random.nextInt(4) == 0) {
                        kg.remove(stored.remove(random.nextInt(stored.size())));
                    } else {
                        String source = "a" + step + ".txt";
                        List<String> people = random.ints(1 + random.nextInt(4), 0, MIXED.size())
                                .mapToObj(MIXED::get).distinct().toList();
                        kg.write(article(kg, source, people));
                        stored.add(source);
                    }
                    CorpusRebuild.Result result = CorpusRebuild.update(kg);
                    // The first update builds the corpus graph (with its blocking keys); every later one goes by blocks.
                    // (An article with the text of one stored is a duplicate: nothing to recompute.)
                    assertEquals(step > 0 && result.recomputed(), result.byBlocks(), "round " + round + " step " + step);
                    assertSameAsRebuild(kg, "round " + round + " step " + step + " " + stored);
                }
            }
        }
    }

    /**
     * The same with what counts by difference must get right: publication days (a removed article
     * held the first or last day), a source ingested again with other entities or another day, a
     * removed source ingested again, several changes before one update (an article added and removed
     * in between), and ranks and strongest pairs so few that updates merge into full lists.
     */
    @Test
    void updatesByDifferenceEqualARebuildWithDaysReplacementsAndBatches() {
        System.setProperty("newskg.corpus.ranked", "4");
        System.setProperty("newskg.corpus.strongest", "2");
        try {
            Random random = new Random(20261208);
            for (int round = 0; round < 4; round++) {
                Path store = dir.resolve("days-" + round);
                try (KnowledgeStore kg = KnowledgeStore.open(store, Optional.empty())) {
                    kg.setFlag(Vocab.LINK_ENTITIES, false);
                    List<String> stored = new ArrayList<>();
                    List<String> removed = new ArrayList<>();
                    for (int step = 0; step < 14; step++) {
                        int changes = 1 + random.nextInt(2);
                        for (int c = 0; c < changes; c++) {
                            int op = random.nextInt(8);
                            if (!stored.isEmpty() && op < 2) {
                                String source = stored.remove(random.nextInt(stored.size()));
                                kg.remove(source);
                                removed.add(source);
                            } else {
                                String source = op == 2 && !stored.isEmpty() ? stored.get(random.nextInt(stored.size()))
                                        : op == 3 && !removed.isEmpty() ? removed.remove(random.nextInt(removed.size()))
                                        : "d" + step + "-" + c + ".txt";
                                List<String> people = random.ints(1 + random.nextInt(4), 0, MIXED.size())
                                        .mapToObj(MIXED::get).distinct().toList();
                                ArticleMetadata day = ArticleMetadata.EMPTY.withPublished(org.newskg.clean.PublicationDate.of(
                                        java.time.LocalDate.of(2026, 1, 1 + random.nextInt(6)), "test"));
                                kg.write(article(kg, source, people, day));
                                if (!stored.contains(source)) {
                                    stored.add(source);
                                }
                            }
                        }
                        CorpusRebuild.update(kg);
                        assertSameAsRebuild(kg, "round " + round + " step " + step + " " + stored);
                    }
                }
            }
        } finally {
            System.clearProperty("newskg.corpus.ranked");
            System.clearProperty("newskg.corpus.strongest");
        }
    }

    @Test
    void compactionKeepsEveryQuadAndGivesBackTheSpaceOfOldCopies() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            for (int i = 0; i < 20; i++) {
                kg.write(article(kg, "a.txt", List.of(NAMES.get(i % NAMES.size()), "Ines Duarte")));
                CorpusRebuild.update(kg);
            }
            Set<Quad> before = articleAndCorpusQuads(kg);
            Compaction c = kg.compact();
            assertTrue(c.after() < c.before(), "twenty replacements left old copies: " + c.describe());
            assertEquals(before, articleAndCorpusQuads(kg));
            kg.write(article(kg, "b.txt", List.of("Jonas Eriksen")));
            assertEquals(2, kg.articleCount(), "the store is usable after compaction");
        }
    }

    @Test
    void compactsOnlyOnceGrownPastTheFactor() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            kg.write(article(kg, "a.txt", List.of("Helena Brandt")));
            assertTrue(kg.compactIfGrown(2.0).isEmpty(), "the first measurement is the baseline");
            assertTrue(kg.compactIfGrown(2.0).isEmpty(), "not grown");
            for (int i = 0; i < 40; i++) {
                kg.write(article(kg, "a.txt", List.of(NAMES.get(i % NAMES.size()))));
            }
            Optional<Compaction> done = kg.compactIfGrown(2.0);
            assertTrue(done.isPresent(), "forty replacements grow the store past twice its size");
            assertTrue(kg.compactIfGrown(2.0).isEmpty(), "the compacted size is the new baseline");
        }
    }
}
