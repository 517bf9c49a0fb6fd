package org.newskg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.newskg.rdf.Vocab;

/**
 * The page people see for a resource. It is built as a jsoup document: every value (article
 * text, titles, quotes, names, IRIs) goes in through {@link Element#text} or
 * {@link Element#attr}, which escape it, so no value can become markup, and links are made only
 * to this server's pages or to http(s) addresses. Every value is isolated for bidirectional text
 * ({@code <bdi>} or {@code dir="auto"}), so a right-to-left override (U+202E) in the data
 * reverses only its own value. The page has no scripts, and is sent with a
 * Content-Security-Policy that would block any.
 */
public final class HtmlPage {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;max-width:64rem;margin:1rem auto;padding:0 1rem;line-height:1.4;color:#222}
            nav a{margin-right:1rem} h1{margin-bottom:.2rem} .iri{color:#555;font-family:monospace;word-break:break-all}
            table{border-collapse:collapse;width:100%} td,th{border-top:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}
            th{width:14rem} td.src{font-size:.85em;color:#555;width:16rem} .long{white-space:pre-wrap;max-height:24rem;overflow:auto}
            .dt{color:#777;font-size:.8em} mark{background:#ffe58a} blockquote{margin:.3rem 0 .8rem 1rem;color:#333}
            section.part{border-left:3px solid #ccd;padding-left:.8rem;margin:1rem 0} small{color:#666}
            .summary{font-size:1.05em} table.rows th{width:auto;background:#f4f4f8} td.n{text-align:right;width:5rem}
            td.date,span.date{white-space:nowrap;color:#555} .bar{display:inline-block;height:.7em;background:#7a9cc6}
            .network{height:420px;border:1px solid #ddd;margin:1rem 0} ol.timeline{list-style:none;padding:0}
            ol.timeline li{border-left:3px solid #7a9cc6;padding:.2rem .6rem;margin-left:.4rem}
            ol.timeline .kind{display:inline-block;width:5.5rem;color:#777;font-size:.85em;margin:0 .5rem}
            .cards{display:flex;flex-wrap:wrap;gap:.8rem} .card{flex:1 1 18rem;border:1px solid #ddd;border-radius:4px;padding:.6rem}
            .card header{display:flex;justify-content:space-between;gap:.5rem} .card .headline{margin:.3rem 0;font-weight:600}
            .article-text{border:1px solid #ddd;padding:1rem;line-height:1.6} .article-text .headline{font-size:1.4em;font-weight:700;margin:0 0 .8rem}
            .article-text .body{white-space:pre-wrap} mark.quote{background:#ffe58a} a.entity{text-decoration:none;border-bottom:2px solid #7a9cc6}
            a.entity.person{border-color:#c0392b} a.entity.organisation{border-color:#2471a3} a.entity.place{border-color:#229954}
            sup a{font-size:.7em} details.all{margin-top:2rem;border-top:2px solid #ccd;padding-top:.5rem} details.all>summary{cursor:pointer;font-weight:600}
            """;
    /** The scripts of the network picture, served from the jar (LinkedData.ASSETS_PATH). */
    static final List<String> NETWORK_SCRIPTS = List.of(AssetServlet.CYTOSCAPE, AssetServlet.NETWORK);
    private static final int LONG_LITERAL = 200;
    private static final int SOURCES_SHOWN = 8;
    private static final int NESTING = 3;

    private final Links links;
    private final PrefixMapping prefixes;

    public HtmlPage(Links links, PrefixMapping prefixes) {
        this.links = links;
        this.prefixes = prefixes;
    }

    /**
     * @param d           what to show
     * @param documentRef this page's own server-relative address, without extension
     */
    public Document render(Description d, String documentRef) {
        return render(d, documentRef, Optional.empty());
    }

    /**
     * @param view the reader's part of the page (a dossier, an article's text, a statement's
     *             reports); with one, the generic facts go into a collapsed "details" part
     */
    Document render(Description d, String documentRef, Optional<PageView> view) {
        Document doc = Document.createShell("");
        // Not pretty-printed: indentation would show inside the text kept as written (white-space: pre-wrap).
        doc.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base).prettyPrint(false);
        String title = labelOf(d.subject(), d.labels());
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width");
        doc.title(title + " - newskg");
        for (Representation r : Representation.values()) {
            if (r != Representation.HTML) {
                doc.head().appendElement("link").attr("rel", "alternate").attr("type", r.mediaType())
                        .attr("href", documentRef + "." + r.extension());
            }
        }
        doc.head().appendElement("style").appendText(STYLE);
        Element body = doc.body();
        Element nav = body.appendElement("nav");
        // The workbench's pages (start page with search, browse, query editor) and the dataset's own.
        nav.appendElement("a").attr("href", "/").text("newskg");
        nav.appendElement("a").attr("href", "/id/").text("Browse");
        nav.appendElement("a").attr("href", "/query").text("Query");
        nav.appendElement("a").attr("href", LinkedData.VOID_PATH).text("Dataset");
        nav.appendElement("a").attr("href", LinkedData.ONTOLOGY_PATH).text("Ontology");

        body.appendElement("h1").attr("dir", "auto").text(title);
        body.appendElement("p").addClass("iri").text(d.subject().toString());
        List<Node> types = d.graph().find(d.subject(), Vocab.TYPE, Node.ANY).mapWith(Triple::getObject).toList();
        if (!types.isEmpty()) {
            Element p = body.appendElement("p").appendText("Type: ");
            types.forEach(t -> {
                link(p, t, d.labels());
                p.appendText(" ");
            });
        }
        Element formats = body.appendElement("p").appendElement("small").appendText("Also as ");
        for (Representation r : Representation.values()) {
            if (r != Representation.HTML) {
                formats.appendElement("a").attr("href", documentRef + "." + r.extension()).text(r.label());
                formats.appendText(" ");
            }
        }

        Element generic = body;
        if (view.isPresent()) {
            view.get().render(body, this);
            generic = body.appendElement("details").addClass("all");
            generic.appendElement("summary").text("All facts, counters and provenance");
        }
        generic.appendElement("h2").text("Facts");
        facts(generic, d.subject(), d, true);
        evidence(generic, d);
        parts(generic, d);
        incoming(generic, d);
        if (view.isPresent() && view.get().drawsNetwork()) {
            NETWORK_SCRIPTS.forEach(src -> body.appendElement("script").attr("src", src));
        }
        return doc;
    }

    private void facts(Element parent, Node subject, Description d, boolean withTypes) {
        List<Triple> triples = new ArrayList<>(d.graph().find(subject, Node.ANY, Node.ANY).toList());
        triples.removeIf(t -> !withTypes && t.getPredicate().equals(Vocab.TYPE));
        triples.sort(Comparator.comparing((Triple t) -> !t.getPredicate().equals(Vocab.TYPE))
                .thenComparing(t -> shortForm(t.getPredicate()))
                .thenComparing(t -> t.getObject().toString()));
        Element table = parent.appendElement("table");
        for (Triple t : triples) {
            Element row = table.appendElement("tr");
            link(row.appendElement("th"), t.getPredicate(), Map.of());
            value(row.appendElement("td"), t.getObject(), d, NESTING);
            Set<Node> graphs = new LinkedHashSet<>(d.sources().getOrDefault(t, Set.of()));
            graphs.remove(d.subject()); // an article's own graph goes without saying on its page
            sources(row.appendElement("td").addClass("src"), graphs, d.labels());
        }
    }

    private void value(Element cell, Node o, Description d, int depth) {
        if (o.isURI()) {
            link(cell, o, d.labels());
        } else if (o.isLiteral()) {
            String text = o.getLiteralLexicalForm();
            Element target = text.length() > LONG_LITERAL ? cell.appendElement("div").addClass("long") : cell;
            target.appendElement("bdi").text(text);
            String lang = o.getLiteralLanguage();
            String note = !lang.isEmpty() ? "@" + lang
                    : o.getLiteralDatatypeURI() != null && !o.getLiteralDatatypeURI().endsWith("#string")
                    ? shortForm(Describer.iri(o.getLiteralDatatypeURI())) : "";
            if (!note.isEmpty()) {
                cell.appendText(" ").appendElement("span").addClass("dt").text(note);
            }
        } else if (o.isBlank() && depth > 0) {
            Element list = cell.appendElement("ul");
            d.graph().find(o, Node.ANY, Node.ANY).forEach(t -> {
                Element li = list.appendElement("li");
                link(li, t.getPredicate(), Map.of());
                li.appendText(": ");
                value(li, t.getObject(), d, depth - 1);
            });
        } else {
            cell.appendText(o.toString());
        }
    }

    private void sources(Element cell, Set<Node> graphs, Map<Node, String> labels) {
        int shown = 0;
        for (Node g : graphs) {
            if (Quad.isDefaultGraph(g)) {
                continue;
            }
            if (shown == SOURCES_SHOWN) {
                cell.appendText(" and " + (graphs.size() - shown) + " more");
                return;
            }
            if (shown++ > 0) {
                cell.appendText("; ");
            }
            link(cell, g, labels);
        }
    }

    private void evidence(Element body, Description d) {
        if (d.evidence().isEmpty()) {
            return;
        }
        body.appendElement("h2").text("Evidence");
        body.appendElement("p").appendElement("small")
                .text("The exact words of the articles, with the text around them.");
        for (Evidence e : d.evidence()) {
            Element quote = body.appendElement("blockquote");
            quote.appendElement("bdi").text(e.before());
            quote.appendElement("mark").attr("dir", "auto").text(e.words());
            quote.appendElement("bdi").text(e.after());
            quote.appendText(" ");
            Element cite = quote.appendElement("small").appendText("(");
            link(cite, e.phrase(), Map.of(e.phrase(), "words"));
            cite.appendText(" in ");
            link(cite, e.article(), d.labels());
            cite.appendText(")");
        }
    }

    /** The parts of the resource's own graph ({@code <IRI#...>}), each under its fragment as id. */
    private void parts(Element body, Description d) {
        if (!d.subject().isURI()) {
            return;
        }
        String prefix = d.subject().getURI() + "#";
        TreeMap<String, Node> parts = new TreeMap<>(HtmlPage::compareFragments);
        d.graph().find().forEach(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(prefix)) {
                parts.put(s.getURI().substring(prefix.length()), s);
            }
        });
        if (parts.isEmpty()) {
            return;
        }
        body.appendElement("h2").text("In this document");
        parts.forEach((fragment, part) -> {
            Element section = body.appendElement("section").addClass("part").attr("id", fragment);
            Element h = section.appendElement("h3").text(labelOf(part, d.labels()) + " ");
            h.appendElement("small").text("#" + fragment + " ("
                    + String.join(", ", d.graph().find(part, Vocab.TYPE, Node.ANY)
                    .mapWith(t -> shortForm(t.getObject())).toList()) + ")");
            facts(section, part, d, false);
        });
    }

    private void incoming(Element body, Description d) {
        if (d.incoming().isEmpty()) {
            return;
        }
        body.appendElement("h2").text("Referenced by");
        if (d.incomingTotal() > d.incoming().size()) {
            body.appendElement("p").appendElement("small").text("The first " + d.incoming().size() + " of "
                    + (d.incomingTotal() >= Describer.MAX_COUNTED ? "more than " : "") + d.incomingTotal()
                    + "; the SPARQL endpoint has them all.");
        }
        Element table = body.appendElement("table");
        // One row per subject and property, with every graph that states it.
        Map<Triple, Set<Node>> rows = new TreeMap<>(Comparator.comparing((Triple t) -> shortForm(t.getPredicate()))
                .thenComparing(t -> labelOf(t.getSubject(), d.labels())).thenComparing(t -> t.getSubject().toString()));
        for (Quad q : d.incoming()) {
            rows.computeIfAbsent(q.asTriple(), t -> new LinkedHashSet<>()).add(q.getGraph());
        }
        rows.forEach((t, graphs) -> {
            Element row = table.appendElement("tr");
            link(row.appendElement("td"), t.getSubject(), d.labels());
            link(row.appendElement("th"), t.getPredicate(), Map.of());
            sources(row.appendElement("td").addClass("src"), graphs, d.labels());
        });
    }

    /**
     * A link to {@code node} (or, when it has no address a page may point at, a span) with the
     * given text; returns the element.
     */
    Element linkText(Element parent, Node node, String text, String title) {
        Optional<String> href = node.isURI() ? links.href(node.getURI()) : Optional.empty();
        Element e = href.isPresent() ? parent.appendElement("a").attr("href", href.get()) : parent.appendElement("span");
        return e.attr("title", title).attr("dir", "auto").text(text);
    }

    /** A link when the IRI has an address this page may point at, else its name as text. */
    void link(Element parent, Node node, Map<Node, String> labels) {
        String text = labelOf(node, labels);
        if (!node.isURI()) {
            parent.appendElement("bdi").text(text);
            return;
        }
        // dir="auto" isolates the name, so right-to-left text or a U+202E in the data cannot
        // reorder the rest of the line.
        links.href(node.getURI()).ifPresentOrElse(
                href -> parent.appendElement("a").attr("href", href).attr("title", node.getURI()).attr("dir", "auto").text(text),
                () -> parent.appendElement("span").attr("title", node.getURI()).attr("dir", "auto").text(text));
    }

    private String labelOf(Node node, Map<Node, String> labels) {
        String label = labels.get(node);
        return label != null ? label : shortForm(node);
    }

    private String shortForm(Node node) {
        return node.isURI() ? prefixes.shortForm(node.getURI()) : node.toString();
    }

    /** "char=9,14" before "char=10,12": by the name, then by the numbers in it. */
    static int compareFragments(String a, String b) {
        String[] pa = a.split("[=,]");
        String[] pb = b.split("[=,]");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c = pa[i].matches("\\d{1,9}") && pb[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(pa[i]), Integer.parseInt(pb[i])) : pa[i].compareTo(pb[i]);
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }
}
