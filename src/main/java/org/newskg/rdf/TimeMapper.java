package org.newskg.rdf;

import static org.apache.jena.graph.NodeFactory.createLiteralDT;
import static org.apache.jena.graph.NodeFactory.createLiteralString;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.core.Span;
import org.newskg.time.Precision;
import org.newskg.time.TimeValue;

/**
 * An article's time values as triples. Each is a {@code newskg:TimeExpression} with its TIMEX3 type and value
 * and the phrase of its words; one with a place on the calendar is also an OWL-Time {@code time:Instant}
 * (a single day, month, year or time, its position as an XSD literal of that precision:
 * {@code time:inXSDDate}, {@code time:inXSDgYearMonth}, {@code time:inXSDgYear}, {@code time:inXSDDateTimeStamp}
 * when the zone is known) or a {@code time:Interval} (a range, a week, a quarter, a decade ...) whose
 * {@code time:hasBeginning} and {@code time:hasEnd} are such instants.
 */
final class TimeMapper {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private TimeMapper() {
    }

    /** The node of a time value of the article: {@code <article>#time=BEGIN,END}, offsets in Unicode characters. */
    static Node node(Node article, String text, TimeValue value) {
        Span span = ArticleMapper.codePoints(text, value.span());
        return NodeFactory.createURI(article.getURI() + "#time=" + span.begin() + "," + span.end());
    }

    static void map(Graph g, Node article, String text, TimeValue value, Node phrase) {
        Node time = node(article, text, value);
        g.add(article, Vocab.MENTIONS_TIME, time);
        g.add(time, Vocab.TYPE, Vocab.TIME_EXPRESSION);
        g.add(time, Vocab.TIME_MENTION, phrase);
        g.add(time, Vocab.TIMEX_TYPE, createLiteralString(value.type()));
        if (!value.value().isEmpty()) {
            g.add(time, Vocab.TIMEX_VALUE, createLiteralString(value.value()));
        }
        g.add(time, Vocab.ANCHORED, createLiteralDT(Boolean.toString(value.anchored()), XSDDatatype.XSDboolean));
        if (!value.onCalendar()) {
            return;
        }
        Precision precision = value.precision().orElseThrow();
        precision.owlTimeUnit().ifPresent(u -> g.add(time, Vocab.UNIT_TYPE, Vocab.timeUnit(u)));
        LocalDateTime begin = value.begin().orElseThrow();
        Optional<Node> single = value.isRange() ? Optional.empty() : position(precision, begin, value.offset());
        if (single.isPresent()) {
            g.add(time, Vocab.TYPE, Vocab.INSTANT);
            g.add(time, positionProperty(single.get()), single.get());
            return;
        }
        // Ends keep the value's precision when XSD can write it ("May 2 to May 5"); a week or a quarter,
        // or a range of them, begins and ends on days, a decade or a range of decades ("the 1970s and 1980s") in years.
        Precision ends = position(precision, begin, value.offset()).isPresent() ? precision
                : precision.compareTo(Precision.YEAR) < 0 ? Precision.YEAR : Precision.DAY;
        LocalDateTime last = lastUnit(value.end().orElseThrow(), ends);
        g.add(time, Vocab.TYPE, Vocab.INTERVAL);
        g.add(time, Vocab.HAS_BEGINNING, instant(g, time, "begin", position(ends, begin, value.offset()).orElseThrow()));
        g.add(time, Vocab.HAS_END, instant(g, time, "end", position(ends, last, value.offset()).orElseThrow()));
    }

    private static Node instant(Graph g, Node time, String which, Node literal) {
        Node instant = NodeFactory.createURI(time.getURI() + "-" + which);
        g.add(instant, Vocab.TYPE, Vocab.INSTANT);
        g.add(instant, positionProperty(literal), literal);
        return instant;
    }

    /** The first moment of the last unit before {@code end}: the last day of a range of days. */
    private static LocalDateTime lastUnit(LocalDateTime end, Precision p) {
        return switch (p) {
            case SECOND -> end.minusSeconds(1);
            case MINUTE -> end.minusMinutes(1);
            case HOUR -> end.minusHours(1);
            case MONTH -> end.minusMonths(1);
            case YEAR -> end.minusYears(1);
            default -> end.minusDays(1);
        };
    }

    /** The XSD literal for a moment at a precision that XSD can write, empty for weeks, quarters and the like. */
    private static Optional<Node> position(Precision p, LocalDateTime at, Optional<ZoneOffset> offset) {
        return switch (p) {
            case YEAR -> Optional.of(createLiteralDT(String.format(Locale.ROOT, "%04d", at.getYear()), XSDDatatype.XSDgYear));
            case MONTH -> Optional.of(createLiteralDT(String.format(Locale.ROOT, "%04d-%02d", at.getYear(), at.getMonthValue()),
                    XSDDatatype.XSDgYearMonth));
            case DAY -> Optional.of(createLiteralDT(at.toLocalDate().toString(), XSDDatatype.XSDdate));
            case HOUR, MINUTE, SECOND -> Optional.of(offset
                    .map(o -> createLiteralDT(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(o)),
                            XSDDatatype.XSDdateTimeStamp))
                    .orElseGet(() -> createLiteralDT(DATE_TIME.format(at), XSDDatatype.XSDdateTime)));
            default -> Optional.empty();
        };
    }

    private static Node positionProperty(Node literal) {
        String dt = literal.getLiteralDatatypeURI();
        if (dt.equals(XSDDatatype.XSDgYear.getURI())) {
            return Vocab.IN_XSD_G_YEAR;
        }
        if (dt.equals(XSDDatatype.XSDgYearMonth.getURI())) {
            return Vocab.IN_XSD_G_YEAR_MONTH;
        }
        if (dt.equals(XSDDatatype.XSDdate.getURI())) {
            return Vocab.IN_XSD_DATE;
        }
        return dt.equals(XSDDatatype.XSDdateTimeStamp.getURI()) ? Vocab.IN_XSD_DATE_TIME_STAMP : Vocab.IN_XSD_DATE_TIME;
    }
}
