package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.core.Span;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Event;
import org.newskg.extract.EventKind;
import org.newskg.extract.EventTime;
import org.newskg.extract.Mention;
import org.newskg.resolve.MergedEvent;
import org.newskg.resolve.StoredEvent;

/** MEANTIME's gold events read back, and event mentions, arguments, times and B-cubed scored by hand-countable examples. */
class EventScorerTest {
    @TempDir
    Path tmp;

    /** An invented article in MEANTIME's form: a signing in Oslo on a day, and a remark. */
    private static final String XML = """
            <?xml version="1.0" ?><Document doc_id="9" doc_name="9_Deal" lang="en" url="http://example.org/9">
            <token number="0" sentence="0" t_id="1">Deal</token>
            <token number="1" sentence="1" t_id="2">May</token>
            <token number="2" sentence="2" t_id="3">Ekdal</token>
            <token number="3" sentence="2" t_id="4">signed</token>
            <token number="4" sentence="2" t_id="5">in</token>
            <token number="5" sentence="2" t_id="6">Oslo</token>
            <token number="6" sentence="2" t_id="7">Monday</token>
            <token number="7" sentence="2" t_id="8">said</token>
            <Markables>
            <ENTITY_MENTION m_id="1"><token_anchor t_id="3"/></ENTITY_MENTION>
            <ENTITY_MENTION m_id="2"><token_anchor t_id="6"/></ENTITY_MENTION>
            <EVENT_MENTION m_id="3" pred="sign"><token_anchor t_id="4"/></EVENT_MENTION>
            <EVENT_MENTION m_id="4" pred="say"><token_anchor t_id="8"/></EVENT_MENTION>
            <EVENT_MENTION m_id="5" pred="deal"><token_anchor t_id="1"/></EVENT_MENTION>
            <TIMEX3 functionInDocument="CREATION_TIME" m_id="6" type="DATE" value="2024-05-08"/>
            <TIMEX3 functionInDocument="NONE" m_id="7" type="DATE" value="2024-05-06"><token_anchor t_id="7"/></TIMEX3>
            <ENTITY ent_type="PER" instance_id="PER1" m_id="10"/>
            <ENTITY ent_type="LOC" instance_id="LOC1" m_id="11"/>
            <EVENT instance_id="EV1" m_id="12"/>
            </Markables>
            <Relations>
            <REFERS_TO r_id="1"><source m_id="1"/><target m_id="10"/></REFERS_TO>
            <REFERS_TO r_id="2"><source m_id="2"/><target m_id="11"/></REFERS_TO>
            <REFERS_TO r_id="3"><source m_id="3"/><source m_id="5"/><target m_id="12"/></REFERS_TO>
            <HAS_PARTICIPANT r_id="4" sem_role="Arg0"><source m_id="3"/><target m_id="1"/></HAS_PARTICIPANT>
            <HAS_PARTICIPANT r_id="5" sem_role="AM-LOC"><source m_id="3"/><target m_id="2"/></HAS_PARTICIPANT>
            <TLINK r_id="6" reltype="IS_INCLUDED"><source m_id="3"/><target m_id="7"/></TLINK>
            <TLINK r_id="7" reltype="BEFORE"><source m_id="4"/><target m_id="6"/></TLINK>
            </Relations>
            </Document>
            """;

    private MeantimeEvents gold() throws IOException {
        Path f = tmp.resolve("9.xml");
        Files.writeString(f, XML);
        return MeantimeEvents.read(f);
    }

    @Test
    void readsEventMentionsWithTheirInstanceParticipantsAndTimes() throws IOException {
        MeantimeEvents doc = gold();
        assertEquals(Optional.of(LocalDate.of(2024, 5, 8)), doc.created());
        assertEquals(3, doc.events().size());
        MeantimeEvents.Gold signed = doc.events().get(1);
        assertEquals(List.of(3, 3, 2), List.of(signed.first(), signed.last(), signed.sentence()));
        assertEquals("sign", signed.pred());
        assertEquals("EV1", signed.instance());
        assertEquals(List.of(new MeantimeEvents.Argument(2, 2, "PER", "Arg0"), new MeantimeEvents.Argument(5, 5, "LOC", "AM-LOC")),
                signed.participants());
        assertEquals(List.of("2024-05-06"), signed.times(), "the creation time is linked BEFORE, so not its time");
        assertEquals("9#4", doc.events().get(2).instance(), "a mention of no instance is its own");
    }

    private static Entity entity(EntityType type, String name, int token) {
        return new Entity(type, name, Optional.empty(), List.of(), List.of(new Mention(name, new Span(token * 10, token * 10 + 3), "X", 2)));
    }

    /** A system event with its trigger at a token; the entity mentions' spans are token*10, as {@link #entity} makes them. */
    private static ProductEvents.SystemEvent event(String id, int trigger, EventKind kind, Optional<EventTime> time, List<Entity> places,
            List<Entity> people) {
        Event e = new Event(kind, new Span(0, 1), kind.label(), time, places, people.stream()
                .map(p -> new org.newskg.extract.Participant(p, org.newskg.extract.EventRole.ATTENDEE)).toList(), false, "");
        List<ProductEvents.Arg> args = new java.util.ArrayList<>();
        places.forEach(p -> args.add(new ProductEvents.Arg(p.name(), true, List.of(new int[] {p.mentions().get(0).span().begin() / 10,
                p.mentions().get(0).span().begin() / 10}))));
        people.forEach(p -> args.add(new ProductEvents.Arg(p.name(), false, List.of(new int[] {p.mentions().get(0).span().begin() / 10,
                p.mentions().get(0).span().begin() / 10}))));
        StoredEvent stored = new StoredEvent(id, "a", kind.localName(), kind.label(), time, List.of(), List.of(), false, Optional.empty());
        return new ProductEvents.SystemEvent(trigger, e, args, stored);
    }

    @Test
    void scoresMentionsArgumentsTimesAndBcubed() throws IOException {
        MeantimeEvents doc = gold();
        Entity ekdal = entity(EntityType.PERSON, "Ekdal", 2);
        Entity oslo = entity(EntityType.PLACE, "Oslo", 5);
        Entity may = entity(EntityType.PERSON, "May", 1);
        EventTime monday = new EventTime(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 6), EventTime.Precision.DAY, "Monday");
        // Right: "signed" with Ekdal, Oslo and Monday, and the headline's "Deal". Wrong: a session on "in", no gold mention.
        ProductEvents.SystemEvent signing = event("m1", 3, EventKind.SIGNING, Optional.of(monday), List.of(oslo), List.of(ekdal));
        ProductEvents.SystemEvent session = event("m2", 4, EventKind.SESSION, Optional.empty(), List.of(), List.of(may));
        ProductEvents.SystemEvent headline = event("m3", 0, EventKind.SIGNING, Optional.empty(), List.of(), List.of());
        EventScorer scorer = new EventScorer(Set.of("sign", "meet"));
        scorer.add(doc, new ProductEvents.Found(List.of(signing, session, headline), List.of()));
        String table = scorer.render(List.of());
        assertTrue(table.contains("Signing                  2       2     1.000"), table);
        assertTrue(table.contains("Session                  1       0     0.000"), table);
        assertTrue(table.contains("all                      3       2     0.667"), table);
        assertTrue(table.contains("kinds modelled (predicate a trigger word): 1, found 1"), table);
        assertTrue(table.contains("Arguments of the matched events: precision 1.000 (2/2), recall 1.000 (2/2); places: precision 1.000 (1/1)"), table);
        assertTrue(table.contains("Times of the matched events: precision 1.000 (1/1 of those whose gold mention is anchored to a time), recall 1.000 (1/1"), table);
        // "Deal" and "signed" are one gold event: alone they are two system events (precision 1, recall 1/2 each).
        assertTrue(table.contains("each account alone:  P 1.000  R 0.500  F1 0.667  (2 events)"), table);
        StoredEvent m1 = signing.stored();
        StoredEvent m3 = headline.stored();
        MergedEvent one = new MergedEvent("k", "Signing", "signing", Optional.empty(), List.of(m1, m3), List.of(), List.of(), false, 1, List.of());
        assertEquals(1.0, scorer.bcubed(List.of(one))[2], 1e-9);
        assertEquals(3, scorer.lines().size(), scorer.lines().toString());
    }

    @Test
    void timexValuesAsDays() {
        assertEquals(LocalDate.of(2024, 2, 29), EventScorer.range("2024-02").orElseThrow()[1]);
        assertEquals(LocalDate.of(2024, 12, 31), EventScorer.range("2024").orElseThrow()[1]);
        assertEquals(LocalDate.of(2024, 5, 6), EventScorer.range("2024-05-06T10:00").orElseThrow()[0]);
        assertEquals(LocalDate.of(2008, 11, 30), EventScorer.range("2008-FA").orElseThrow()[1]);
        assertEquals(LocalDate.of(2007, 12, 1), EventScorer.range("2008-WI").orElseThrow()[0]);
        assertTrue(EventScorer.range("PRESENT_REF").isEmpty());
    }
}
