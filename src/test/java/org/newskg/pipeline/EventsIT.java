package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;
import org.newskg.cli.ExitCodes;

/**
 * Events end to end, with real CoreNLP and TDB2, on two outlets' articles written for this test
 * (invented places and organisations): kinds, times with their precision, ranges, places,
 * participants and roles, planned events, merging across articles and its guards, read back
 * through queries/events.rq and queries/timeline.rq.
 */
class EventsIT {
    private static final String EVENTS = "src/test/resources/events";

    @TempDir
    static Path tmp;

    private static Path store;
    /** events.rq rows without the header. */
    private static List<List<String>> events;

    @BeforeAll
    static void ingest() {
        store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), EVENTS);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        events = rows(store, "queries/events.rq").stream().skip(1).toList();
    }

    static List<List<String>> rows(Path store, String file) {
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "tsv", file);
        assertEquals(ExitCodes.OK, q.exitCode(), q.err());
        return q.out().lines().map(l -> List.of(l.split("\t", -1))).toList();
    }

    static List<List<String>> query(Path store, String sparql) {
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "tsv", "-e", sparql);
        assertEquals(ExitCodes.OK, q.exitCode(), q.err());
        return q.out().lines().skip(1).map(l -> List.of(l.split("\t", -1))).toList();
    }

    /** A TSV term's lexical form: a literal without quotes and datatype, an IRI without brackets. */
    static String unquote(String tsvTerm) {
        if (tsvTerm.startsWith("<") && tsvTerm.endsWith(">")) {
            return tsvTerm.substring(1, tsvTerm.length() - 1);
        }
        return tsvTerm.replaceAll("^\"|\"(\\^\\^.*)?$", "").replace("\\\"", "\"");
    }

    /** The local name of an IRI term, or a literal's lexical form. */
    static String local(String tsvTerm) {
        String v = unquote(tsvTerm);
        return tsvTerm.startsWith("<") ? v.substring(Math.max(v.lastIndexOf('#'), v.lastIndexOf('/')) + 1) : v;
    }

    /** The events.rq rows of the one event that has a row with this place and start. */
    private static List<List<String>> eventAt(String placeName, String start) {
        Set<String> ids = events.stream()
                .filter(r -> unquote(r.get(5)).equals(placeName) && unquote(r.get(2)).equals(start))
                .map(r -> r.get(0)).collect(Collectors.toSet());
        assertEquals(1, ids.size(), "one event in " + placeName + " from " + start + ": " + events);
        String id = ids.iterator().next();
        return events.stream().filter(r -> r.get(0).equals(id)).toList();
    }

    private static Set<String> column(List<List<String>> rows, int col) {
        return rows.stream().map(r -> unquote(r.get(col))).collect(Collectors.toSet());
    }

    /** Participant name -> role, for the corpus event with this IRI. */
    private static Map<String, String> roles(String eventIri) {
        return query(store, """
                SELECT ?name ?role WHERE {
                  GRAPH <urn:newskg:corpus> { %s sem:hasActor ?r . ?r rdf:value ?who ; sem:roleType ?role }
                  GRAPH ?g { ?who schema:name ?name } }""".formatted(eventIri)).stream()
                .collect(Collectors.toMap(r -> unquote(r.get(0)), r -> local(r.get(1)), (a, b) -> a));
    }

    private static String value(String eventIri, String property) {
        List<List<String>> r = query(store, "SELECT ?v WHERE { GRAPH <urn:newskg:corpus> { %s %s ?v } }"
                .formatted(eventIri, property));
        assertEquals(1, r.size(), eventIri + " " + property + ": " + r);
        return local(r.get(0).get(0));
    }

    @Test
    void contractColumns() {
        assertEquals(List.of("?event", "?name", "?start", "?end", "?place", "?placeName", "?article"),
                rows(store, "queries/events.rq").get(0));
        assertEquals(List.of("?when", "?end", "?precision", "?kind", "?item", "?label", "?article"),
                rows(store, "queries/timeline.rq").get(0));
    }

    @Test
    void aSummitToldByTwoOutletsIsOneEventWithItsDayRangeAndBothPlaces() {
        // "the 2024 summit in Brenholt, Valdoria on April 17 and 18" and "a ... summit scheduled to be held in Valdoria in April".
        List<List<String>> summit = eventAt("Brenholt", "2024-04-17");
        assertEquals(Set.of("2024-04-18"), column(summit, 3));
        assertTrue(summit.get(0).get(3).endsWith("#date>"), "a day is an xsd:date: " + summit.get(0));
        assertTrue(column(summit, 5).containsAll(Set.of("Brenholt", "Valdoria")), summit.toString());
        assertEquals(2, column(summit, 6).size(), "described by both articles: " + summit);
        assertEquals("Marlow Treaty Organization summit", unquote(summit.get(0).get(1)));
        String iri = summit.get(0).get(0);
        assertEquals("unitDay", value(iri, "newskg:timePrecision"));
        assertEquals("true", value(iri, "newskg:planned"));
        List<String> reasons = query(store, "SELECT ?r WHERE { GRAPH <urn:newskg:corpus> { %s newskg:mergeReason ?r } }"
                .formatted(iri)).stream().map(r -> unquote(r.get(0))).toList();
        assertEquals(2, reasons.size(), "three accounts (two in one article), one reason per join: " + reasons);
        assertTrue(reasons.stream().anyMatch(r -> r.contains("shared place")), "the merge says why: " + reasons);
        Map<String, String> roles = roles(iri);
        assertEquals("Organiser", roles.get("Marlow Treaty Organization"), roles.toString());
        assertEquals("Attendee", roles.get("Ilse Varga"), roles.toString());
    }

    @Test
    void aSummitOnTheSameDaysElsewhereIsAnotherEvent() {
        String brenholt = eventAt("Brenholt", "2024-04-17").get(0).get(0);
        List<List<String>> tarrow = eventAt("Tarrow", "2024-04-17");
        assertNotEquals(brenholt, tarrow.get(0).get(0));
        assertEquals("Host", roles(tarrow.get(0).get(0)).get("Hollin Forum"));
    }

    @Test
    void summitsOfOtherYearsAreOtherEventsAndInThePast() {
        String current = eventAt("Brenholt", "2024-04-17").get(0).get(0);
        String orlen = eventAt("Orlen", "2023-04").get(0).get(0);
        String skelby = eventAt("Skelby", "2022-06").get(0).get(0);
        assertEquals(3, Set.of(current, orlen, skelby).size());
        assertEquals("false", value(orlen, "newskg:planned"));
        assertEquals("false", value(skelby, "newskg:planned"));
        assertEquals("unitMonth", value(skelby, "newskg:timePrecision"));
    }

    @Test
    void aVisitAsAVerbAndAsAPossessiveNounIsOneEvent() {
        // "Tomas Rendal visited Corvania in January" and "Tomas Rendal's visit to Corvania in January".
        List<List<String>> visit = eventAt("Corvania", "2024-01");
        assertEquals(2, column(visit, 6).size(), visit.toString());
        String iri = visit.get(0).get(0);
        assertEquals("Visit", value(iri, "sem:eventType"));
        assertEquals("Attendee", roles(iri).get("Tomas Rendal"));
        assertEquals("false", value(iri, "newskg:planned"));
    }

    @Test
    void eventKindsWithTheirTimesAndPlaces() {
        String press = eventAt("Lindholm", "2024-02-05").get(0).get(0);
        assertEquals("PressConference", value(press, "sem:eventType"));
        assertEquals("Attendee", roles(press).get("Ilse Varga"));
        String election = eventAt("Corvania", "2024-03").get(0).get(0);
        assertEquals("Election", value(election, "sem:eventType"));
        assertEquals("true", value(election, "newskg:planned"), "will take place in March");
        List<List<String>> session = events.stream().filter(r -> unquote(r.get(1)).equals("parliamentary session")).toList();
        assertEquals(Set.of("2024-02-06"), column(session, 2), "Tuesday, the day of publication");
    }

    @Test
    void aPlannedOpeningNextYearFromBothArticlesIsOneEvent() {
        List<List<String>> opening = eventAt("Lindholm", "2025");
        String iri = opening.get(0).get(0);
        assertEquals("Opening", value(iri, "sem:eventType"));
        assertEquals(2, column(opening, 6).size(), opening.toString());
        assertEquals("true", value(iri, "newskg:planned"));
        assertEquals("unitYear", value(iri, "newskg:timePrecision"));
        assertEquals("Organiser", roles(iri).get("Marlow Treaty Organization"));
    }

    @Test
    void eachAccountKeepsItsOwnWordsAndTime() {
        List<List<String>> accounts = query(store, """
                SELECT ?words ?evidence ?cue WHERE { GRAPH ?g {
                  ?m a newskg:EventMention ; newskg:eventPhrase/nif:anchorOf ?words ; newskg:timeEvidence ?evidence .
                  OPTIONAL { ?m newskg:plannedCue ?cue } } }""");
        assertTrue(accounts.stream().anyMatch(r -> unquote(r.get(0)).equals("the 2024 summit")
                && unquote(r.get(1)).equals("April 17 and 18") && unquote(r.get(2)).equals("will")), accounts.toString());
        assertTrue(accounts.stream().anyMatch(r -> unquote(r.get(0)).equals("a Marlow Treaty Organization summit")
                && unquote(r.get(1)).equals("April") && unquote(r.get(2)).equals("expected")), accounts.toString());
    }

    @Test
    void theTimelineHoldsEventsAndStatementsInTimeOrder() {
        List<List<String>> timeline = rows(store, "queries/timeline.rq").stream().skip(1).toList();
        List<String> when = timeline.stream().map(r -> unquote(r.get(0))).toList();
        List<String> sorted = new ArrayList<>(when);
        sorted.sort(String::compareTo);
        assertEquals(sorted, when);
        assertTrue(timeline.stream().anyMatch(r -> unquote(r.get(3)).equals("statement")), timeline.toString());
        assertTrue(timeline.stream().anyMatch(r -> unquote(r.get(3)).equals("event") && unquote(r.get(0)).equals("2024-04-17")
                && unquote(r.get(1)).equals("2024-04-18") && local(r.get(2)).equals("unitDay")), timeline.toString());
        assertTrue(when.contains("2022-06") && when.contains("2025"), "month and year precision: " + when);
    }

    @Test
    void theStoreConformsToTheShapes() {
        CliRun v = CliRun.of("validate", "--store", store.toString());
        assertEquals(ExitCodes.OK, v.exitCode(), v.out() + v.err());
    }

    @Test
    void removingAnArticleRecomputesTheEvents() throws Exception {
        Path own = tmp.resolve("removal");
        assertEquals(ExitCodes.OK, CliRun.of("ingest", "--store", own.toString(), EVENTS).exitCode());
        Path harrow;
        try (var files = Files.list(Path.of(EVENTS))) {
            harrow = files.filter(p -> p.getFileName().toString().startsWith("02-")).findFirst().orElseThrow();
        }
        CliRun remove = CliRun.of("remove", "--store", own.toString(), harrow.toString());
        assertEquals(ExitCodes.OK, remove.exitCode(), remove.err());
        List<List<String>> left = rows(own, "queries/events.rq").stream().skip(1).toList();
        assertFalse(left.stream().anyMatch(r -> unquote(r.get(5)).equals("Tarrow")), "the other article's summit is gone");
        assertTrue(left.stream().filter(r -> unquote(r.get(5)).equals("Brenholt")).map(r -> r.get(6)).distinct().count() == 1);
    }
}
