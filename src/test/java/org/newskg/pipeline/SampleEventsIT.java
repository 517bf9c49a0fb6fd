package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
 * The four sample articles (samples/, our own: one story told by four outlets) describe three real
 * events, a signing, the opening it plans and a summit: three event nodes, each with its date and place.
 */
class SampleEventsIT {
    @TempDir
    static Path tmp;

    /** events.rq rows without the header. */
    private static List<List<String>> events;

    @BeforeAll
    static void ingestSamples() {
        Path store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), "samples");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        events = EventsIT.rows(store, "queries/events.rq").stream().skip(1).toList();
    }

    @Test
    void threeRealEventsAreThreeNodes() {
        Map<String, List<List<String>>> byEvent = events.stream().collect(Collectors.groupingBy(r -> r.get(0)));
        assertEquals(3, byEvent.size(), events.toString());
        Set<String> starts = events.stream().map(r -> EventsIT.unquote(r.get(2))).collect(Collectors.toSet());
        assertEquals(Set.of("2025-03-11", "2028", "2025-03-14"), starts, events.toString());
        for (List<List<String>> rows : byEvent.values()) {
            assertTrue(rows.stream().map(r -> r.get(6)).distinct().count() >= 3, "each told by three articles or more: " + rows);
        }
        assertTrue(events.stream().anyMatch(r -> EventsIT.unquote(r.get(2)).equals("2025-03-11")
                && EventsIT.unquote(r.get(5)).equals("Oslo")), "the signing in Oslo: " + events);
        assertTrue(events.stream().anyMatch(r -> EventsIT.unquote(r.get(2)).equals("2025-03-14")
                && EventsIT.unquote(r.get(3)).equals("2025-03-15") && EventsIT.unquote(r.get(5)).equals("Lisbon")),
                "the summit in Lisbon: " + events);
    }
}
