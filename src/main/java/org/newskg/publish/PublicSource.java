package org.newskg.publish;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.Vocab;

/**
 * What the web may see of an input's source. The store keeps the canonical local path of each
 * input ({@code newskg:source "/home/ana/news/a.txt#row=3"}) for {@code remove} and the command
 * line, but a path tells strangers about the machine and its user, so everything the server
 * publishes (pages, RDF, the dump) carries only the file name and the part inside the file
 * ({@code "a.txt#row=3"}); the article's URL, when known, is published as {@code schema:url}.
 */
final class PublicSource {
    private PublicSource() {}

    /** The source literal as published: the file name (and row, line or record) without the folders. */
    static Node of(Node source) {
        if (!source.isLiteral()) {
            return source;
        }
        String value = source.getLiteralLexicalForm();
        int hash = value.indexOf('#');
        String path = hash < 0 ? value : value.substring(0, hash);
        String inside = hash < 0 ? "" : value.substring(hash);
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        String name = path.substring(slash + 1);
        return name.length() == path.length() ? source : NodeFactory.createLiteralString(name + inside);
    }

    static Triple of(Triple t) {
        return t.getPredicate().equals(Vocab.SOURCE) ? Triple.create(t.getSubject(), t.getPredicate(), of(t.getObject())) : t;
    }

    static Quad of(Quad q) {
        return q.getPredicate().equals(Vocab.SOURCE)
                ? Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), of(q.getObject())) : q;
    }
}
