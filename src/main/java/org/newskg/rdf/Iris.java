package org.newskg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.core.Span;
import org.newskg.extract.EntityType;
import org.newskg.extract.Names;

/**
 * Mints IRIs. Every IRI is a function of the input alone, so the same input gives the same
 * IRIs on every run and machine: articles from their URL or text, entities from their type
 * and normalised name, mentions from their article and characters (RFC 5147 fragments, as in NIF).
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://newskg.org/id/";

    private final String base;

    public Iris(String base) {
        if (!base.endsWith("/") && !base.endsWith("#")) {
            throw new IllegalArgumentException("base IRI must end with / or #: " + base);
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** An article is identified by its canonical URL when it has one, else by its text. */
    public static String articleKey(String url, String text) {
        String basis = url != null && !url.isBlank() ? "url:" + url.strip() : "text:" + text.replace("\r\n", "\n").strip();
        return sha256(basis).substring(0, 20);
    }

    public Node article(String articleKey) {
        return NodeFactory.createURI(base + "article/" + articleKey);
    }

    public Node entity(EntityType type, String name) {
        return NodeFactory.createURI(base + type.name().toLowerCase(Locale.ROOT) + "/" + Names.slug(Names.key(name)));
    }

    public static Node mention(Node article, Span span) {
        return NodeFactory.createURI(article.getURI() + "#char=" + span.begin() + "," + span.end());
    }

    /** A statement across articles, from its speaker and the words of its first report. */
    public Node statement(String key) {
        return NodeFactory.createURI(base + "statement/" + sha256(key).substring(0, 20));
    }

    /** The pair of two entities named together (a co-mention), whichever order they come in. */
    public Node coMention(String entityA, String entityB) {
        String key = entityA.compareTo(entityB) < 0 ? entityA + " " + entityB : entityB + " " + entityA;
        return NodeFactory.createURI(base + "co-mention/" + sha256(key).substring(0, 20));
    }

    /** A report of something said is identified by its article and the characters of its content. */
    public static Node report(Node article, Span content) {
        return NodeFactory.createURI(article.getURI() + "#report=" + content.begin() + "," + content.end());
    }

    /** One article's account of an event, by the characters of the words that name it. */
    public static Node eventMention(Node article, Span phrase) {
        return NodeFactory.createURI(article.getURI() + "#event=" + phrase.begin() + "," + phrase.end());
    }

    /** An event across articles, from its kind and its earliest mention. */
    public Node event(String key) {
        return NodeFactory.createURI(base + "event/" + sha256(key).substring(0, 20));
    }

    /** The n-th participation (a sem:Role) of an event or event mention. */
    public static Node eventRole(Node event, int n) {
        String uri = event.getURI();
        return NodeFactory.createURI(uri + (uri.contains("#") ? "&role=" : "#role=") + n);
    }

    /** A role, as a concept shared by every article: from its normalised title. */
    public Node role(String title) {
        return NodeFactory.createURI(base + "role/" + Names.slug(Names.key(title)));
    }

    /** A membership (person, role, affiliation) stated by an article: from the article and those parts. */
    public static Node membership(Node article, String key) {
        return NodeFactory.createURI(article.getURI() + "#membership=" + sha256(key).substring(0, 16));
    }

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
