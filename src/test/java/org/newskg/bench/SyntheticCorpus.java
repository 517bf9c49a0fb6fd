package org.newskg.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Vocab;

/**
 * Reproducible synthetic article graphs in newskg's shape (article, mentioned entities with names
 * and types, mentions with their words and offsets), for measuring queries on large stores
 * without running CoreNLP. The same seed gives the same articles. Entity popularity is skewed,
 * as in news: a few entities are in many articles, most in few.
 */
final class SyntheticCorpus {
    private static final Node[] TYPES = {Vocab.PERSON, Vocab.ORGANIZATION, Vocab.PLACE};
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    private final Iris iris;
    private final Random random;
    private final int entities;

    /** @param entities size of the pool articles draw their entities from */
    SyntheticCorpus(Iris iris, long seed, int entities) {
        this.iris = iris;
        this.random = new Random(seed);
        this.entities = entities;
    }

    /**
     * Quads an article is taken to have when sizing the pool of entities (articles / 4); the
     * benchmark writes articles until the quads asked for are reached (about 185 an article).
     */
    static final int QUADS_PER_ARTICLE = 215;

    /** The {@code i}-th article; call in order, since each draws from the seeded generator. */
    ArticleGraph article(int i) {
        Node article = iris.article("synthetic-" + i);
        Node context = NodeFactory.createURI(article.getURI() + "#context");
        Graph g = GraphFactory.createDefaultGraph();
        g.add(article, Vocab.TYPE, Vocab.NEWS_ARTICLE);
        g.add(article, Vocab.SOURCE, NodeFactory.createLiteralString("synthetic/" + i + ".txt"));
        g.add(article, Vocab.HEADLINE, NodeFactory.createLiteralString("Synthetic article " + i));
        g.add(article, Vocab.DATE_PUBLISHED, NodeFactory.createLiteralDT(
                FIRST_DAY.plusDays(random.nextInt(5 * 365)).toString(), XSDDatatype.XSDdate));
        Map<Integer, Integer> named = new LinkedHashMap<>();
        int count = 5 + random.nextInt(11);
        while (named.size() < count) {
            // Cubing a uniform number skews the choice towards the first entities of the pool.
            double r = random.nextDouble();
            named.put((int) (entities * r * r * r), 1 + random.nextInt(4));
        }
        int offset = 0;
        for (Map.Entry<Integer, Integer> e : named.entrySet()) {
            int n = e.getKey();
            Node type = TYPES[n % TYPES.length];
            String name = "Entity " + n;
            Node entity = NodeFactory.createURI(iris.base() + type.getLocalName().toLowerCase() + "/entity-" + n);
            g.add(article, Vocab.MENTIONS, entity);
            g.add(entity, Vocab.TYPE, type);
            g.add(entity, Vocab.NAME, NodeFactory.createLiteralString(name));
            for (int m = 0; m < e.getValue(); m++) {
                Node mention = NodeFactory.createURI(article.getURI() + "#char=" + offset + "," + (offset + name.length()));
                g.add(mention, Vocab.TA_IDENT_REF, entity);
                g.add(mention, Vocab.ANCHOR_OF, NodeFactory.createLiteralString(name));
                g.add(mention, Vocab.BEGIN_INDEX, integer(offset));
                g.add(mention, Vocab.END_INDEX, integer(offset + name.length()));
                g.add(mention, Vocab.REFERENCE_CONTEXT, context);
                g.add(mention, Vocab.SENTENCE_INDEX, integer(m));
                offset += name.length() + 40;
            }
        }
        return new ArticleGraph(article, "synthetic/" + i + ".txt", g);
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }
}
