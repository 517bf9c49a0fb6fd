package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysts' query library in queries/, run by the real command line against a store built
 * from the project's own sample articles (several outlets' versions of one invented story).
 */
class QueryLibraryIT {
    private static final Path QUERIES = Path.of("queries");

    @TempDir
    static Path tmp;

    private static Path store;

    @BeforeAll
    static void ingestTheSamples() {
        store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), "samples");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    }

    private static List<List<String>> rows(String queryFile) {
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "tsv", QUERIES.resolve(queryFile).toString());
        assertEquals(ExitCodes.OK, q.exitCode(), q.err());
        return q.out().lines().map(l -> List.of(l.split("\t", -1))).toList();
    }

    /** Runs a library query with its VALUES line replaced, as an analyst would edit it. */
    private static List<List<String>> rowsWith(String queryFile, String valuesLine) throws IOException {
        String text = Files.readString(QUERIES.resolve(queryFile));
        String edited = text.replaceFirst("(?m)^( *)VALUES .*$", "$1" + java.util.regex.Matcher.quoteReplacement(valuesLine));
        assertTrue(!edited.equals(text), queryFile + " has a VALUES line");
        Path file = tmp.resolve(queryFile);
        Files.writeString(file, edited);
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "tsv", file.toString());
        assertEquals(ExitCodes.OK, q.exitCode(), q.err());
        return q.out().lines().map(l -> List.of(l.split("\t", -1))).toList();
    }

    private static List<List<String>> body(List<List<String>> rows) {
        return rows.subList(1, rows.size());
    }

    private static int number(String cell) {
        return Integer.parseInt(cell);
    }

    private static List<String> header(String queryFile) {
        return rows(queryFile).get(0);
    }

    @Test
    void everyQueryHasAHeaderSayingWhatItAnswersAndRuns() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(QUERIES)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 10, files.toString());
        for (Path f : files) {
            String first = Files.readAllLines(f).get(0);
            assertTrue(first.startsWith("# ") && first.length() > 20, f + " starts with a comment header: " + first);
            CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "tsv", f.toString());
            assertEquals(ExitCodes.OK, q.exitCode(), f + ": " + q.err());
            assertTrue(q.out().lines().count() > 1, f + " finds something in the samples:\n" + q.out());
        }
    }

    @Test
    void contractQueriesHaveExactlyTheirColumns() {
        assertEquals(List.of("?article", "?source", "?title", "?publisher", "?published"), header("articles.rq"));
        assertEquals(List.of("?person", "?name", "?article"), header("people.rq"));
        assertEquals(List.of("?org", "?name", "?article"), header("organizations.rq"));
        assertEquals(List.of("?person", "?name", "?role", "?affiliation", "?affiliationName", "?article"), header("roles.rq"));
    }

    @Test
    void articlesAreListedWithTheirSourceAndWhatTheyStateAboutThemselves() {
        List<List<String>> rows = rows("articles.rq");
        assertEquals(5, rows.size(), rows.toString());
        List<String> ledger = rows.stream().filter(r -> r.get(1).contains("01-harbour-ledger.txt")).findFirst().orElseThrow();
        assertEquals("\"Norway and Portugal sign deal for North Sea power cable\"", ledger.get(2));
        assertEquals("\"The Harbour Ledger\"", ledger.get(3));
        assertTrue(ledger.get(4).startsWith("\"2025-03-12T09:40:00+01:00\"^^"), ledger.toString());
        // An article that states no date keeps none, and is listed last.
        assertEquals("", rows.get(4).get(4), rows.toString());
    }

    @Test
    void aPersonNamedByEveryOutletIsOneNodeWithOneRowPerArticle() {
        List<List<String>> halvorsen = rows("people.rq").stream().filter(r -> r.get(1).equals("\"Eirik Halvorsen\"")).toList();
        assertEquals(4, halvorsen.size(), halvorsen.toString());
        assertEquals(Set.of("<https://newskg.org/id/person/eirik-halvorsen>"),
                halvorsen.stream().map(r -> r.get(0)).collect(Collectors.toSet()));
        assertEquals(4, halvorsen.stream().map(r -> r.get(2)).distinct().count());
    }

    @Test
    void peopleFromTeaserListsAreNotInTheGraph() {
        List<String> names = rows("people.rq").stream().map(r -> r.get(1)).toList();
        assertFalse(names.contains("\"Jonas Weber\""), names.toString());
        assertFalse(names.contains("\"Raul Ortega\""), names.toString());
    }

    @Test
    void placesSayWhatKindOfPlaceTheyAre() {
        assertTrue(rows("places.rq").stream().anyMatch(r -> r.get(1).equals("\"Oslo\"") && r.get(2).equals("<http://schema.org/City>")));
    }

    @Test
    void coMentionsCountArticlesOncePerUnorderedPair() {
        List<List<String>> rows = rows("co-mentions.rq");
        List<String> top = rows.get(1);
        assertEquals(List.of("\"Eirik Halvorsen\"", "\"Marta Quintela\"", "4"),
                List.of(top.get(1), top.get(3), top.get(4)), rows.toString());
        assertEquals(rows.size(), rows.stream().map(r -> r.get(0) + r.get(2)).distinct().count());
    }

    @Test
    void theEntityQueryGivesTheExactWordsOfEveryMention() {
        List<List<String>> rows = rows("entity.rq");
        assertTrue(rows.size() > 4, rows.toString());
        assertTrue(rows.stream().skip(1).allMatch(r -> r.get(5).equals("\"Marta Quintela\"") || r.get(5).equals("\"Quintela\"")),
                rows.toString());
    }

    @Test
    void organisationsAreOneNodeWithOneRowPerArticle() {
        List<List<String>> commission = rows("organizations.rq").stream()
                .filter(r -> r.get(1).equals("\"European Commission\"")).toList();
        assertEquals(3, commission.size(), commission.toString());
        assertEquals(1, commission.stream().map(r -> r.get(0)).distinct().count());
        assertEquals(3, commission.stream().map(r -> r.get(2)).distinct().count());
    }

    @Test
    void quotesShareTheirStatementAcrossArticlesAndKeepEachArticlesWords() {
        List<List<String>> rows = body(rows("quotes.rq"));
        List<List<String>> fjords = rows.stream().filter(r -> r.get(3).contains("clean power from")).toList();
        assertEquals(3, fjords.size(), fjords.toString());
        assertEquals(1, fjords.stream().map(r -> r.get(0)).distinct().count(), "one statement");
        assertEquals(3, fjords.stream().map(r -> r.get(3)).distinct().count(), "three wordings");
        assertTrue(fjords.stream().allMatch(r -> r.get(2).equals("\"Eirik Halvorsen\"")), fjords.toString());
        // A speaker the article does not name keeps the article's words, and no statement.
        List<String> unnamed = rows.stream().filter(r -> r.get(2).equals("\"Norway's prime minister\"")).findFirst().orElseThrow();
        assertEquals("", unnamed.get(0));
        assertEquals("", unnamed.get(1));
    }

    @Test
    void corroborationRanksTheRemarkEveryOutletCarriedFirst() {
        List<List<String>> rows = body(rows("corroboration.rq"));
        List<String> top = rows.get(0);
        assertEquals("\"Eirik Halvorsen\"", top.get(1));
        assertTrue(top.get(2).contains("clean power from our fjords"), top.toString());
        assertEquals(List.of(3, 3, 3), List.of(number(top.get(3)), number(top.get(4)), number(top.get(5))));
        assertTrue(top.get(6).startsWith("\"2025-03-12T09:40:00+01:00\""), "the earliest report: " + top);
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(number(rows.get(i - 1).get(5)) >= number(rows.get(i).get(5)), "by independent outlets: " + rows);
        }
    }

    @Test
    void reactionsComeFromAnotherSpeakerAboutTheFirst() {
        List<List<String>> rows = body(rows("reactions.rq"));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("\"Duarte Silva\"")
                && r.get(1).contains("who would pay") && r.get(3).equals("\"Marta Quintela\"")), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.get(0).equals(r.get(3))), rows.toString());
    }

    @Test
    void saidByListsOneSpeakersReportsWithTheirCues() throws IOException {
        List<List<String>> rows = body(rows("said-by.rq"));
        assertTrue(rows.size() >= 4, rows.toString());
        List<String> family = rows.stream().filter(r -> r.get(2).contains("Every family in Portugal")).findFirst().orElseThrow();
        assertEquals("<https://newskg.org/ns#DirectQuote>", family.get(1));
        assertEquals("\"said\"", family.get(3));
        assertTrue(rows.stream().anyMatch(r -> r.get(4).equals("\"parliament\"")), "an addressee: " + rows);
        // Nothing another speaker said.
        assertTrue(rows.stream().noneMatch(r -> r.get(2).contains("fishermen") || r.get(2).contains("fjords")), rows.toString());
        List<List<String>> brandt = body(rowsWith("said-by.rq", "VALUES ?wanted { \"lena brandt\" }"));
        assertTrue(brandt.size() >= 2 && brandt.stream().allMatch(r -> !r.get(2).contains("Every family")), brandt.toString());
    }

    @Test
    void sentencesWithTwoGiveTheWordsOfEachArticle() {
        List<List<String>> rows = body(rows("sentences-with-two.rq"));
        assertEquals(4, rows.stream().map(r -> r.get(0)).distinct().count(), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(2).equals("\"Halvorsen\"") && r.get(3).equals("\"Quintela\"")),
                "short forms as written: " + rows);
    }

    @Test
    void statementsAboutAnEntityNameItAndComeFromOthers() {
        List<List<String>> rows = body(rows("statements-about.rq"));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("\"Duarte Silva\"") && r.get(1).contains("who would pay")),
                rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.get(0).equals("\"Marta Quintela\"")), rows.toString());
    }

    @Test
    void statementsInRangeKeepToTheRangeInDateOrder() throws IOException {
        List<List<String>> march = body(rows("statements-in-range.rq"));
        assertTrue(march.size() >= 10, march.toString());
        List<String> days = march.stream().map(r -> r.get(0)).toList();
        assertEquals(days.stream().sorted().toList(), days, "oldest first");
        List<List<String>> oneDay = body(rowsWith("statements-in-range.rq",
                "VALUES (?from ?to) { (\"2025-03-13\"^^xsd:date \"2025-03-13\"^^xsd:date) }"));
        assertTrue(!oneDay.isEmpty() && oneDay.size() < march.size(), oneDay.toString());
        assertTrue(oneDay.stream().allMatch(r -> r.get(0).startsWith("\"2025-03-13\"")), oneDay.toString());
        assertTrue(body(rowsWith("statements-in-range.rq",
                "VALUES (?from ?to) { (\"2024-01-01\"^^xsd:date \"2024-12-31\"^^xsd:date) }")).isEmpty());
    }

    @Test
    void topEntitiesCountArticlesThenMentions() {
        List<List<String>> rows = body(rows("top-entities.rq"));
        assertEquals(java.util.Set.of("\"Eirik Halvorsen\"", "\"Marta Quintela\""),
                java.util.Set.of(rows.get(0).get(1), rows.get(1).get(1)), rows.toString());
        assertEquals(4, number(rows.get(0).get(3)));
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(number(rows.get(i - 1).get(3)) >= number(rows.get(i).get(3)), rows.toString());
        }
        assertTrue(rows.stream().allMatch(r -> number(r.get(4)) >= number(r.get(3))), "a mention in every article counted");
    }

    @Test
    void fullTextSearchFindsStatementsReportsAndTitlesBestFirst() throws IOException {
        List<List<String>> rows = body(rows("search.rq"));
        // "opening of the cable": the samples' planned opening, an event found by its name.
        assertEquals(Set.of("\"statement\"", "\"report\"", "\"article\"", "\"event\""),
                rows.stream().map(r -> r.get(0)).collect(Collectors.toSet()), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.get(2).toLowerCase(java.util.Locale.ROOT).contains("cable")), rows.toString());
        List<Double> scores = rows.stream().map(r -> Double.parseDouble(r.get(3).replaceAll("^\"|\"\\^\\^.*$", ""))).toList();
        assertEquals(scores.stream().sorted(java.util.Comparator.reverseOrder()).toList(), scores, "best first");

        List<List<String>> names = body(rowsWith("search.rq", "VALUES ?search { \"quintela\" }"));
        assertTrue(names.stream().anyMatch(r -> r.get(0).equals("\"entity\"") && r.get(2).equals("\"Marta Quintela\"")),
                names.toString());
        List<List<String>> phrase = body(rowsWith("search.rq", "VALUES ?search { \"\\\"fishing grounds\\\"\" }"));
        assertTrue(!phrase.isEmpty() && phrase.stream().allMatch(r -> r.get(2).contains("fishing grounds")), phrase.toString());
    }

    @Test
    void outletsCountTheirArticlesReportsAndExclusives() {
        List<List<String>> rows = body(rows("outlets.rq"));
        assertEquals(4, rows.size(), rows.toString());
        assertEquals(4, rows.stream().mapToInt(r -> number(r.get(1))).sum(), "every article once");
        CliRun reports = CliRun.of("query", "--store", store.toString(), "--format", "tsv", "-e",
                "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a newskg:Report }");
        int all = number(reports.out().lines().skip(1).findFirst().orElseThrow());
        assertTrue(all > 10, reports.out());
        assertEquals(all, rows.stream().mapToInt(r -> number(r.get(2))).sum(), "every report once");
        List<String> ledger = rows.stream().filter(r -> r.get(0).equals("\"The Harbour Ledger\"")).findFirst().orElseThrow();
        assertEquals("\"2025-03-12T09:40:00+01:00\"", ledger.get(4));
        assertTrue(rows.stream().allMatch(r -> number(r.get(3)) <= number(r.get(2))), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("\"(unknown)\"")), "the article without a publisher");
    }

    @Test
    void precomputedEntityCountsAgreeWithTheRankingFromTheArticles() {
        List<List<String>> plain = body(rows("top-entities.rq"));
        List<List<String>> counted = body(rows("entity-counts.rq"));
        assertEquals(plain.stream().map(r -> List.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4))).toList(),
                counted.stream().map(r -> List.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4))).toList());
        List<String> first = counted.get(0);
        assertEquals("\"2025-03-12\"^^<http://www.w3.org/2001/XMLSchema#date>", first.get(5), first.toString());
        assertEquals("\"2025-03-13\"^^<http://www.w3.org/2001/XMLSchema#date>", first.get(6), first.toString());
    }

    @Test
    void thePrecomputedNetworkHasThePairsAndWeightsOfCoMentions() {
        Set<List<String>> plain = body(rows("co-mentions.rq")).stream()
                .map(r -> List.of(r.get(0), r.get(2), r.get(4))).collect(Collectors.toSet());
        Set<List<String>> counted = body(rows("co-mention-network.rq")).stream()
                .filter(r -> !r.get(0).contains("/place/") && !r.get(2).contains("/place/"))
                .map(r -> List.of(r.get(0), r.get(2), r.get(4))).collect(Collectors.toSet());
        assertTrue(plain.size() > 3, plain.toString());
        assertEquals(plain, counted);
    }

    @Test
    void oneEntitysPartnersAreTheSameFromTheArticlesAndFromTheCounts() throws IOException {
        List<List<String>> plain = body(rows("co-mentioned-with.rq"));
        List<List<String>> counted = body(rows("co-mentioned-with-counts.rq"));
        assertTrue(plain.stream().anyMatch(r -> r.get(2).equals("\"Eirik Halvorsen\"") && r.get(3).equals("4")), plain.toString());
        assertEquals(plain, counted.stream().map(r -> r.subList(0, 4)).toList());
        assertTrue(counted.stream().allMatch(r -> r.get(4).startsWith("\"2025-03-")), counted.toString());
        // The VALUES line sets the entity.
        assertTrue(body(rowsWith("co-mentioned-with-counts.rq", "VALUES ?wanted { \"Eirik Halvorsen\" }")).stream()
                .anyMatch(r -> r.get(2).equals("\"Marta Quintela\"")));
    }
}
