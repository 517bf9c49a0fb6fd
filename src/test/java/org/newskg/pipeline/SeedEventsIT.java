package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;
import org.newskg.cli.ExitCodes;

/**
 * Events on the reference case, read from ../shared at run time: the summits the five outlets
 * mention are event nodes with their place and dates, one node per summit however many
 * articles report it.
 */
class SeedEventsIT {
    @TempDir
    static Path tmp;

    /** events.rq rows without the header. */
    private static List<List<String>> events;

    @BeforeAll
    static void ingestSeeds() {
        Path seeds = Path.of(System.getProperty("newskg.shared", "../shared"), "corpus", "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no reference corpus at " + seeds);
        Path store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), seeds.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        events = EventsIT.rows(store, "queries/events.rq").stream().skip(1).toList();
    }

    /** The rows of the one event held in this place that starts with this ISO prefix. */
    private static List<List<String>> event(String placeName, String startPrefix) {
        Set<String> ids = events.stream()
                .filter(r -> EventsIT.unquote(r.get(5)).equals(placeName) && EventsIT.unquote(r.get(2)).startsWith(startPrefix))
                .map(r -> r.get(0)).collect(Collectors.toSet());
        assertEquals(1, ids.size(), placeName + " " + startPrefix + ": " + events);
        return events.stream().filter(r -> ids.contains(r.get(0))).toList();
    }

    private static long articles(List<List<String>> rows) {
        return rows.stream().map(r -> r.get(6)).distinct().count();
    }

    @Test
    void theSummitInVilniusIsOneEventOnItsTwoDays() {
        List<List<String>> vilnius = event("Vilnius", "2023-07");
        assertEquals("2023-07-11", EventsIT.unquote(vilnius.get(0).get(2)));
        assertEquals("2023-07-12", EventsIT.unquote(vilnius.get(0).get(3)));
        assertTrue(vilnius.stream().anyMatch(r -> EventsIT.unquote(r.get(5)).equals("Lithuania")));
        assertTrue(articles(vilnius) >= 2, "merged across the articles that report it: " + vilnius);
    }

    @Test
    void theSummitInMadridIsOneEventOnItsDay() {
        List<List<String>> madrid = event("Madrid", "2022-06");
        assertEquals("2022-06-29", EventsIT.unquote(madrid.get(0).get(2)));
        assertTrue(articles(madrid) >= 2, "the caption's summit and last June's summit: " + madrid);
    }

    @Test
    void theSummitInHiroshimaIsInMay2023() {
        List<List<String>> hiroshima = event("Hiroshima", "2023-05");
        assertTrue(EventsIT.unquote(hiroshima.get(0).get(1)).contains("summit"), hiroshima.toString());
    }

    @Test
    void theUndatedPlannedOpeningIsOneEventAcrossTheDatedArticlesOfOneDay() {
        // Two of the outlets give a publication date (the same day) and tell the planned opening without a date.
        Set<String> openings = events.stream().filter(r -> EventsIT.unquote(r.get(1)).startsWith("opening of the office"))
                .filter(r -> EventsIT.unquote(r.get(5)).equals("Japan")).map(r -> r.get(0)).collect(Collectors.toSet());
        assertTrue(openings.stream().anyMatch(id -> articles(events.stream().filter(r -> r.get(0).equals(id)).toList()) >= 2),
                "one opening told by two articles: " + events);
    }

    @Test
    void thePlannedOpeningIsOneEventInItsYearAcrossTheDatedAndUndatedArticles() {
        // Three outlets give no publication date ("next year" cannot be placed) and name the country, the country
        // and its continent, or its capital: each is the one dated opening they could be.
        Set<String> openings = events.stream().filter(r -> EventsIT.unquote(r.get(1)).startsWith("opening of the"))
                .map(r -> r.get(0)).collect(Collectors.toSet());
        assertEquals(1, openings.size(), "one opening: " + events);
        List<List<String>> opening = events.stream().filter(r -> openings.contains(r.get(0))).toList();
        assertEquals("2024", EventsIT.unquote(opening.get(0).get(2)));
        assertTrue(opening.stream().map(r -> EventsIT.unquote(r.get(5))).collect(Collectors.toSet()).containsAll(Set.of("Japan", "Tokyo")),
                opening.toString());
        assertTrue(articles(opening) >= 4, "told by the two dated articles and the undated ones: " + opening);
    }
}
