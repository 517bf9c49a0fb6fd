package org.newskg.rdf;

import static org.apache.jena.graph.NodeFactory.createLiteralDT;
import static org.apache.jena.graph.NodeFactory.createLiteralString;
import static org.apache.jena.graph.NodeFactory.createURI;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.newskg.extract.Entity;
import org.newskg.extract.Event;
import org.newskg.extract.EventTime;
import org.newskg.extract.Participant;

/**
 * Maps one article's account of an event to its graph: a {@code newskg:EventMention} with its
 * kind ({@code sem:eventType}), name, the phrase that names it, time (SEM begin and end time
 * stamps in the datatype of their precision, the precision as an OWL-Time unit, and
 * {@code sem:hasTime} to the article's OWL-Time node of the words it was read from), places
 * ({@code sem:hasPlace}), participants (SEM roles) and whether it is still to come.
 */
final class EventMapper {
    private final Iris iris;

    EventMapper(Iris iris) {
        this.iris = iris;
    }

    void map(Graph g, Node article, String text, Event e) {
        Node mention = Iris.eventMention(article, e.phrase());
        g.add(mention, Vocab.TYPE, Vocab.EVENT_MENTION);
        g.add(mention, Vocab.IS_PART_OF, article);
        g.add(mention, Vocab.SEM_EVENT_TYPE, Vocab.newskg(e.kind().localName()));
        g.add(mention, Vocab.NAME, createLiteralString(e.label()));
        g.add(mention, Vocab.EVENT_PHRASE, ArticleMapper.phrase(g, article, text, e.phrase(), e.phrase().of(text)));
        e.time().ifPresent(t -> {
            addTime(g, mention, t);
            g.add(mention, Vocab.TIME_EVIDENCE, createLiteralString(t.evidence()));
            // The OWL-Time instant or interval of the words it was read from (TimeMapper writes it).
            t.value().ifPresent(v -> g.add(mention, Vocab.SEM_HAS_TIME, TimeMapper.node(article, text, v)));
        });
        for (Entity p : e.places()) {
            g.add(mention, Vocab.SEM_HAS_PLACE, iris.entity(p.type(), p.name()));
        }
        int n = 0;
        for (Participant p : e.participants()) {
            addRole(g, mention, n++, iris.entity(p.entity().type(), p.entity().name()), Vocab.newskg(p.role().localName()));
        }
        g.add(mention, Vocab.PLANNED, createLiteralDT(Boolean.toString(e.planned()), XSDDatatype.XSDboolean));
        if (!e.plannedCue().isEmpty()) {
            g.add(mention, Vocab.PLANNED_CUE, createLiteralString(e.plannedCue()));
        }
        for (Entity p : e.notPlaces()) {
            g.add(mention, Vocab.NOT_PLACE, iris.entity(p.type(), p.name()));
        }
        addStatus(g, mention, e.status());
    }

    /** schema:eventStatus schema:EventCancelled (or EventPostponed, EventRescheduled), when one is stated. */
    static void addStatus(Graph g, Node event, String status) {
        if (!status.isEmpty()) {
            g.add(event, Vocab.EVENT_STATUS, createURI(Vocab.SCHEMA + status));
        }
    }

    /** A SEM role: the event has an actor in a role ({@code sem:hasActor [ rdf:value actor ; sem:roleType role ]}). */
    static void addRole(Graph g, Node event, int n, Node actor, Node roleType) {
        Node role = Iris.eventRole(event, n);
        g.add(event, Vocab.SEM_HAS_ACTOR, role);
        g.add(role, Vocab.TYPE, Vocab.SEM_ROLE);
        g.add(role, Vocab.RDF_VALUE, actor);
        g.add(role, Vocab.SEM_ROLE_TYPE, roleType);
    }

    /** Begin and end time stamps in the datatype of the precision, and the precision. */
    static void addTime(Graph g, Node event, EventTime t) {
        g.add(event, Vocab.SEM_BEGIN, literal(t.begin(), t.precision()));
        g.add(event, Vocab.SEM_END, literal(t.end(), t.precision()));
        g.add(event, Vocab.TIME_PRECISION, unit(t.precision()));
    }

    /** A day as xsd:date, a month as xsd:gYearMonth, a year as xsd:gYear. */
    static Node literal(LocalDate d, EventTime.Precision precision) {
        return switch (precision) {
            case DAY -> createLiteralDT(d.toString(), XSDDatatype.XSDdate);
            case MONTH -> createLiteralDT(YearMonth.from(d).toString(), XSDDatatype.XSDgYearMonth);
            case YEAR -> createLiteralDT(Integer.toString(d.getYear()), XSDDatatype.XSDgYear);
        };
    }

    static Node unit(EventTime.Precision precision) {
        return switch (precision) {
            case DAY -> Vocab.UNIT_DAY;
            case MONTH -> Vocab.UNIT_MONTH;
            case YEAR -> Vocab.UNIT_YEAR;
        };
    }

    /** The time a pair of stored time stamps and a precision unit stand for; empty when they do not parse. */
    static Optional<EventTime> time(String begin, String end, String unitIri, String evidence) {
        EventTime.Precision precision;
        if (unitIri.equals(Vocab.UNIT_DAY.getURI())) {
            precision = EventTime.Precision.DAY;
        } else if (unitIri.equals(Vocab.UNIT_MONTH.getURI())) {
            precision = EventTime.Precision.MONTH;
        } else if (unitIri.equals(Vocab.UNIT_YEAR.getURI())) {
            precision = EventTime.Precision.YEAR;
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (precision) {
                case DAY -> new EventTime(LocalDate.parse(begin), LocalDate.parse(end), precision, evidence);
                case MONTH -> new EventTime(YearMonth.parse(begin).atDay(1), YearMonth.parse(end).atEndOfMonth(), precision, evidence);
                case YEAR -> new EventTime(LocalDate.of(Integer.parseInt(begin), 1, 1), LocalDate.of(Integer.parseInt(end), 12, 31),
                        precision, evidence);
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
