package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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

class KnowledgeStoreTest {
    @TempDir
    Path dir;

    private static ArticleGraph article(KnowledgeStore kg, String source, String text) {
        return article(kg, source, text, null);
    }

    private static ArticleGraph article(KnowledgeStore kg, String source, String text, String url) {
        Entity person = new Entity(EntityType.PERSON, "Helena Brandt", Optional.empty(), List.of(),
                List.of(new Mention("Helena Brandt", new Span(0, 13), "PERSON", 0)));
        ArticleFacts facts = new ArticleFacts(new CleanArticle(source, text, ArticleMetadata.EMPTY.withUrl(url), 0), List.of(person));
        return new ArticleMapper(kg.iris()).map(Iris.articleKey(url, text), facts);
    }

    @Test
    void settingAFlagToTheValueItReadsAsWhenNeverSetLeavesTheCorpusGraphAsItIs() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            kg.setFlag(Vocab.LINK_ENTITIES, true, true);
            assertTrue(kg.flag(Vocab.LINK_ENTITIES, false), "the setting is recorded");
            assertFalse(kg.read(ds -> kg.staleMarks()).all(), "nothing the corpus graph was computed with changed");
            kg.setFlag(Vocab.LINK_ENTITIES, false, true);
            assertTrue(kg.read(ds -> kg.staleMarks()).all(), "a real change recomputes the corpus graph");
        }
        try (KnowledgeStore kg = KnowledgeStore.open(dir.resolve("other"), Optional.empty())) {
            kg.setFlag(Vocab.LINK_ENTITIES, true);
            assertTrue(kg.read(ds -> kg.staleMarks()).all(), "without a default, a first setting is a change");
        }
    }

    @Test
    void addThenReingestLeavesTheSameGraphUnchanged() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            ArticleGraph a = article(kg, "a.txt", "Helena Brandt opened the bridge.");
            assertEquals(WriteOutcome.ADDED, kg.write(a));
            long quads = kg.quadCount();
            assertEquals(WriteOutcome.UNCHANGED, kg.write(article(kg, "a.txt", "Helena Brandt opened the bridge.")));
            assertEquals(quads, kg.quadCount(), "re-ingest gives the same quads");
            assertEquals(1, kg.articleCount());
        }
    }

    @Test
    void aChangedArticleReplacesItsOldGraphAndNothingElse() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            ArticleGraph first = article(kg, "a.txt", "Helena Brandt opened the bridge.");
            ArticleGraph other = article(kg, "b.txt", "Helena Brandt visited the port.");
            kg.write(first);
            kg.write(other);
            ArticleGraph changed = article(kg, "a.txt", "Helena Brandt opened the new bridge.");
            assertEquals(WriteOutcome.REPLACED, kg.write(changed));
            assertEquals(2, kg.articleCount());
            assertFalse(kg.sourceOf(first.name()).isPresent(), "old version gone");
            assertEquals(Optional.of("b.txt"), kg.sourceOf(other.name()));
            assertEquals(Optional.of("a.txt"), kg.sourceOf(changed.name()));
        }
    }

    @Test
    void theSameTextFromAnotherSourceIsStoredOnce() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            kg.write(article(kg, "a.txt", "Helena Brandt opened the bridge."));
            assertEquals(WriteOutcome.DUPLICATE, kg.write(article(kg, "copy/a.txt", "Helena Brandt opened the bridge.")));
            assertEquals(1, kg.articleCount());
        }
    }

    @Test
    void theSameTextUnderAnotherIriIsADuplicateToo() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            kg.write(article(kg, "page.html", "Helena Brandt opened the bridge.", "https://news.example/bridge"));
            ArticleGraph copy = article(kg, "copy.txt", "Helena Brandt opened the bridge.");
            assertEquals(Optional.of("page.html"), kg.storedCopyOf(copy));
            assertEquals(WriteOutcome.DUPLICATE, kg.write(copy));
            assertEquals(1, kg.articleCount());
        }
    }

    @Test
    void theSameTextUnderTwoUrlsIsTwoPublications() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            kg.write(article(kg, "a.html", "Helena Brandt opened the bridge.", "https://one.example/bridge"));
            ArticleGraph syndicated = article(kg, "b.html", "Helena Brandt opened the bridge.", "https://two.example/bridge");
            assertEquals(Optional.empty(), kg.storedCopyOf(syndicated));
            assertEquals(WriteOutcome.ADDED, kg.write(syndicated));
            assertEquals(2, kg.articleCount());
        }
    }

    @Test
    void insideOneBatchADuplicateAndAReplacementAreFoundAsAcrossBatches() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            ArticleGraph first = article(kg, "a.txt", "Helena Brandt opened the bridge.");
            ArticleGraph copy = article(kg, "copy/a.txt", "Helena Brandt opened the bridge.");
            ArticleGraph other = article(kg, "b.txt", "Helena Brandt visited the port.");
            ArticleGraph changed = article(kg, "b.txt", "Helena Brandt visited the new port.");
            ArticleGraph again = article(kg, "a.txt", "Helena Brandt opened the bridge.");
            // One transaction: each graph sees what the ones before it wrote.
            assertEquals(List.of(WriteOutcome.ADDED, WriteOutcome.DUPLICATE, WriteOutcome.ADDED, WriteOutcome.REPLACED,
                    WriteOutcome.UNCHANGED), kg.writeAll(List.of(first, copy, other, changed, again)));
            assertEquals(2, kg.articleCount());
            assertFalse(kg.sourceOf(other.name()).isPresent(), "the version replaced inside the batch is gone");
            assertEquals(Optional.of("b.txt"), kg.sourceOf(changed.name()));
            assertEquals(Optional.of("a.txt"), kg.storedCopyOf(copy));

            // The same graphs one transaction each give the same store.
            try (KnowledgeStore single = KnowledgeStore.open(dir.resolve("single"), Optional.empty())) {
                for (ArticleGraph g : List.of(first, copy, other, changed, again)) {
                    single.write(g);
                }
                assertEquals(quads(kg), quads(single));
            }
        }
    }

    private static Set<Quad> quads(KnowledgeStore kg) {
        return kg.read(ds -> ds.asDatasetGraph().stream().collect(Collectors.toSet()));
    }

    @Test
    void aBatchThatFailsLeavesNothingOfItInTheStore() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            kg.write(article(kg, "a.txt", "Helena Brandt opened the bridge."));
            long quads = kg.quadCount();
            ArticleGraph good = article(kg, "b.txt", "Helena Brandt visited the port.");
            // A graph whose triples cannot be stored (a variable is no RDF term) fails the transaction.
            ArticleGraph broken = article(kg, "c.txt", "Helena Brandt left the port.");
            broken.graph().add(broken.name(), org.newskg.rdf.Vocab.NAME, org.apache.jena.graph.NodeFactory.createVariable("x"));
            assertThrows(RuntimeException.class, () -> kg.writeAll(List.of(good, broken)));
            assertEquals(quads, kg.quadCount(), "the good graph of the failed batch is not stored either");
            assertFalse(kg.sourceOf(good.name()).isPresent());
        }
    }

    @Test
    void anInputFingerprintIsHeldForItsSourceOnly() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            String fingerprint = "ab".repeat(32);
            ArticleGraph a = article(kg, "a.txt", "Helena Brandt opened the bridge.");
            a.graph().add(a.name(), org.newskg.rdf.Vocab.INPUT_FINGERPRINT, org.apache.jena.graph.NodeFactory.createLiteralString(fingerprint));
            assertFalse(kg.holds("a.txt", fingerprint), "nothing stored yet");
            kg.write(a);
            assertTrue(kg.holds("a.txt", fingerprint));
            assertFalse(kg.holds("a.txt", "cd".repeat(32)), "another input from the same source");
            assertFalse(kg.holds("b.txt", fingerprint), "another source");
        }
    }

    @Test
    void removeBySourceOrIriTakesOnlyThatArticle() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            ArticleGraph a = article(kg, "a.txt", "Helena Brandt opened the bridge.");
            ArticleGraph b = article(kg, "b.txt", "Helena Brandt visited the port.");
            kg.write(a);
            kg.write(b);
            assertEquals(List.of(a.name()), kg.remove("a.txt"));
            assertEquals(List.of(b.name()), kg.remove(b.name().getURI()));
            assertEquals(List.of(), kg.remove("c.txt"));
            assertEquals(0, kg.articleCount());
            assertEquals("https://newskg.org/id/", kg.baseIri(), "settings survive");
        }
    }

    @Test
    void theStoreHoldsNoLocalPathYetFindsTheArticleByIt() {
        String path = "/home/ana/private-news/a.txt";
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            ArticleGraph a = article(kg, path, "Helena Brandt opened the bridge.");
            kg.write(a);
            assertEquals(Optional.of("a.txt"), kg.sourceOf(a.name()));
            assertTrue(quads(kg).stream().noneMatch(q -> q.toString().contains("private-news")), "no quad holds the path");
            assertEquals(WriteOutcome.UNCHANGED, kg.write(article(kg, path, "Helena Brandt opened the bridge.")));
            assertEquals(WriteOutcome.DUPLICATE, kg.write(article(kg, "/home/ana/other/a.txt", "Helena Brandt opened the bridge.")),
                    "the same file name in another folder is another source");
            assertEquals(List.of(), kg.remove("a.txt"), "the file name alone names no source");
            assertEquals(List.of(a.name()), kg.remove(path));
        }
    }

    /** An article graph as stores written before keys hold it: the input's path in newskg:source, no key. */
    private static ArticleGraph legacy(KnowledgeStore kg, String path, String text) {
        ArticleGraph a = article(kg, path, text);
        a.graph().remove(a.name(), Vocab.SOURCE_KEY, Node.ANY);
        a.graph().remove(a.name(), Vocab.SOURCE, Node.ANY);
        a.graph().add(a.name(), Vocab.SOURCE, NodeFactory.createLiteralString(path));
        return a;
    }

    @Test
    void aGraphWrittenWithoutAKeyIsFoundByThePathItHolds() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            kg.write(article(kg, "/news/b.txt", "Helena Brandt visited the port."));
            ArticleGraph old = legacy(kg, "/news/a.txt", "Helena Brandt opened the bridge.");
            kg.write(old);
            assertEquals(WriteOutcome.REPLACED, kg.write(article(kg, "/news/a.txt", "Helena Brandt opened the new bridge.")),
                    "re-ingest replaces it, not a duplicate");
            assertEquals(List.of(), kg.remove("/news/a.txt").stream().filter(old.name()::equals).toList(), "replaced already");
            kg.write(legacy(kg, "/news/c.txt", "Helena Brandt closed the port."));
            assertEquals(1, kg.remove("/news/c.txt").size());
        }
    }

    @Test
    void aStoreMadeBeforeKeysHasItsPathsReplacedWhenOpened() {
        ArticleGraph old;
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            old = legacy(kg, "/home/ana/private-news/a.txt", "Helena Brandt opened the bridge.");
            kg.write(old);
        }
        try (KnowledgeStore kg = KnowledgeStore.openExisting(dir)) {
            assertTrue(quads(kg).stream().noneMatch(q -> q.toString().contains("private-news")), "no quad holds the path");
            assertEquals(Optional.of("a.txt"), kg.sourceOf(old.name()));
            assertEquals(WriteOutcome.UNCHANGED, kg.write(article(kg, "/home/ana/private-news/a.txt", "Helena Brandt opened the bridge.")),
                    "the graph is now what ingest writes");
            assertEquals(List.of(old.name()), kg.remove("/home/ana/private-news/a.txt"));
        }
    }

    @Test
    void baseIriIsRecordedAtCreationAndEnforced() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.of("https://example.org/kg/"))) {
            Node a = kg.iris().article("x");
            assertTrue(a.getURI().startsWith("https://example.org/kg/article/"));
        }
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            assertEquals("https://example.org/kg/", kg.baseIri());
        }
        assertThrows(StoreException.class, () -> KnowledgeStore.open(dir, Optional.of("https://other.example/")));
    }

    @Test
    void openExistingRefusesAFolderWithoutAStore() {
        StoreException e = assertThrows(StoreException.class, () -> KnowledgeStore.openExisting(dir.resolve("none")));
        assertTrue(e.getMessage().contains("newskg ingest"));
    }
}
