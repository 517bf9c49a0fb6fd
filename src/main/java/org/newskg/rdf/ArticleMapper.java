package org.newskg.rdf;

import static org.apache.jena.graph.NodeFactory.createLiteralDT;
import static org.apache.jena.graph.NodeFactory.createLiteralString;

import java.time.format.DateTimeFormatter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.Languages;
import org.newskg.clean.PublicationDate;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.extract.Report;
import org.newskg.extract.ReportType;
import org.newskg.core.Span;
import org.newskg.time.TimeValue;

/**
 * Maps one article's facts to its named graph: the article (schema.org NewsArticle and NIF
 * context holding the cleaned text), its entities, and one NIF phrase per mention with the
 * exact words and character offsets, so every triple can be traced to the words behind it.
 */
public final class ArticleMapper {
    private final Iris iris;

    public ArticleMapper(Iris iris) {
        this.iris = iris;
    }

    public ArticleGraph map(String articleKey, ArticleFacts facts) {
        Node article = iris.article(articleKey);
        Graph g = GraphFactory.createDefaultGraph();
        ArticleMetadata meta = facts.article().metadata();

        g.add(article, Vocab.TYPE, Vocab.NEWS_ARTICLE);
        g.add(article, Vocab.TYPE, Vocab.CONTEXT);
        g.add(article, Vocab.IS_STRING, createLiteralString(facts.article().text()));
        // The local path of the input stays off the graph, which is served: its public form and a key.
        g.add(article, Vocab.SOURCE, createLiteralString(Sources.published(facts.article().source())));
        g.add(article, Vocab.SOURCE_KEY, createLiteralString(Sources.key(facts.article().source())));
        g.add(article, Vocab.CONTENT_HASH, createLiteralString(Iris.sha256(facts.article().text())));
        meta.title().ifPresent(t -> g.add(article, Vocab.HEADLINE, createLiteralString(t)));
        if (!Languages.UNDETERMINED.equals(facts.article().language())) {
            g.add(article, Vocab.IN_LANGUAGE, createLiteralString(facts.article().language()));
        }
        meta.url().ifPresent(u -> g.add(article, Vocab.URL, NodeFactory.createURI(u)));
        meta.byline().ifPresent(b -> g.add(article, Vocab.BYLINE, createLiteralString(b)));
        meta.agency().ifPresent(a -> g.add(article, Vocab.AGENCY, createLiteralString(a)));
        // A named agency is also an organisation node, the one an article naming it in its text has.
        meta.agency().filter(a -> Character.isUpperCase(a.codePointAt(0))).ifPresent(a -> {
            Node agency = iris.entity(EntityType.ORGANIZATION, a);
            g.add(article, Vocab.SOURCE_ORGANIZATION, agency);
            g.add(agency, Vocab.TYPE, Vocab.ORGANIZATION);
            g.add(agency, Vocab.NAME, createLiteralString(a));
        });
        meta.publisher().ifPresent(p -> {
            Node publisher = iris.entity(EntityType.ORGANIZATION, p);
            g.add(article, Vocab.PUBLISHER, publisher);
            g.add(publisher, Vocab.TYPE, Vocab.ORGANIZATION);
            g.add(publisher, Vocab.NAME, createLiteralString(p));
        });
        meta.published().ifPresent(d -> {
            g.add(article, Vocab.DATE_PUBLISHED, dateLiteral(d));
            g.add(article, Vocab.DATE_EVIDENCE, createLiteralString(d.evidence()));
            d.inText().ifPresent(span -> g.add(article, Vocab.DATE_EVIDENCE_MENTION,
                    phrase(g, article, facts.article().text(), span, d.evidence())));
        });

        for (Entity e : facts.entities()) {
            Node entity = iris.entity(e.type(), e.name());
            Node type = typeOf(e.type());
            g.add(article, Vocab.MENTIONS, entity);
            g.add(entity, Vocab.TYPE, type);
            e.subtype().map(ArticleMapper::placeType).ifPresent(t -> g.add(entity, Vocab.TYPE, t));
            g.add(entity, Vocab.NAME, createLiteralString(e.name()));
            e.aliases().forEach(a -> g.add(entity, Vocab.ALT_LABEL, createLiteralString(a)));
            for (Mention m : e.mentions()) {
                Node phrase = phrase(g, article, facts.article().text(), m.span(), m.text());
                g.add(phrase, Vocab.TA_IDENT_REF, entity);
                g.add(phrase, Vocab.TA_CLASS_REF, type);
                g.add(phrase, Vocab.NER_LABEL, createLiteralString(m.nerLabel()));
                g.add(phrase, Vocab.SENTENCE_INDEX, integer(m.sentence()));
            }
        }
        for (TimeValue t : facts.times()) {
            TimeMapper.map(g, article, facts.article().text(), t, phrase(g, article, facts.article().text(), t.span(), t.text()));
        }
        for (Report r : facts.reports()) {
            mapReport(g, article, facts.article().text(), r);
        }
        EventMapper events = new EventMapper(iris);
        facts.events().forEach(e -> events.map(g, article, facts.article().text(), e));
        new RoleMapper(iris).map(g, article, facts);
        return new ArticleGraph(article, facts.article().source(), g);
    }

    /**
     * One report of something said: its exact words as a NIF phrase, its kind, speaker (the entity
     * where found, and always the words that name it), cue, addressee, venue, topics and date.
     */
    private void mapReport(Graph g, Node article, String text, Report r) {
        Node report = Iris.report(article, r.content());
        g.add(report, Vocab.TYPE, Vocab.REPORT);
        if (r.type() == ReportType.DIRECT) {
            g.add(report, Vocab.TYPE, Vocab.QUOTATION);
        }
        g.add(report, Vocab.REPORT_TYPE, switch (r.type()) {
            case DIRECT -> Vocab.DIRECT_QUOTE;
            case PARTIAL -> Vocab.PARTIAL_QUOTE;
            case INDIRECT -> Vocab.REPORTED_SPEECH;
        });
        g.add(report, Vocab.REPORT_KIND, switch (r.kind()) {
            case SPEECH -> Vocab.SPEECH;
            case THOUGHT -> Vocab.THOUGHT;
            case QUESTION -> Vocab.QUESTION;
            case CHARACTERIZATION -> Vocab.CHARACTERIZATION;
            case ACCORDING_TO -> Vocab.ACCORDING_TO;
            case FINDING -> Vocab.FINDING;
            case SPEECH_ACT -> Vocab.SPEECH_ACT;
        });
        g.add(report, Vocab.IS_PART_OF, article);
        g.add(report, Vocab.TEXT, createLiteralString(r.text()));
        g.add(report, Vocab.CONTENT, phrase(g, article, text, r.content(), r.text()));
        r.parts().forEach(p -> g.add(report, Vocab.CONTENT_PART, phrase(g, article, text, p, p.of(text))));
        r.speaker().ifPresent(s -> {
            g.add(report, Vocab.SPEAKER_TEXT, createLiteralString(s.text()));
            g.add(report, Vocab.SPEAKER_MENTION, phrase(g, article, text, s.span(), s.text()));
            s.entity().ifPresent(e -> g.add(report, Vocab.SPEAKER, iris.entity(e.type(), e.name())));
            s.joint().forEach(e -> g.add(report, Vocab.JOINT_SPEAKER, iris.entity(e.type(), e.name())));
        });
        if (!r.cue().isEmpty()) {
            g.add(report, Vocab.CUE, createLiteralString(r.cue()));
            g.add(report, Vocab.CUE_MENTION, phrase(g, article, text, r.cueSpan(), r.cue()));
        }
        r.addressee().ifPresent(a -> g.add(report, Vocab.ADDRESSEE, createLiteralString(a)));
        r.venue().ifPresent(v -> g.add(report, Vocab.VENUE, createLiteralString(v)));
        r.about().forEach(e -> g.add(report, Vocab.ABOUT, iris.entity(e.type(), e.name())));
        r.statedOn().ifPresent(d -> {
            g.add(report, Vocab.STATED_ON, createLiteralDT(d.date().toString(), XSDDatatype.XSDdate));
            g.add(report, Vocab.DATE_FROM_TEXT, createLiteralDT(Boolean.toString(d.fromText()), XSDDatatype.XSDboolean));
            g.add(report, Vocab.STATED_ON_EVIDENCE, createLiteralString(d.evidence()));
            d.time().ifPresent(t -> g.add(report, Vocab.STATED_AT, TimeMapper.node(article, text, t)));
        });
    }

    /**
     * A NIF phrase: the exact words at these characters of the article's text. Offsets count
     * Unicode characters, as NIF, RFC 5147 and SPARQL's SUBSTR do, not Java's UTF-16 units.
     */
    static Node phrase(Graph g, Node article, String text, Span utf16, String words) {
        Span span = codePoints(text, utf16);
        Node phrase = Iris.mention(article, span);
        g.add(phrase, Vocab.TYPE, Vocab.PHRASE);
        g.add(phrase, Vocab.REFERENCE_CONTEXT, article);
        g.add(phrase, Vocab.BEGIN_INDEX, integer(span.begin()));
        g.add(phrase, Vocab.END_INDEX, integer(span.end()));
        g.add(phrase, Vocab.ANCHOR_OF, createLiteralString(words));
        return phrase;
    }

    /** Java string offsets as Unicode character offsets, which NIF and the IRIs count in. */
    static Span codePoints(String text, Span utf16) {
        return new Span(text.codePointCount(0, utf16.begin()), text.codePointCount(0, utf16.end()));
    }

    private static Node integer(int n) {
        return createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    /** xsd:dateTime with its offset where the source gives a time and zone, else xsd:date. */
    static Node dateLiteral(PublicationDate d) {
        return d.instant()
                // toString() drops ":00" seconds, which xsd:dateTime requires.
                .map(i -> createLiteralDT(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i), XSDDatatype.XSDdateTime))
                .orElseGet(() -> createLiteralDT(d.date().toString(), XSDDatatype.XSDdate));
    }

    static Node typeOf(EntityType type) {
        return switch (type) {
            case PERSON -> Vocab.PERSON;
            case ORGANIZATION -> Vocab.ORGANIZATION;
            case PLACE -> Vocab.PLACE;
        };
    }

    private static Node placeType(String nerLabel) {
        return switch (nerLabel) {
            case "CITY" -> Vocab.CITY;
            case "COUNTRY" -> Vocab.COUNTRY;
            case "STATE_OR_PROVINCE" -> Vocab.STATE;
            default -> Vocab.PLACE;
        };
    }

}
