package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.CorpusRebuild;
import org.newskg.store.KnowledgeStore;

/** The precomputed entity and pair counts follow ingest and removal. */
class EntityCountsTest {
    private static final String EX = "http://example.org/";

    @TempDir
    Path dir;

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /** An article published on {@code day} naming each entity once per given mention count. */
    private static ArticleGraph article(String local, String day, Map<String, Integer> mentions) {
        Node article = iri(local);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(article, Vocab.SOURCE, NodeFactory.createLiteralString(local + ".txt"));
        if (day != null) {
            g.add(article, Vocab.DATE_PUBLISHED, NodeFactory.createLiteralDT(day + "T10:00:00+02:00",
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
        }
        mentions.forEach((entity, n) -> {
            g.add(article, Vocab.MENTIONS, iri(entity));
            g.add(iri(entity), Vocab.TYPE, entity.equals("cy") ? Vocab.PLACE : Vocab.PERSON);
            g.add(iri(entity), Vocab.NAME, NodeFactory.createLiteralString(entity.toUpperCase(java.util.Locale.ROOT)));
            for (int i = 0; i < n; i++) {
                g.add(NodeFactory.createURI(EX + local + "#m" + entity + i), Vocab.TA_IDENT_REF, iri(entity));
            }
        });
        return new ArticleGraph(article, local + ".txt", g);
    }

    /** {@code property} of every subject in the corpus graph that has it, by subject. */
    private static Map<String, String> values(KnowledgeStore kg, Node property) {
        return kg.read(ds -> {
            Map<String, String> out = new TreeMap<>();
            ds.asDatasetGraph().find(Vocab.CORPUS_GRAPH_NAME, Node.ANY, property, Node.ANY)
                    .forEachRemaining(q -> out.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm()));
            return out;
        });
    }

    @Test
    void countsFollowIngestAndRemoval() {
        try (KnowledgeStore kg = KnowledgeStore.open(dir, Optional.empty())) {
            Node pair = kg.iris().coMention(EX + "ada", EX + "bo");
            kg.write(article("one", "2024-05-02", Map.of("ada", 2, "bo", 1)));
            kg.write(article("two", "2024-05-09", Map.of("ada", 1, "bo", 3, "cy", 1)));
            kg.write(article("three", null, Map.of("ada", 1)));
            kg.setFlag(Vocab.LINK_ENTITIES, false); // unit test: no WikiDict index needed
            CorpusRebuild.run(kg);

            assertEquals(Map.of(EX + "ada", "4", EX + "bo", "4", EX + "cy", "1"), values(kg, Vocab.MENTION_COUNT));
            Map<String, String> articles = values(kg, Vocab.MENTIONING_ARTICLES);
            assertEquals("3", articles.get(EX + "ada"));
            assertEquals("2", articles.get(pair.getURI()), "ada and bo are named together twice");
            assertEquals(4, articles.size(), "pairs seen once are left out: " + articles);
            assertEquals("2024-05-02", values(kg, Vocab.FIRST_SEEN).get(EX + "ada"));
            assertEquals("2024-05-09", values(kg, Vocab.LAST_SEEN).get(pair.getURI()));
            assertEquals(Map.of(EX + "ada", "ADA", EX + "bo", "BO", EX + "cy", "CY"), values(kg, Vocab.NAME));
            boolean typed = kg.read(ds -> ds.asDatasetGraph().contains(Vocab.CORPUS_GRAPH_NAME, iri("cy"), Vocab.TYPE, Vocab.PLACE));
            assertTrue(typed, "the type is in the corpus graph too");
            // ada: 3 articles; bo: 2 articles, 4 mentions; cy: 1 article.
            assertEquals(Map.of(EX + "ada", "1", EX + "bo", "2", EX + "cy", "3"), values(kg, Vocab.ENTITY_RANK));
            Node adaCy = kg.iris().coMention(EX + "ada", EX + "cy");
            Node boCy = kg.iris().coMention(EX + "bo", EX + "cy");
            assertTrue(!articles.containsKey(adaCy.getURI()) && !articles.containsKey(boCy.getURI()), "seen once");
            assertEquals(Map.of(pair.getURI(), "1"), values(kg, Vocab.PAIR_RANK));
            boolean strongest = kg.read(ds -> ds.asDatasetGraph().contains(Vocab.CORPUS_GRAPH_NAME, iri("bo"),
                    Vocab.STRONGEST_CO_MENTION, pair));
            assertTrue(strongest, "bo's strongest pair is with ada");

            kg.remove("two.txt");
            kg.setFlag(Vocab.LINK_ENTITIES, false); // unit test: no WikiDict index needed
            CorpusRebuild.run(kg);
            assertEquals(Map.of(EX + "ada", "3", EX + "bo", "1"), values(kg, Vocab.MENTION_COUNT));
            assertTrue(!values(kg, Vocab.MENTIONING_ARTICLES).containsKey(pair.getURI()), "the pair is gone");
            assertEquals("2024-05-02", values(kg, Vocab.LAST_SEEN).get(EX + "ada"));
        }
    }

    @Test
    void aPairHasOneNodeWhicheverOrder() {
        Iris iris = new Iris("https://example.org/kg/");
        assertEquals(iris.coMention(EX + "a", EX + "b"), iris.coMention(EX + "b", EX + "a"));
    }
}
