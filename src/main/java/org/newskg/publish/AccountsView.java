package org.newskg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.jsoup.nodes.Element;
import org.newskg.rdf.Vocab;

/**
 * A statement's reports, or an event's accounts, side by side: one card per article with its
 * outlet and date, the article's own words and the text around them. At most
 * {@link #MAX_ACCOUNTS} cards, earliest article first.
 */
final class AccountsView implements PageView {
    static final int MAX_ACCOUNTS = 60;

    private final DatasetGraph data;
    private final Node subject;
    private final boolean statement;
    private final DossierReader.Names names;

    private AccountsView(DatasetGraph data, Node subject, boolean statement) {
        this.data = data;
        this.subject = subject;
        this.statement = statement;
        this.names = new DossierReader.Names(data);
    }

    /** The view for a statement or an event, if the subject is one. */
    static Optional<PageView> of(DatasetGraph data, Node subject) {
        if (data.find(Vocab.CORPUS_GRAPH_NAME, subject, Vocab.TYPE, Vocab.STATEMENT).hasNext()) {
            return Optional.of(new AccountsView(data, subject, true));
        }
        if (data.find(Vocab.CORPUS_GRAPH_NAME, subject, Vocab.TYPE, Vocab.SEM_EVENT).hasNext()) {
            return Optional.of(new AccountsView(data, subject, false));
        }
        return Optional.empty();
    }

    private record Account(Node part, Node article, String date) {}

    @Override
    public void render(Element body, HtmlPage page) {
        Element summary = body.appendElement("p").addClass("summary");
        if (statement) {
            corpus(Vocab.SPEAKER).ifPresent(s -> {
                summary.appendText("Said by ");
                page.link(summary, s, Map.of(s, names.of(s)));
                summary.appendText(". ");
            });
            summary.appendText("Reported by " + count(Vocab.ARTICLE_COUNT) + " article(s) in " + count(Vocab.OUTLET_COUNT)
                    + " outlet(s), " + count(Vocab.INDEPENDENT_OUTLET_COUNT) + " of them independent");
            corpus(Vocab.FIRST_REPORTED).ifPresent(f -> summary.appendText("; first on "
                    + DossierReader.day(Optional.of(f))));
            summary.appendText(".");
        } else {
            corpus(Vocab.SEM_EVENT_TYPE).ifPresent(t -> summary.appendText(names.of(t) + ". "));
            corpus(Vocab.SEM_BEGIN).ifPresent(b -> summary.appendText("When: " + DossierReader.day(Optional.of(b))
                    + corpus(Vocab.SEM_END).filter(e -> !e.equals(b)).map(e -> " – " + DossierReader.day(Optional.of(e)))
                    .orElse("") + ". "));
            appendAll(summary, page, "Where: ", Vocab.SEM_HAS_PLACE);
            appendAll(summary, page, "Organisers: ", Vocab.ORGANIZER);
            appendAll(summary, page, "Attendees: ", Vocab.ATTENDEE);
            summary.appendText("Described by " + count(Vocab.ARTICLE_COUNT) + " article(s).");
        }

        List<Account> accounts = accounts();
        Element section = body.appendElement("section").attr("id", statement ? "reports" : "accounts");
        section.appendElement("h2").text(statement ? "Reports, side by side" : "Accounts, side by side");
        Element cards = section.appendElement("div").addClass("cards");
        for (Account a : accounts) {
            Element card = cards.appendElement("article").addClass("card");
            Element head = card.appendElement("header");
            String outlet = value(a.article(), Vocab.PUBLISHER).map(names::of).orElse("unknown outlet");
            head.appendElement("strong").appendElement("bdi").text(outlet);
            head.appendText(" ").appendElement("span").addClass("date").text(a.date());
            Element title = card.appendElement("div").addClass("headline");
            page.link(title, a.article(), Map.of(a.article(), names.of(a.article())));
            words(card, a, page);
        }
    }

    /** The words of the report (its text, speaker and cue) or of the account (its name and phrase in context). */
    private void words(Element card, Account a, HtmlPage page) {
        if (statement) {
            Element quote = card.appendElement("blockquote");
            quote.appendElement("bdi").text("“" + text(value(a.part(), Vocab.TEXT)) + "”");
            Element who = card.appendElement("p").appendElement("small");
            String speaker = text(value(a.part(), Vocab.SPEAKER_TEXT));
            String cue = text(value(a.part(), Vocab.CUE));
            who.appendElement("bdi").text((speaker + " " + cue).strip());
            who.appendText(" ");
            page.link(who, a.part(), Map.of(a.part(), "(in the article)"));
            return;
        }
        Optional<Node> phrase = value(a.part(), Vocab.EVENT_PHRASE);
        Optional<Evidence> evidence = phrase.flatMap(p -> evidence(p, a.article()));
        card.appendElement("p").appendElement("bdi").text(names.of(a.part()));
        evidence.ifPresent(e -> {
            Element quote = card.appendElement("blockquote");
            quote.appendElement("bdi").text(e.before());
            quote.appendElement("mark").attr("dir", "auto").text(e.words());
            quote.appendElement("bdi").text(e.after());
        });
        String time = text(value(a.part(), Vocab.TIME_EVIDENCE));
        Element small = card.appendElement("p").appendElement("small");
        if (!time.isEmpty()) {
            small.appendText("Time from: ").appendElement("bdi").text(time);
            small.appendText(" ");
        }
        page.link(small, a.part(), Map.of(a.part(), "(in the article)"));
    }

    private Optional<Evidence> evidence(Node phrase, Node article) {
        Optional<Node> anchor = value(phrase, Vocab.ANCHOR_OF);
        if (anchor.isEmpty() || !anchor.get().isLiteral()) {
            return Optional.empty();
        }
        String text = text(value(article, Vocab.IS_STRING));
        return Optional.of(Evidence.of(phrase, article, text.isEmpty() ? null : text, integer(phrase, Vocab.BEGIN_INDEX),
                integer(phrase, Vocab.END_INDEX), anchor.get().getLiteralLexicalForm()));
    }

    private List<Account> accounts() {
        Node property = statement ? Vocab.HAS_REPORT : Vocab.HAS_EVENT_MENTION;
        List<Account> accounts = new ArrayList<>();
        Iterator<Quad> it = data.find(Vocab.CORPUS_GRAPH_NAME, subject, property, Node.ANY);
        while (it.hasNext() && accounts.size() < MAX_ACCOUNTS) {
            Node part = it.next().getObject();
            value(part, Vocab.IS_PART_OF).ifPresent(article -> accounts.add(
                    new Account(part, article, DossierReader.day(value(article, Vocab.DATE_PUBLISHED)))));
        }
        accounts.sort(Comparator.comparing((Account a) -> a.date().isEmpty() ? "9999" : a.date())
                .thenComparing(a -> a.part().toString()));
        return accounts;
    }

    private void appendAll(Element p, HtmlPage page, String label, Node property) {
        Iterator<Quad> it = data.find(Vocab.CORPUS_GRAPH_NAME, subject, property, Node.ANY);
        for (int n = 0; it.hasNext() && n < DossierReader.MAX_ROWS; n++) {
            Node o = it.next().getObject();
            p.appendText(n == 0 ? label : ", ");
            page.link(p, o, Map.of(o, names.of(o)));
            if (!it.hasNext()) {
                p.appendText(". ");
            }
        }
    }

    private String count(Node property) {
        return corpus(property).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("?");
    }

    private Optional<Node> corpus(Node property) {
        Iterator<Quad> it = data.find(Vocab.CORPUS_GRAPH_NAME, subject, property, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private Optional<Node> value(Node s, Node property) {
        Iterator<Quad> it = data.find(Node.ANY, s, property, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private int integer(Node s, Node property) {
        try {
            return Integer.parseInt(text(value(s, property)));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String text(Optional<Node> literal) {
        return literal.filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("");
    }
}
