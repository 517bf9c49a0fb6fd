package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * conlleval's entity-level counts on invented sentences, with the numbers worked out by hand:
 * an entity is correct only with the same type and both boundaries.
 */
class NerScorerTest {
    private static List<NerSpan> tags(String tags) {
        return Iob.spans(Arrays.asList(tags.split(" ")));
    }

    @Test
    void exactMatchIsCorrect() {
        NerScorer s = new NerScorer();
        SentenceComparison c = s.add(tags("B-PER I-PER O B-LOC"), tags("B-PER I-PER O B-LOC"));
        assertEquals(List.of(), c.missed());
        assertEquals(new NerCounts(1, 1, 1), s.scores().of("PER"));
        assertEquals(new NerCounts(2, 2, 2), s.scores().overall());
        assertEquals(1.0, s.scores().overall().f1());
    }

    @Test
    void wrongBoundaryIsOneMissAndOneSpurious() {
        NerScorer s = new NerScorer();
        // Gold "Lena Marsh Varga" (PER); system found only "Marsh Varga".
        SentenceComparison c = s.add(tags("B-PER I-PER I-PER O"), tags("O B-PER I-PER O"));
        assertEquals(List.of(new NerSpan("PER", 0, 3)), c.missed());
        assertEquals(List.of(new NerSpan("PER", 1, 3)), c.spurious());
        assertEquals(new NerCounts(1, 1, 0), s.scores().of("PER"));
        assertEquals(0.0, s.scores().of("PER").f1());
    }

    @Test
    void wrongTypeCountsAgainstBothTypes() {
        NerScorer s = new NerScorer();
        s.add(tags("B-ORG O"), tags("B-LOC O"));
        assertEquals(new NerCounts(1, 0, 0), s.scores().of("ORG"));
        assertEquals(new NerCounts(0, 1, 0), s.scores().of("LOC"));
        assertEquals(new NerCounts(1, 1, 0), s.scores().overall());
    }

    @Test
    void iob1GoldAgainstIob2SystemIsTheSameEntities() {
        NerScorer s = new NerScorer();
        s.add(tags("I-PER I-PER O I-LOC B-LOC"), tags("B-PER I-PER O B-LOC B-LOC"));
        assertEquals(new NerCounts(3, 3, 3), s.scores().overall());
    }

    @Test
    void adjacentEntitiesMergedBySystemAreBothWrong() {
        NerScorer s = new NerScorer();
        // IOB1 gold: two places side by side, the second opened by B-; the system makes one of them.
        s.add(tags("I-LOC B-LOC O"), tags("B-LOC I-LOC O"));
        assertEquals(new NerCounts(2, 1, 0), s.scores().of("LOC"));
    }

    @Test
    void entityAtSentenceEndMatches() {
        NerScorer s = new NerScorer();
        s.add(tags("O O B-ORG I-ORG"), tags("O O B-ORG I-ORG"));
        assertEquals(new NerCounts(1, 1, 1), s.scores().of("ORG"));
    }

    @Test
    void precisionRecallAndF1OverADocument() {
        // Invented document; gold has 4 PER/ORG/LOC entities and 1 MISC.
        String conll = """
                -DOCSTART- -X- -X- O

                Tavi NNP B-NP B-PER
                Orlund NNP I-NP I-PER
                joined VBD B-VP O
                Brask NNP B-NP B-ORG
                Metals NNPS I-NP I-ORG
                in IN B-PP O
                Kelmor NNP B-NP B-LOC
                . . O O

                The DT B-NP O
                Velish JJ I-NP B-MISC
                envoy NN I-NP O
                met VBD B-VP O
                Orlund NNP B-NP B-PER
                """;
        List<ConllSentence> sentences = ConllReader.readAll(new StringReader(conll), "doc").get(0).sentences();
        NerScorer s = new NerScorer();
        // System: right person, "Brask" alone as ORG (boundary), Kelmor as ORG (type), MISC right, a spurious LOC.
        s.add(sentences.get(0).gold(), tags("B-PER I-PER O B-ORG O O B-ORG O"));
        s.add(sentences.get(1).gold(), tags("B-LOC B-MISC O O B-PER"));
        NerScores scores = s.scores();
        assertEquals(new NerCounts(2, 2, 2), scores.of("PER"));
        assertEquals(new NerCounts(1, 2, 0), scores.of("ORG"));
        assertEquals(new NerCounts(1, 1, 0), scores.of("LOC"));
        assertEquals(new NerCounts(1, 1, 1), scores.of("MISC"));
        NerCounts kept = scores.of(NerScores.KEPT);
        assertEquals(new NerCounts(4, 5, 2), kept);
        assertEquals(0.4, kept.precision(), 1e-12);
        assertEquals(0.5, kept.recall(), 1e-12);
        assertEquals(2 * 0.4 * 0.5 / 0.9, kept.f1(), 1e-12);
        assertEquals(new NerCounts(5, 6, 3), scores.overall());
    }

    @Test
    void noPredictionsGivesZeroNotNaN() {
        NerScorer s = new NerScorer();
        s.add(tags("B-PER"), tags("O"));
        assertEquals(0.0, s.scores().of("PER").precision());
        assertEquals(0.0, s.scores().of("PER").f1());
        assertEquals(0.0, s.scores().of("ORG").recall());
    }

    @Test
    void tableListsKeptTypesTheirSumMiscAndOverall() {
        NerScorer s = new NerScorer();
        s.add(tags("B-PER O B-MISC"), tags("B-PER O O"));
        String table = s.scores().render();
        List<String> labels = table.lines().skip(1).map(l -> l.split(" +")[0]).toList();
        assertEquals(List.of("PER", "ORG", "LOC", "PER+ORG+LOC", "MISC", "overall"), labels);
        assertEquals("PER+ORG+LOC        1       1       1    1.0000  1.0000  1.0000", table.lines().toList().get(4));
        assertEquals("MISC               1       0       0    0.0000  0.0000  0.0000", table.lines().toList().get(5));
    }
}
