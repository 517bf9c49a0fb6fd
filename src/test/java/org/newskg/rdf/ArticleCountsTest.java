package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;
import org.newskg.resolve.EntityLinker;
import org.newskg.resolve.EntityRecord;

/** What an update keeps of an article reads back as it was written. */
class ArticleCountsTest {
    private static final Node ARTICLE = NodeFactory.createURI("https://newskg.org/id/article/a1");
    private static final Node PERSON = NodeFactory.createURI("https://newskg.org/id/person/helena-brandt");

    @Test
    void aRemovedArticlesPartReadsBackFromItsText() {
        ArticleCounts part = new ArticleCounts(ARTICLE, Optional.of("2026-01-05"), List.of(PERSON),
                Map.of(PERSON, 3), Map.of(PERSON, List.of(NodeFactory.createLiteralString("Helena\tBrandt\\n \n"))),
                Map.of(PERSON, Vocab.PERSON));
        assertEquals(part, ArticleCounts.decode(part.encode()));
        ArticleCounts noDay = new ArticleCounts(ARTICLE, Optional.empty(), List.of(), Map.of(), Map.of(), Map.of());
        assertEquals(noDay, ArticleCounts.decode(noDay.encode()));
    }

    @Test
    void keptRecordsAndPagesReadBackPerEntityButForTheArticlesLeftOut() {
        EntityRecord record = new EntityRecord(PERSON.getURI(), EntityType.ORGANIZATION, "Harbour Safety Board",
                Set.of("the Board"), ARTICLE.getURI(), Set.of("HSB"), Set.of("Norway's"));
        var found = Map.of(new EntityLinker.InArticle(ARTICLE.getURI(), PERSON.getURI()),
                new EntityLinker.Found("Harbour_Safety_Board", 0.8125, "name"));
        Graph kept = GraphFactory.createDefaultGraph();
        KeptRecords.map(List.of(record), kept);
        FoundPages.map(found, kept);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        kept.find().forEachRemaining(t -> dsg.add(Vocab.STORE_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        assertEquals(List.of(record), KeptRecords.of(dsg, List.of(PERSON.getURI()), Set.of()));
        assertEquals(List.of(), KeptRecords.of(dsg, List.of(PERSON.getURI()), Set.of(ARTICLE)));
        assertEquals(found, FoundPages.of(dsg, List.of(PERSON.getURI())));
    }
}
