package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;
import org.newskg.cli.ExitCodes;

/**
 * Statements end to end, with real CoreNLP and TDB2, on two outlets' versions of one invented
 * story written to hold each attribution form: read back through the contract queries.
 */
class StatementsIT {
    @TempDir
    static Path tmp;

    private static Path store;
    /** quotes.rq rows: text -> the whole row. */
    private static Map<String, List<String>> quotes;

    @BeforeAll
    static void ingest() {
        store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), "src/test/resources/statements");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("statement(s) in the store"), run.out());
        quotes = rows("queries/quotes.rq").stream().skip(1)
                .collect(Collectors.toMap(r -> unquote(r.get(3)), r -> r, (a, b) -> a));
    }

    private static List<List<String>> rows(String file) {
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "tsv", file);
        assertEquals(ExitCodes.OK, q.exitCode(), q.err());
        return q.out().lines().map(l -> List.of(l.split("\t", -1))).toList();
    }

    private static String unquote(String tsvLiteral) {
        return tsvLiteral.replaceAll("^\"|\"(\\^\\^.*)?$", "").replace("\\\"", "\"");
    }

    /** The report whose words are, or begin with, {@code text}. */
    private static List<String> quote(String text) {
        List<String> row = quotes.get(text);
        if (row == null) {
            row = quotes.entrySet().stream().filter(e -> e.getKey().startsWith(text)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
        assertTrue(row != null, "no report '" + text + "' in " + quotes.keySet());
        return row;
    }

    private static String speaker(String text) {
        return unquote(quote(text).get(2));
    }

    @Test
    void contractColumns() {
        assertEquals(List.of("?statement", "?speaker", "?speakerName", "?text", "?article", "?statedOn"), rows("queries/quotes.rq").get(0));
        assertEquals(List.of("?statement", "?speakerName", "?text", "?articles", "?outlets", "?independentOutlets", "?firstReported"),
                rows("queries/corroboration.rq").get(0));
    }

    @Test
    void reportedSpeechWithThatAndItsDateFromTheText() {
        List<String> row = quote("the council had approved the new harbour bridge");
        assertEquals("Katrin Oster", unquote(row.get(2)));
        // "on Wednesday" in an article published on Friday 13 September 2024.
        assertEquals("2024-09-11", unquote(row.get(5)));
    }

    @Test
    void directQuotesBeforeAndAfterTheirCueAndAQuoteThatGoesOnAfterTheCue() {
        // '"A," Oster told reporters ... "B."' is one remark in two pieces: one report (issue 14).
        List<String> joined = quote("This bridge will join the two halves of our city");
        assertEquals("Katrin Oster", unquote(joined.get(2)));
        assertTrue(joined.get(3).contains("Work starts in the spring."), joined.toString());
        assertEquals("Pavel Lindqvist", speaker("We have waited thirty years for this moment"));
        assertEquals("Mira Hallberg", speaker("Veldhaven cannot afford another unfinished project"));
    }

    @Test
    void partialQuoteInsideReportedSpeech() {
        assertEquals("Pavel Lindqvist", speaker("the company was \"not worried about the cost\" of the closures during construction"));
    }

    @Test
    void pronounsResolveToThePersonJustNamed() {
        List<String> row = quote("the council had ignored the engineers");
        assertEquals("Mira Hallberg", unquote(row.get(2)));
        assertEquals("Mira Hallberg", speaker("The engineers told the council so in May."));
    }

    @Test
    void aDescriptionThatFitsNoNamedBodyKeepsNoSpeakerEntity() {
        // "the regional transport ministry" is not the shipping company named before it.
        List<String> row = quote("the bridge will cost 120 million euros");
        assertEquals("", row.get(1), row.toString());
        assertEquals("the regional transport ministry", unquote(row.get(2)));
    }

    @Test
    void aQuoteSplitByItsCueIsTheSameSpeakersOnBothSides() {
        List<String> joined = quote("We are not against the bridge");
        assertEquals("Anders Vik", unquote(joined.get(2)));
        assertTrue(joined.get(3).contains("but nobody asked us where the pillars would go."), joined.toString());
    }

    @Test
    void aQuoteRunningOverTwoParagraphsIsOneReport() {
        List<String> row = quote("The council promised us a meeting in August.");
        assertEquals("Anders Vik", unquote(row.get(2)));
        assertTrue(row.get(3).contains("That meeting never happened"), row.toString());
    }

    @Test
    void aQuoteWhoseOpeningMarkWasLostInScraping() {
        assertEquals("Sara Holm", speaker("Nobody has paid the fishermen anything for the lost season"));
    }

    @Test
    void appositionsAroundTheSpeaker() {
        assertEquals("Tomas Ekdal", speaker("the first crossing carried 112 passengers"));
        // The content keeps its first word, an adverb of its own ("more"), not of the cue.
        assertEquals("Greta Lund", speaker("more sailings would follow in June"));
    }

    @Test
    void anOccasionToldIsTheVenueNotTheListener() {
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "tsv", "-e",
                "SELECT ?addressee ?venue WHERE { ?r schema:text ?t OPTIONAL { ?r newskg:addressee ?addressee }"
                        + " OPTIONAL { ?r newskg:venue ?venue } FILTER(STRSTARTS(?t, 'The timetable for the winter')) }");
        assertEquals(List.of("?addressee", "?venue"), List.of(q.out().lines().findFirst().orElseThrow().split("\t")));
        assertEquals("\t\"a regular press conference\"", q.out().lines().skip(1).findFirst().orElseThrow(), q.out());
    }

    @Test
    void whatCriticsCalledSomethingIsACharacterisationNotSpeech() {
        // "Critics have called the project a \"vanity bridge\"": what it was called, of its own kind (issue 14).
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "tsv", "-e",
                "SELECT ?kind ?t WHERE { ?r schema:text ?t ; newskg:reportKind ?kind FILTER(CONTAINS(?t, 'vanity bridge')) }");
        List<String> lines = q.out().lines().skip(1).toList();
        assertEquals(1, lines.size(), q.out());
        assertTrue(lines.get(0).startsWith("<https://newskg.org/ns#Characterization>"), q.out());
        assertTrue(lines.get(0).contains("a \\\"vanity bridge\\\"\""), q.out());
    }

    @Test
    void whatWasNotSaidIsNoReport() {
        assertTrue(quotes.keySet().stream().noneMatch(t -> t.contains("winter fares")), quotes.keySet().toString());
    }

    @Test
    void theSameRemarkInTwoOutletsIsOneStatementWithBothReports() {
        String full = quote("This bridge will join the two halves of our city").get(0);
        String partial = quote("the harbour bridge would \"join the two halves of our city\"").get(0);
        assertTrue(!full.isEmpty() && full.equals(partial), full + " vs " + partial);
        List<String> corroborated = rows("queries/corroboration.rq").get(1);
        assertEquals(full, corroborated.get(0));
        assertEquals("2", unquote(corroborated.get(3)));
        assertEquals("2", unquote(corroborated.get(5)));
        // The Gazette published first (18:30 on the 12th), so it reported first.
        assertTrue(corroborated.get(6).startsWith("\"2024-09-12T18:30:00+02:00\""), corroborated.toString());
    }

    @Test
    void differentRemarksOfOneSpeakerStayApart() {
        assertTrue(!quote("the council had approved the new harbour bridge").get(0)
                .equals(quote("This bridge will join the two halves of our city").get(0)));
    }

    @Test
    void removingAnArticleRecountsTheStatementsItReported(@TempDir Path own) throws Exception {
        Path local = own.resolve("store");
        Path in = own.resolve("in");
        java.nio.file.Files.createDirectories(in);
        for (String name : List.of("veldhaven-post.txt", "brennmark-gazette.txt")) {
            java.nio.file.Files.copy(Path.of("src/test/resources/statements", name), in.resolve(name));
        }
        assertEquals(ExitCodes.OK, CliRun.of("ingest", "--store", local.toString(), in.toString()).exitCode());
        // The statement of the mayor's bridge remark, found through the report of the article that stays.
        String count = "SELECT ?n WHERE { ?r schema:text ?t FILTER(STRSTARTS(?t, 'This bridge will join'))"
                + " GRAPH <urn:newskg:corpus> { ?r newskg:reports ?s . ?s newskg:articleCount ?n } }";
        assertEquals("2", unquote(CliRun.of("query", "--store", local.toString(), "--format", "tsv", "-e", count).out().lines().skip(1).findFirst().orElseThrow()));
        CliRun removed = CliRun.of("remove", "--store", local.toString(), in.resolve("brennmark-gazette.txt").toString());
        assertEquals(ExitCodes.OK, removed.exitCode(), removed.err());
        assertEquals("1", unquote(CliRun.of("query", "--store", local.toString(), "--format", "tsv", "-e", count).out().lines().skip(1).findFirst().orElseThrow()));
        CliRun dangling = CliRun.of("query", "--store", local.toString(), "--format", "tsv", "-e",
                "SELECT ?r WHERE { GRAPH <urn:newskg:corpus> { ?s newskg:hasReport ?r } FILTER NOT EXISTS { GRAPH ?g { ?r a newskg:Report } } }");
        assertEquals(1, dangling.out().lines().count(), "no statement keeps a report of the removed article: " + dangling.out());
    }
}
