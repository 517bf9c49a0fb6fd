package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatementClustererTest {
    private static final String OSTER = "https://example.org/id/person/katrin-oster";
    private static final String LINDQVIST = "https://example.org/id/person/pavel-lindqvist";

    private static StoredReport report(String id, String article, String speaker, String text, String outlet,
            String agency, String published) {
        return new StoredReport("r:" + id, "a:" + article, Optional.ofNullable(speaker), text, outlet,
                Optional.ofNullable(agency), Optional.ofNullable(published));
    }

    private final StatementClusterer clusterer = new StatementClusterer();

    @Test
    void aPartialQuoteJoinsTheFullQuoteItIsPartOf() {
        List<Statement> s = clusterer.cluster(List.of(
                report("1", "x", OSTER, "This bridge will join the two halves of our city and bring trade back", "Ledger", null, "2024-09-12"),
                report("2", "y", OSTER, "the bridge would \"join the two halves of our city\"", "Courier", null, "2024-09-13")));
        assertEquals(1, s.size(), s.toString());
        assertEquals(2, s.get(0).articles());
        assertEquals("This bridge will join the two halves of our city and bring trade back", s.get(0).text());
        assertTrue(s.get(0).mergeReasons().get(0).startsWith("r:2 joins r:1: same speaker"), s.get(0).mergeReasons().toString());
    }

    @Test
    void theQuotedWordsOfAPartialQuoteJoinTheFullQuote() {
        // The reporter's words around the quote would dilute the containment below the threshold.
        List<Statement> s = clusterer.cluster(List.of(
                report("1", "x", OSTER, "I have not seen any plan drawn up for the harbour by the council or the mayor or anyone in the region", "Ledger", null, "2024-09-12"),
                report("2", "y", OSTER, "she had \"not seen any plan drawn up\" inside the council regarding the old quay and its future use",
                        "Courier", null, "2024-09-13")));
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).mergeReasons().get(0).contains("quoted words"), s.get(0).mergeReasons().toString());
    }

    @Test
    void quotedWordsAreReadInsideEveryKindOfMark() {
        assertEquals("a b c ", StatementClusterer.quotedWords("x \u201ca b\u201d y ''c'' z"));
        assertEquals("", StatementClusterer.quotedWords("no marks here"));
    }

    @Test
    void theSameWordsFromAnotherSpeakerAreAnotherStatement() {
        List<Statement> s = clusterer.cluster(List.of(
                report("1", "x", OSTER, "The harbour bridge will open in the spring", "Ledger", null, null),
                report("2", "y", LINDQVIST, "The harbour bridge will open in the spring", "Ledger", null, null)));
        assertEquals(2, s.size());
    }

    @Test
    void remarksOfUnknownSpeakersAreNeverMerged() {
        List<Statement> s = clusterer.cluster(List.of(
                report("1", "x", null, "The harbour bridge will open in the spring", "Ledger", null, null),
                report("2", "y", null, "The harbour bridge will open in the spring", "Courier", null, null)));
        assertTrue(s.isEmpty());
    }

    @Test
    void twoRemarksOnOneTopicStayApart() {
        List<Statement> s = clusterer.cluster(List.of(
                report("1", "x", OSTER, "The harbour bridge will open in the spring", "Ledger", null, null),
                report("2", "y", OSTER, "The harbour bridge has cost too much and the council must explain why", "Courier", null, null)));
        assertEquals(2, s.size(), s.toString());
    }

    @Test
    void copiesOfOneAgencyStoryCountAsOneIndependentSource() {
        String words = "Work on the harbour bridge starts in the spring";
        List<Statement> s = clusterer.cluster(List.of(
                report("1", "x", OSTER, words, "Ledger", "Reuters", "2024-09-12T10:00:00+02:00"),
                report("2", "y", OSTER, words, "Courier", "Reuters", "2024-09-12T07:00:00Z"),
                report("3", "z", OSTER, words, "Gazette", null, null),
                report("4", "z", OSTER, words, "Gazette", null, null)));
        Statement st = s.get(0);
        assertEquals(3, st.articles());
        assertEquals(3, st.outlets());
        assertEquals(2, st.independentOutlets());
        // 07:00Z is earlier than 10:00+02:00 (08:00Z): time zones are compared, not strings.
        assertEquals("a:y", st.first().orElseThrow().article());
    }

    @Test
    void similarityCountsContentWordsOfTheShorterReport() {
        StatementClusterer.Similarity s = StatementClusterer.similarity(
                "We are not aware of any decision", "I am not aware of any decision made at the council");
        assertEquals(2, s.shared()); // aware, decision
        assertEquals(1.0, s.containment());
    }

    @Test
    void theThresholdMustBeAProportion() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new StatementClusterer(0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new StatementClusterer(1.5));
    }

    @Test
    void onlyReportsThatShareThreeWordsOrQuotedWordsAreCompared() {
        List<java.util.Set<String>> words = List.of(java.util.Set.of("bridge", "city", "trade", "harbour"),
                java.util.Set.of("bridge", "city", "trade"), java.util.Set.of("bridge", "city", "budget"),
                java.util.Set.of("budget", "tax"));
        List<java.util.Set<String>> quoted = List.of(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of("harbour", "bridge", "city"));
        List<int[]> earlier = StatementClusterer.sharingWords(words, quoted);
        assertEquals(List.of("[]", "[0]", "[]", "[0, 2]"), earlier.stream().map(java.util.Arrays::toString).toList());
    }
}
