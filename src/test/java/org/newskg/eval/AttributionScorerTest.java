package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.core.Span;

/** Attribution scoring on an invented article, with the numbers worked out by hand. */
class AttributionScorerTest {
    private static final String TEXT = "Mayor Lena Ortiz said the bridge would reopen in May. “We are nearly done,” she told "
            + "reporters. The council, according to a memo, plans a vote. Critics argued that the whole project had been "
            + "badly delayed from the start.";

    /** The span of the n-th (from 0) occurrence of some words. */
    private static Span at(String words, int n) {
        int from = -1;
        for (int i = 0; i <= n; i++) {
            from = TEXT.indexOf(words, from + 1);
        }
        if (from < 0) {
            throw new IllegalArgumentException(words);
        }
        return new Span(from, from + words.length());
    }

    private static Span at(String words) {
        return at(words, 0);
    }

    private static GoldAttribution gold(String id, List<Span> content, String source, String cue) {
        return new GoldAttribution(id, content, source == null ? List.of() : List.of(at(source)), List.of(at(cue)));
    }

    private static SystemAttribution sys(String content, String speaker, boolean direct) {
        return new SystemAttribution(at(content), Optional.ofNullable(speaker).map(AttributionScorerTest::at), direct, "");
    }

    private static final List<GoldAttribution> GOLD = List.of(
            gold("E1", List.of(at("the bridge would reopen in May")), "Mayor Lena Ortiz", "said"),
            gold("E2", List.of(at("“We are nearly done,”")), "she", "told"),
            gold("E3", List.of(at("The council"), at("plans a vote")), "a memo", "according to"),
            gold("E4", List.of(at("the whole project had been badly delayed from the start")), "Critics", "argued"));

    private static final List<SystemAttribution> SYSTEM = List.of(
            sys("the bridge would reopen in May", "Lena Ortiz", false), // exact, speaker inside the gold source
            sys("We are nearly done", null, true),                      // exact on letters, no speaker
            sys("plans a vote", "The council", false),                  // 10 of 20 gold letters: F1 2/3, speaker wrong
            sys("the start", "Critics", false),                         // 8 of 46 letters: F1 16/54, below 0.5
            sys("reporters", "she", false));                            // overlaps nothing

    @Test
    void countsTheThreeMatchingsByHand() {
        AttributionScorer scorer = new AttributionScorer();
        scorer.add(TEXT, GOLD, SYSTEM);
        AttributionScores s = scorer.scores();
        assertEquals(4, s.gold());
        assertEquals(5, s.system());
        assertEquals(2, s.exact());
        assertEquals(3, s.overlap());
        assertEquals(4, s.anyOverlap());
        assertEquals(0.6, s.precision(s.overlap()), 1e-9);
        assertEquals(0.75, s.recall(s.overlap()), 1e-9);
        assertEquals(2 * 0.6 * 0.75 / 1.35, s.f1(s.overlap()), 1e-9);
        assertEquals(0.4, s.precision(s.exact()), 1e-9);
        assertEquals(1.0, s.recall(s.anyOverlap()), 1e-9);
    }

    @Test
    void byTypeAndSpeakers() {
        AttributionScorer scorer = new AttributionScorer();
        scorer.add(TEXT, GOLD, SYSTEM);
        AttributionScores s = scorer.scores();
        assertEquals(new AttributionScores.ByType(1, 1, 1, 1, 1), s.direct());
        assertEquals(new AttributionScores.ByType(3, 4, 2, 2, 2), s.indirect());
        assertEquals(0.5, s.indirect().precision(), 1e-9);
        assertEquals(new AttributionScores.Sources(1, 1, 1, 0, 0), s.source());
        assertEquals(1.0 / 3, s.source().accuracy(), 1e-9);
    }

    @Test
    void comparisonListsPairsMissesAndFalseAlarmsWithTheirNearest() {
        AttributionComparison c = new AttributionScorer().add(TEXT, GOLD, SYSTEM);
        assertEquals(List.of("E1", "E2", "E3"), c.matched().stream().map(m -> m.gold().id()).toList());
        assertEquals(List.of(true, true, false), c.matched().stream().map(AttributionComparison.Match::exact).toList());
        assertEquals(2.0 / 3, c.matched().get(2).overlap(), 1e-9);
        assertEquals(List.of(AttributionComparison.SourceCheck.RIGHT, AttributionComparison.SourceCheck.NONE,
                AttributionComparison.SourceCheck.WRONG), c.matched().stream().map(AttributionComparison.Match::source).toList());
        assertEquals(1, c.missed().size());
        assertEquals("E4", c.missed().get(0).gold().id());
        assertEquals(Optional.of(SYSTEM.get(3)), c.missed().get(0).nearest());
        assertEquals(16.0 / 54, c.missed().get(0).overlap(), 1e-9);
        assertEquals(List.of(SYSTEM.get(3), SYSTEM.get(4)), c.spurious().stream().map(AttributionComparison.Spurious::system).toList());
        assertEquals(Optional.empty(), c.spurious().get(1).nearest());
    }

    @Test
    void eachGoldIsUsedOnceAndTheLargerOverlapWins() {
        List<GoldAttribution> gold = List.of(gold("E1", List.of(at("the whole project had been badly delayed")), "Critics", "argued"));
        List<SystemAttribution> system = List.of(sys("the whole project", null, false),
                sys("the whole project had been badly delayed from the start", "Critics", false));
        AttributionScorer scorer = new AttributionScorer();
        AttributionComparison c = scorer.add(TEXT, gold, system);
        assertEquals(system.get(1), c.matched().get(0).system());
        assertEquals(1, scorer.scores().anyOverlap());
        assertEquals(1, scorer.scores().overlap());
        assertEquals(0, scorer.scores().exact());
        assertEquals(1, c.spurious().size());
    }

    @Test
    void goldWithoutSourceIsCountedApart() {
        List<GoldAttribution> gold = List.of(gold("E1", List.of(at("the bridge would reopen in May")), null, "said"),
                gold("E2", List.of(at("plans a vote")), null, "according to"));
        List<SystemAttribution> system = List.of(sys("the bridge would reopen in May", "Lena Ortiz", false),
                sys("plans a vote", null, false));
        AttributionScorer scorer = new AttributionScorer();
        scorer.add(TEXT, gold, system);
        assertEquals(new AttributionScores.Sources(0, 0, 0, 1, 1), scorer.scores().source());
        assertEquals(0.0, scorer.scores().source().accuracy());
    }

    @Test
    void articlesAddUp() {
        AttributionScorer scorer = new AttributionScorer();
        scorer.add(TEXT, GOLD, SYSTEM);
        scorer.add(TEXT, GOLD, List.of());
        scorer.add(TEXT, List.of(), SYSTEM.subList(0, 1));
        AttributionScores s = scorer.scores();
        assertEquals(8, s.gold());
        assertEquals(6, s.system());
        assertEquals(3, s.overlap());
        assertEquals(0.5, s.precision(s.overlap()), 1e-9);
        assertEquals(0.375, s.recall(s.overlap()), 1e-9);
    }

    @Test
    void directMeansInQuotationMarks() {
        assertTrue(AttributionScorer.isDirect(TEXT, List.of(at("“We are nearly done,”"))));
        assertTrue(AttributionScorer.isDirect(TEXT, List.of(at("We are nearly done"))));
        assertFalse(AttributionScorer.isDirect(TEXT, List.of(at("the bridge would reopen in May"))));
        String t = "He said it was “a gateway”. “Build it,” he said, “and soon.”";
        int partial = t.indexOf("it was");
        assertFalse(AttributionScorer.isDirect(t, List.of(new Span(partial, t.indexOf('.')))));
        List<Span> twoPieces = new ArrayList<>();
        twoPieces.add(new Span(t.indexOf("“Build"), t.indexOf(" he said,")));
        twoPieces.add(new Span(t.indexOf("“and"), t.length()));
        assertTrue(AttributionScorer.isDirect(t, twoPieces));
    }
}
