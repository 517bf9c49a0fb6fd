package org.newskg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * One article's part in the per-entity and per-pair counts ({@link EntityCounts}): its day, the
 * entities it mentions, their mentions, and their names and type in it. The counts of the corpus
 * are the sum of these parts, so an update adds the parts of new articles and takes away those of
 * removed ones; the part of a removed article is kept as text ({@link #encode}) in the store's
 * settings until the next update, since its graph is gone by then.
 */
public record ArticleCounts(Node graph, Optional<String> day, List<Node> entities, Map<Node, Integer> mentions,
        Map<Node, List<Node>> names, Map<Node, Node> types) {
    private static final Set<Node> ENTITY_TYPES = Set.of(Vocab.PERSON, Vocab.ORGANIZATION, Vocab.PLACE);

    /** One article graph, by look-ups in its own graph; call inside a transaction. */
    public static ArticleCounts read(DatasetGraph dsg, Node g) {
        List<Node> entities = new ArrayList<>();
        dsg.find(g, g, Vocab.MENTIONS, Node.ANY).forEachRemaining(q -> entities.add(q.getObject()));
        Optional<String> day = dayOf(dsg, g);
        Map<Node, Integer> mentions = new HashMap<>();
        dsg.find(g, Node.ANY, Vocab.TA_IDENT_REF, Node.ANY).forEachRemaining(q -> mentions.merge(q.getObject(), 1, Integer::sum));
        Map<Node, List<Node>> names = new HashMap<>();
        Map<Node, Node> types = new HashMap<>();
        for (Node e : new LinkedHashSet<>(entities)) {
            dsg.find(g, e, Vocab.NAME, Node.ANY).forEachRemaining(q -> names.computeIfAbsent(e, k -> new ArrayList<>()).add(q.getObject()));
        }
        for (Node type : ENTITY_TYPES) {
            dsg.find(g, Node.ANY, Vocab.TYPE, type).forEachRemaining(q -> types.put(q.getSubject(), type));
        }
        return new ArticleCounts(g, day, entities, mentions, names, types);
    }

    /** The publication day of one article graph, if it states one. */
    public static Optional<String> dayOf(DatasetGraph dsg, Node g) {
        Optional<String> day = Optional.empty();
        for (var it = dsg.find(g, g, Vocab.DATE_PUBLISHED, Node.ANY); it.hasNext(); ) {
            Optional<String> d = day(it.next().getObject());
            if (d.isPresent() && (day.isEmpty() || d.get().compareTo(day.get()) < 0)) {
                day = d;
            }
        }
        return day;
    }

    // The day as each article states it (its own time zone), the first ten characters of the
    // xsd:date or xsd:dateTime; anything else is no day.
    static Optional<String> day(Node date) {
        String lexical = date.isLiteral() ? date.getLiteralLexicalForm() : "";
        return lexical.matches("\\d{4}-\\d{2}-\\d{2}.*") ? Optional.of(lexical.substring(0, 10)) : Optional.empty();
    }

    /**
     * As text, one line per entity (IRI, type or "-", names) after a line with the article and its
     * day, then one line per mentioned IRI with its number of mentions; fields split by tabs, with
     * backslash, tab and line break escaped.
     */
    public String encode() {
        StringBuilder out = new StringBuilder();
        out.append(escape(graph.getURI())).append('\t').append(day.orElse("-")).append('\n');
        for (Node e : entities) {
            out.append('E').append('\t').append(escape(e.isURI() ? e.getURI() : "")).append('\t')
                    .append(types.containsKey(e) ? escape(types.get(e).getURI()) : "-");
            names.getOrDefault(e, List.of()).forEach(n -> out.append('\t').append(escape(n.getLiteralLexicalForm())));
            out.append('\n');
        }
        mentions.forEach((e, n) -> {
            if (e.isURI()) {
                out.append('M').append('\t').append(escape(e.getURI())).append('\t').append(n).append('\n');
            }
        });
        return out.toString();
    }

    /** The inverse of {@link #encode} (blank nodes, which the counts skip, are not kept). */
    public static ArticleCounts decode(String text) {
        String[] lines = text.split("\n");
        String[] head = lines[0].split("\t", -1);
        Node graph = NodeFactory.createURI(unescape(head[0]));
        Optional<String> day = head[1].equals("-") ? Optional.empty() : Optional.of(head[1]);
        List<Node> entities = new ArrayList<>();
        Map<Node, Integer> mentions = new LinkedHashMap<>();
        Map<Node, List<Node>> names = new HashMap<>();
        Map<Node, Node> types = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            if (f[0].equals("M")) {
                mentions.put(NodeFactory.createURI(unescape(f[1])), Integer.parseInt(f[2]));
            } else if (!f[1].isEmpty()) {
                Node e = NodeFactory.createURI(unescape(f[1]));
                entities.add(e);
                if (!f[2].equals("-")) {
                    types.put(e, NodeFactory.createURI(unescape(f[2])));
                }
                for (int j = 3; j < f.length; j++) {
                    names.computeIfAbsent(e, k -> new ArrayList<>()).add(NodeFactory.createLiteralString(unescape(f[j])));
                }
            }
        }
        return new ArticleCounts(graph, day, entities, mentions, names, types);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
