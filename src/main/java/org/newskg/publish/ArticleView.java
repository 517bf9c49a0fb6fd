package org.newskg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.nodes.Element;
import org.newskg.rdf.Vocab;

/**
 * An article as a reader sees it: its headline apart from the body, what the input states about
 * it (outlet, date, byline, URL), and its text with what was extracted marked in place: the
 * words of each report (a link to the statement it belongs to) and each entity's mention (a
 * link to the entity's page). Reads only the article's own graph.
 */
final class ArticleView implements PageView {
    /** Most marks in one article; a longer article shows the rest of its text unmarked. */
    static final int MAX_MARKS = 5_000;

    private final DatasetGraph data;
    private final Node article;
    private final DossierReader.Names names;

    private ArticleView(DatasetGraph data, Node article) {
        this.data = data;
        this.article = article;
        this.names = new DossierReader.Names(data);
    }

    static Optional<PageView> of(DatasetGraph data, Node subject) {
        return data.find(subject, subject, Vocab.TYPE, Vocab.NEWS_ARTICLE).hasNext()
                ? Optional.of(new ArticleView(data, subject)) : Optional.empty();
    }

    /** Characters {@code [begin, end)} of the text (in chars), marked as a quote or an entity, with its link. */
    record Mark(int begin, int end, String kind, Node target, String title) {}

    @Override
    public void render(Element body, HtmlPage page) {
        Element meta = body.appendElement("p").addClass("summary");
        value(Vocab.PUBLISHER).ifPresent(p -> separate(meta).appendElement("strong").appendElement("bdi").text(names.of(p)));
        text(Vocab.DATE_PUBLISHED).ifPresent(d -> separate(meta).appendElement("span").addClass("date").text(d));
        text(Vocab.BYLINE).ifPresent(b -> separate(meta).appendText("By ").appendElement("bdi").text(b));
        value(Vocab.URL).filter(Node::isURI).ifPresent(u -> page.link(separate(meta), u, Map.of(u, u.getURI())));
        value(Vocab.URL).filter(Node::isLiteral).ifPresent(u -> separate(meta).appendElement("bdi").text(u.getLiteralLexicalForm()));
        // The input's file name (the store holds no local path, see Sources); a page's URL is shown above.
        text(Vocab.SOURCE).filter(s -> !s.contains("://")).ifPresent(s ->
                separate(meta).appendText("file ").appendElement("bdi").text(s));

        Optional<String> text = text(Vocab.IS_STRING);
        if (text.isEmpty()) {
            return;
        }
        Element section = body.appendElement("section").attr("id", "text");
        section.appendElement("h2").text("Text");
        Element legend = section.appendElement("p").appendElement("small");
        legend.appendText("Marked: ").appendElement("mark").addClass("quote").text("what was said");
        legend.appendText(" (a link to the statement), ").appendElement("a").addClass("entity").text("people, organisations and places");
        legend.appendText(" (a link to their page).");
        String t = text.get();
        String headline = text(Vocab.HEADLINE).orElse("");
        int headlineEnd = !headline.isEmpty() && t.startsWith(headline) ? headline.length() : 0;
        int bodyStart = headlineEnd;
        while (bodyStart < t.length() && (t.charAt(bodyStart) == '\n' || t.charAt(bodyStart) == '\r')) {
            bodyStart++;
        }
        List<Mark> marks = marks(t);
        Element box = section.appendElement("div").addClass("article-text");
        if (headlineEnd > 0) {
            write(box.appendElement("p").addClass("headline").attr("dir", "auto"), t, 0, headlineEnd, marks, page);
        }
        write(box.appendElement("div").addClass("body").attr("dir", "auto"), t, bodyStart, t.length(), marks, page);
    }

    /**
     * Writes {@code text[from, to)} into {@code into}, with the marks that lie wholly inside it: a
     * quote is a {@code <mark>} (the entities inside it linked) followed by a small link to its
     * statement, since links cannot nest.
     */
    static void write(Element into, String text, int from, int to, List<Mark> marks, HtmlPage page) {
        int at = from;
        Mark open = null;
        Element quote = null;
        for (Mark m : marks) {
            if (m.begin() < at || m.begin() < from || m.end() > to) {
                continue;
            }
            if (open != null && m.begin() >= open.end()) {
                at = close(into, quote, open, text, at, page);
                open = null;
            }
            if (m.kind().equals("quote")) {
                if (open != null) {
                    continue; // a quote inside a quote: the outer one is marked
                }
                into.appendText(text.substring(at, m.begin()));
                quote = into.appendElement("mark").addClass("quote").attr("dir", "auto").attr("title", m.title());
                open = m;
                at = m.begin();
                continue;
            }
            if (open != null && m.end() > open.end()) {
                continue; // an entity that runs out of the quote
            }
            Element parent = open != null ? quote : into;
            parent.appendText(text.substring(at, m.begin()));
            page.linkText(parent, m.target(), text.substring(m.begin(), m.end()), m.title())
                    .addClass("entity").addClass(m.kind());
            at = m.end();
        }
        if (open != null) {
            at = close(into, quote, open, text, at, page);
        }
        into.appendText(text.substring(at, to));
    }

    private static int close(Element into, Element quote, Mark open, String text, int at, HtmlPage page) {
        quote.appendText(text.substring(at, open.end()));
        page.linkText(into.appendElement("sup"), open.target(), "statement", open.title()).addClass("to-statement");
        return open.end();
    }

    /** The element with a separator after what it already holds. */
    private static Element separate(Element meta) {
        return meta.childNodeSize() > 0 ? meta.appendText(" · ") : meta;
    }

    /** The article's reports and entity mentions, as char ranges, in text order, overlaps dropped. */
    private List<Mark> marks(String text) {
        List<Mark> marks = new ArrayList<>();
        Iterator<Triple> reports = data.getGraph(article).find(Node.ANY, Vocab.CONTENT, Node.ANY);
        while (reports.hasNext() && marks.size() < MAX_MARKS) {
            Triple t = reports.next();
            Node statement = corpus(t.getSubject(), Vocab.REPORTS).orElse(t.getSubject());
            String speaker = graphText(t.getSubject(), Vocab.SPEAKER_TEXT);
            range(text, t.getObject()).ifPresent(r -> marks.add(new Mark(r[0], r[1], "quote", statement,
                    speaker.isEmpty() ? "said" : "said by " + speaker)));
        }
        Iterator<Triple> mentions = data.getGraph(article).find(Node.ANY, Vocab.TA_IDENT_REF, Node.ANY);
        while (mentions.hasNext() && marks.size() < MAX_MARKS) {
            Triple t = mentions.next();
            Node entity = corpus(t.getObject(), Vocab.SAME_AS).orElse(t.getObject());
            String kind = graphNode(t.getSubject(), Vocab.TA_CLASS_REF).map(DossierView::kind).orElse("");
            range(text, t.getSubject()).ifPresent(r -> marks.add(new Mark(r[0], r[1], kind.isEmpty() ? "other" : kind,
                    entity, names.of(entity))));
        }
        // Quotes before the mentions they hold; then earliest first, longest first.
        marks.sort(Comparator.comparingInt(Mark::begin).thenComparing(m -> -m.end())
                .thenComparing(m -> m.kind().equals("quote") ? 0 : 1));
        List<Mark> kept = new ArrayList<>();
        int quoteEnd = -1;
        int entityEnd = -1;
        for (Mark m : marks) {
            boolean isQuote = m.kind().equals("quote");
            if (isQuote ? m.begin() >= quoteEnd && m.begin() >= entityEnd : m.begin() >= entityEnd) {
                kept.add(m);
                if (isQuote) {
                    quoteEnd = m.end();
                } else {
                    entityEnd = m.end();
                }
            }
        }
        return kept;
    }

    /** A phrase's offsets (code points, as NIF counts) as char indexes of the text, if they fit it. */
    private Optional<int[]> range(String text, Node phrase) {
        int begin = number(phrase, Vocab.BEGIN_INDEX);
        int end = number(phrase, Vocab.END_INDEX);
        int length = text.codePointCount(0, text.length());
        if (begin < 0 || end <= begin || end > length) {
            return Optional.empty();
        }
        int b = text.offsetByCodePoints(0, begin);
        return Optional.of(new int[] {b, text.offsetByCodePoints(b, end - begin)});
    }

    private int number(Node node, Node property) {
        try {
            return Integer.parseInt(graphText(node, property));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String graphText(Node s, Node p) {
        return graphNode(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("");
    }

    private Optional<Node> graphNode(Node s, Node p) {
        Iterator<Triple> it = data.getGraph(article).find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private Optional<Node> corpus(Node s, Node p) {
        var it = data.find(Vocab.CORPUS_GRAPH_NAME, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private Optional<Node> value(Node p) {
        return graphNode(article, p);
    }

    private Optional<String> text(Node p) {
        return value(p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }
}
