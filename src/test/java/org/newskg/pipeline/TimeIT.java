package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;
import org.newskg.cli.ExitCodes;

/**
 * Time end to end, with real CoreNLP and TDB2, on two articles written for this test: one published on a
 * Wednesday with a statement made "on Wednesday", a range of weekdays, two festival days and a time with its
 * zone; one with no publication date, whose relative words must stay unresolved.
 */
class TimeIT {
    @TempDir
    static Path tmp;

    private static Path store;

    @BeforeAll
    static void ingest() {
        store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), "src/test/resources/time");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    }

    /** Rows of a SELECT, tab-separated, without the header; literals as their lexical forms. */
    private static List<String> select(String query) {
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "tsv", "-e", query);
        assertEquals(ExitCodes.OK, q.exitCode(), q.err());
        return q.out().lines().skip(1).map(l -> l.replaceAll("\"([^\"]*)\"(\\^\\^\\S+)?", "$1")).toList();
    }

    /** The time expression with these words: its TIMEX3 value, its type and the positions of its ends. */
    private static String time(String words) {
        List<String> rows = select("""
                SELECT ?value ?kind ?begin ?end WHERE {
                  ?t newskg:timeMention/nif:anchorOf "%s" ; newskg:timexValue ?value ; a ?kind .
                  FILTER(?kind IN (time:Instant, time:Interval))
                  OPTIONAL { ?t time:hasBeginning/time:inXSDDate ?begin ; time:hasEnd/time:inXSDDate ?end }
                }""".formatted(words));
        assertEquals(1, rows.size(), words + ": " + rows);
        return rows.get(0);
    }

    @Test
    void aStatementOnWednesdayInAWednesdayPaperIsDatedThatDay() {
        List<String> rows = select("""
                SELECT ?on ?fromText ?words WHERE {
                  ?r schema:text ?text ; newskg:statedOn ?on ; newskg:dateFromText ?fromText ;
                     newskg:statedAt/newskg:timeMention/nif:anchorOf ?words .
                  FILTER(CONTAINS(?text, "the strike was over"))
                }""");
        assertEquals(List.of("2023-05-24\ttrue\tWednesday"), rows);
    }

    @Test
    void rangesAreOneIntervalFromTheirFirstDayToTheirLast() {
        assertEquals("2023-05-22/2023-05-24\t<http://www.w3.org/2006/time#Interval>\t2023-05-22\t2023-05-24",
                time("Monday to Wednesday"));
        assertEquals("2023-07-11/2023-07-12\t<http://www.w3.org/2006/time#Interval>\t2023-07-11\t2023-07-12",
                time("July 11 and 12"));
    }

    @Test
    void aTimeKeepsItsZone() {
        List<String> rows = select("""
                SELECT ?at WHERE { ?t newskg:timeMention/nif:anchorOf ?words ; time:inXSDDateTimeStamp ?at .
                  FILTER(STRSTARTS(?words, "3 pm GMT")) }""");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).matches("2023-05-26T15:00:00(Z|\\+00:00)"), rows.toString());
    }

    @Test
    void withoutAPublicationDateRelativeWordsStayUnresolved() {
        List<String> rows = select("""
                SELECT ?words ?anchored WHERE {
                  ?a newskg:source ?source ; newskg:mentionsTime ?t .
                  ?t newskg:anchored ?anchored ; newskg:timeMention/nif:anchorOf ?words .
                  FILTER(CONTAINS(?source, "undated")) FILTER NOT EXISTS { ?a schema:datePublished ?d }
                } ORDER BY ?words""");
        assertEquals(List.of("May 1994\ttrue", "Wednesday\tfalse", "yesterday\tfalse"), rows);
        List<String> dated = select("""
                SELECT ?r WHERE { ?r schema:text ?text ; newskg:statedOn ?on . FILTER(CONTAINS(?text, "stoppage")) }""");
        assertEquals(List.of(), dated, "a statement is not dated against a wrong date");
        List<String> placed = select("""
                SELECT ?t WHERE { ?t newskg:timeMention/nif:anchorOf "yesterday" . ?t a time:Instant }""");
        assertEquals(List.of(), placed);
    }

    @Test
    void theStoreConformsToTheShapes() {
        CliRun v = CliRun.of("validate", "--store", store.toString());
        assertEquals(ExitCodes.OK, v.exitCode(), v.out() + v.err());
    }
}
