package org.newskg.rdf;

import static org.apache.jena.graph.NodeFactory.createLiteralString;
import static org.apache.jena.graph.NodeFactory.createURI;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.resolve.EntityLinker;

/**
 * The linker's pages per article and entity ({@link EntityLinker#linkArticles}), kept in the store's
 * settings graph: a page is decided in one article's context, so it is a function of that article
 * alone and is found once. An update then reads the pages of an entity named by thousands of
 * articles instead of linking every entity of each of them again. Not published: the corpus graph
 * holds the pages of the corpus entities.
 */
public final class FoundPages {
    private FoundPages() {}

    /** The node of one entity's page in one article: the article IRI with a fragment named from the entity IRI. */
    static Node node(String article, String entity) {
        return createURI(article + "#found=" + UUID.nameUUIDFromBytes(entity.getBytes(StandardCharsets.UTF_8)));
    }

    /** Adds the pages to {@code g}. */
    public static void map(Map<EntityLinker.InArticle, EntityLinker.Found> found, Graph g) {
        found.forEach((k, f) -> {
            Node n = node(k.article(), k.iri());
            g.add(n, Vocab.FOUND_IN, createURI(k.article()));
            g.add(n, Vocab.FOUND_FOR, createURI(k.iri()));
            g.add(n, Vocab.FOUND_TITLE, createLiteralString(f.title()));
            // The double as Java writes it, so that it reads back exactly.
            g.add(n, Vocab.FOUND_CONFIDENCE, createLiteralString(Double.toString(f.confidence())));
            g.add(n, Vocab.FOUND_EVIDENCE, createLiteralString(f.evidence()));
        });
    }

    /** The stored pages of the given article-level entities, in every article; call inside a transaction. */
    public static Map<EntityLinker.InArticle, EntityLinker.Found> of(DatasetGraph dsg, Collection<String> entities) {
        Map<EntityLinker.InArticle, EntityLinker.Found> out = new LinkedHashMap<>();
        for (String e : entities) {
            dsg.find(Vocab.STORE_GRAPH, Node.ANY, Vocab.FOUND_FOR, createURI(e)).forEachRemaining(q -> {
                Node n = q.getSubject();
                String article = one(dsg, n, Vocab.FOUND_IN).getURI();
                out.put(new EntityLinker.InArticle(article, e), new EntityLinker.Found(
                        one(dsg, n, Vocab.FOUND_TITLE).getLiteralLexicalForm(),
                        Double.parseDouble(one(dsg, n, Vocab.FOUND_CONFIDENCE).getLiteralLexicalForm()),
                        one(dsg, n, Vocab.FOUND_EVIDENCE).getLiteralLexicalForm()));
            });
        }
        return out;
    }

    private static Node one(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(Vocab.STORE_GRAPH, s, p, Node.ANY);
        if (!it.hasNext()) {
            throw new IllegalStateException("found page " + s + " without " + p);
        }
        return it.next().getObject();
    }
}
