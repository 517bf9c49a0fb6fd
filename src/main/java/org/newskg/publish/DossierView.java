package org.newskg.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.jsoup.nodes.Element;
import org.newskg.publish.Dossier.Dated;
import org.newskg.publish.Dossier.Link;
import org.newskg.publish.Dossier.Partner;
import org.newskg.publish.Dossier.Role;
import org.newskg.publish.Dossier.Said;
import org.newskg.publish.Dossier.Taken;
import org.newskg.rdf.Vocab;

/**
 * A person's, organisation's or place's page: roles, what it said and what others said about
 * it, events, the entities named with it (by name, with the number of articles), a timeline and
 * a network picture. Every value goes in as text or an attribute; the picture's data is JSON in
 * a {@code data-network} attribute, read by a script served from the jar.
 */
final class DossierView implements PageView {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SAID_TEXT = 300;

    private final Dossier d;
    private final Links links;

    DossierView(Dossier dossier, Links links) {
        this.d = dossier;
        this.links = links;
    }

    @Override
    public boolean drawsNetwork() {
        return !d.partners().isEmpty();
    }

    @Override
    public void render(Element body, HtmlPage page) {
        Map<Node, String> names = d.names();
        Element summary = body.appendElement("p").addClass("summary");
        number(d.counters().get(Vocab.MENTIONING_ARTICLES)).ifPresent(n -> summary.appendText("Named in " + n
                + (n == 1 ? " article" : " articles")));
        Optional.ofNullable(d.counters().get(Vocab.FIRST_SEEN)).filter(Node::isLiteral).ifPresent(first ->
                summary.appendText(", from " + first.getLiteralLexicalForm() + Optional.ofNullable(d.counters()
                        .get(Vocab.LAST_SEEN)).filter(Node::isLiteral).map(l -> " to " + l.getLiteralLexicalForm()).orElse("")));
        summary.appendText(". ");
        d.canonical().ifPresent(c -> {
            summary.appendText("The same entity as ");
            page.link(summary, c, names);
            summary.appendText(". ");
        });

        roles(body, page, names);
        said(body, "said", page, names, "What " + names.getOrDefault(d.entity(), "it")
                + " said", d.said(), false);
        said(body, "said-about", page, names, "What others said about "
                + names.getOrDefault(d.entity(), "it"), d.saidAbout(), true);
        events(body, page, names);
        partners(body, page, names);
        timeline(body, page, names);
    }

    /**
     * A section with its heading and either a note (when there are no rows) or, after an
     * optional explanation, a table with the given column heads, returned to be filled.
     */
    private static Optional<Element> section(Element body, String id, String title, boolean empty, String emptyNote,
                                             String explanation, List<String> heads) {
        Element section = body.appendElement("section").attr("id", id);
        section.appendElement("h2").text(title);
        if (empty) {
            section.appendElement("p").appendElement("small").text(emptyNote);
            return Optional.empty();
        }
        if (!explanation.isEmpty()) {
            section.appendElement("p").appendElement("small").text(explanation);
        }
        Element table = section.appendElement("table").addClass("rows");
        Element head = table.appendElement("tr");
        heads.forEach(h -> head.appendElement("th").text(h));
        return Optional.of(table);
    }

    private void roles(Element body, HtmlPage page, Map<Node, String> names) {
        Optional<Element> rows = section(body, "roles", "Roles", d.roles().isEmpty(), "No article states a role.", "",
                List.of("Role", "Of", "Since", "Stated in"));
        if (rows.isEmpty()) {
            return;
        }
        Element table = rows.get();
        for (Role r : d.roles()) {
            Element row = table.appendElement("tr");
            page.link(row.appendElement("td"), r.role(), names);
            Element where = row.appendElement("td");
            r.where().ifPresent(w -> page.link(where, w, names));
            r.posting().ifPresent(p -> {
                where.appendText(r.where().isPresent() ? ", to " : "to ");
                page.link(where, p, names);
            });
            row.appendElement("td").text(r.since());
            list(row.appendElement("td"), r.articles(), page, names);
        }
    }

    private void said(Element body, String id, HtmlPage page, Map<Node, String> names, String title, List<Said> rows,
                      boolean withSpeaker) {
        Optional<Element> t = section(body, id, title, rows.isEmpty(), "Nothing in the articles.",
                "In time order; articles, outlets and independent outlets (copies of one agency story counted once) "
                        + "that report each remark.", withSpeaker ? List.of("Date", "Who", "What", "Articles", "Outlets",
                        "Independent") : List.of("Date", "What", "Articles", "Outlets", "Independent"));
        if (t.isEmpty()) {
            return;
        }
        Element table = t.get();
        for (Said s : rows) {
            Element row = table.appendElement("tr");
            row.appendElement("td").addClass("date").text(s.date());
            if (withSpeaker) {
                Element who = row.appendElement("td");
                s.speaker().ifPresentOrElse(sp -> page.link(who, sp, names), () -> who.appendElement("bdi").text(s.speakerText()));
            }
            Element what = row.appendElement("td");
            page.link(what, s.node(), Map.of(s.node(), "“" + shorten(s.text()) + "”"));
            row.appendElement("td").addClass("n").text(Integer.toString(s.articles()));
            row.appendElement("td").addClass("n").text(Integer.toString(s.outlets()));
            row.appendElement("td").addClass("n").text(Integer.toString(s.independentOutlets()));
        }
    }

    private void events(Element body, HtmlPage page, Map<Node, String> names) {
        Optional<Element> rows = section(body, "events", "Events", d.events().isEmpty(),
                "No event in the articles names it.", "", List.of("When", "Event", "Part", "Articles"));
        if (rows.isEmpty()) {
            return;
        }
        Element table = rows.get();
        for (Taken e : d.events()) {
            Element row = table.appendElement("tr");
            row.appendElement("td").addClass("date").text(e.begin() + (e.end().isEmpty() || e.end().equals(e.begin())
                    ? "" : " – " + e.end()));
            page.link(row.appendElement("td"), e.event(), names);
            row.appendElement("td").text(e.part());
            row.appendElement("td").addClass("n").text(Integer.toString(e.articles()));
        }
    }

    private void partners(Element body, HtmlPage page, Map<Node, String> names) {
        Optional<Element> rows = section(body, "named-with", "Named with", d.partners().isEmpty(),
                "No entity is named with it in two articles or more.", "The entities named in the same articles, by "
                        + "the number of articles that name both (pairs seen in one article only are left out).",
                List.of("Name", "Kind", "Articles"));
        if (rows.isEmpty()) {
            return;
        }
        Element table = rows.get();
        Element section = table.parent();
        int most = d.partners().get(0).articles();
        for (Partner p : d.partners()) {
            Element row = table.appendElement("tr");
            page.link(row.appendElement("td"), p.entity(), names);
            row.appendElement("td").text(p.type().map(DossierView::kind).orElse(""));
            Element n = row.appendElement("td");
            n.appendElement("span").addClass("bar").attr("style", "width:" + (int) Math.round(6.0 * p.articles() / Math.max(1, most)) + "rem");
            n.appendText(" " + p.articles());
        }
        Element network = section.appendElement("div").attr("id", "network").addClass("network")
                .attr("data-network", networkJson(names))
                .attr("aria-label", "Network of the entities named with " + names.getOrDefault(d.entity(), "it"));
        network.appendElement("noscript").text("The network picture needs JavaScript; the table above has the same data.");
    }

    private void timeline(Element body, HtmlPage page, Map<Node, String> names) {
        Element section = body.appendElement("section").attr("id", "timeline");
        section.appendElement("h2").text("Timeline");
        if (d.timeline().isEmpty()) {
            section.appendElement("p").appendElement("small").text("Nothing dated.");
            return;
        }
        Element list = section.appendElement("ol").addClass("timeline");
        for (Dated t : d.timeline()) {
            Element li = list.appendElement("li");
            li.appendElement("span").addClass("date").text(t.date());
            li.appendElement("span").addClass("kind").text(t.kind());
            page.link(li, t.node(), Map.of(t.node(), shorten(t.text())));
        }
    }

    /** Nodes and edges for Cytoscape.js; hrefs only to this server's own pages. */
    private String networkJson(Map<Node, String> names) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode nodes = root.putArray("nodes");
        ArrayNode edges = root.putArray("edges");
        List<Partner> shown = d.partners().stream().limit(DossierReader.NETWORK_SIZE).toList();
        node(nodes, d.entity(), names, "center", 0);
        for (Partner p : shown) {
            node(nodes, p.entity(), names, p.type().map(DossierView::kind).orElse("other"), p.articles());
            edge(edges, d.entity(), p.entity(), p.articles());
        }
        for (Link l : d.links()) {
            edge(edges, l.from(), l.to(), l.articles());
        }
        return root.toString();
    }

    private void node(ArrayNode nodes, Node entity, Map<Node, String> names, String kind, int weight) {
        ObjectNode n = nodes.addObject();
        n.put("id", entity.toString());
        n.put("label", names.getOrDefault(entity, entity.toString()));
        n.put("kind", kind);
        n.put("weight", weight);
        links.href(entity.getURI()).filter(h -> h.startsWith("/")).ifPresent(h -> n.put("href", h));
    }

    private static void edge(ArrayNode edges, Node from, Node to, int weight) {
        ObjectNode e = edges.addObject();
        e.put("source", from.toString());
        e.put("target", to.toString());
        e.put("weight", weight);
    }

    static String kind(Node type) {
        if (type.equals(Vocab.PERSON)) {
            return "person";
        }
        if (type.equals(Vocab.ORGANIZATION)) {
            return "organisation";
        }
        return type.equals(Vocab.PLACE) || type.equals(Vocab.COUNTRY) || type.equals(Vocab.CITY)
                || type.equals(Vocab.STATE) ? "place" : "";
    }

    private static void list(Element cell, List<Node> nodes, HtmlPage page, Map<Node, String> names) {
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0) {
                cell.appendText("; ");
            }
            page.link(cell, nodes.get(i), names);
        }
    }

    private static Optional<Integer> number(Node literal) {
        try {
            return literal == null ? Optional.empty() : Optional.of(Integer.parseInt(literal.getLiteralLexicalForm()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String shorten(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        return s.length() > SAID_TEXT ? s.substring(0, SAID_TEXT) + "…" : s;
    }
}
