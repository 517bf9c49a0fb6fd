package org.newskg.rdf;

import static org.apache.jena.graph.NodeFactory.createLiteralString;
import static org.apache.jena.graph.NodeFactory.createURI;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.extract.EntityType;
import org.newskg.resolve.EntityRecord;

/**
 * Each entity's record in each article ({@link ResolutionGraph#records}), kept in the store's
 * settings graph: a record is a function of its article alone, so it is read once, when the corpus
 * graph first counts the article. An update then looks an entity's records up by its IRI instead of
 * querying every article that names it (and the text around each mention). Not published.
 */
public final class KeptRecords {
    private KeptRecords() {}

    static Node node(String article, String entity) {
        return createURI(article + "#record=" + UUID.nameUUIDFromBytes(entity.getBytes(StandardCharsets.UTF_8)));
    }

    /** Adds the records to {@code g}. */
    public static void map(Collection<EntityRecord> records, Graph g) {
        for (EntityRecord r : records) {
            Node n = node(r.article(), r.iri());
            g.add(n, Vocab.RECORD_IN, createURI(r.article()));
            g.add(n, Vocab.RECORD_FOR, createURI(r.iri()));
            g.add(n, Vocab.RECORD_TYPE, createLiteralString(r.type().name()));
            g.add(n, Vocab.RECORD_NAME, createLiteralString(r.name()));
            r.aliases().forEach(a -> g.add(n, Vocab.RECORD_ALIAS, createLiteralString(a)));
            r.acronyms().forEach(a -> g.add(n, Vocab.RECORD_ACRONYM, createLiteralString(a)));
            r.before().forEach(b -> g.add(n, Vocab.RECORD_BEFORE, createLiteralString(b)));
        }
    }

    /**
     * The kept records of the given article-level entities, in every article but those in {@code except},
     * in the order {@link ResolutionGraph} gives; call inside a transaction.
     */
    public static List<EntityRecord> of(DatasetGraph dsg, Collection<String> entities, Set<Node> except) {
        List<EntityRecord> out = new ArrayList<>();
        for (String e : entities) {
            dsg.find(Vocab.STORE_GRAPH, Node.ANY, Vocab.RECORD_FOR, createURI(e)).forEachRemaining(q -> {
                Map<Node, List<Node>> fields = fields(dsg, q.getSubject());
                Node article = required(fields, q.getSubject(), Vocab.RECORD_IN);
                if (!except.contains(article)) {
                    out.add(new EntityRecord(e, EntityType.valueOf(required(fields, q.getSubject(), Vocab.RECORD_TYPE).getLiteralLexicalForm()),
                            required(fields, q.getSubject(), Vocab.RECORD_NAME).getLiteralLexicalForm(), strings(fields, Vocab.RECORD_ALIAS),
                            article.getURI(), strings(fields, Vocab.RECORD_ACRONYM), strings(fields, Vocab.RECORD_BEFORE)));
                }
            });
        }
        out.sort(java.util.Comparator.comparing(EntityRecord::article).thenComparing(EntityRecord::iri));
        return out;
    }

    /** Every value of a record by property, in one scan of its subject (not one index descent per property). */
    private static Map<Node, List<Node>> fields(DatasetGraph dsg, Node record) {
        Map<Node, List<Node>> out = new HashMap<>();
        dsg.find(Vocab.STORE_GRAPH, record, Node.ANY, Node.ANY)
                .forEachRemaining(q -> out.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>()).add(q.getObject()));
        return out;
    }

    private static Node required(Map<Node, List<Node>> fields, Node record, Node p) {
        List<Node> values = fields.get(p);
        if (values == null) {
            throw new IllegalStateException("kept record " + record + " without " + p);
        }
        return values.get(0);
    }

    private static Set<String> strings(Map<Node, List<Node>> fields, Node p) {
        Set<String> out = new TreeSet<>();
        fields.getOrDefault(p, List.of()).forEach(v -> out.add(v.getLiteralLexicalForm()));
        return out;
    }
}
