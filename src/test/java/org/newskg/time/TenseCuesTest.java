package org.newskg.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.time.TenseRulesTest.article;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.AnnotatedArticle;

/** {@link TimeNormalizer.Rule#TENSE_CUES}: words before a date (tense-cues.tsv) and participles standing alone. */
class TenseCuesTest {
    /** Wednesday 1 November 1989. */
    private static final LocalDate PUBLISHED = LocalDate.of(1989, 11, 1);

    private static String value(AnnotatedArticle a) {
        return new TimeNormalizer().expressions(a).get(0).value();
    }

    @Test
    void aPastCueWordPlacesTheDateBefore() {
        // "had revenue of $76 million for the year ended March 31": SUTime reads the coming March 31
        assertEquals("1989-03-31", value(article("It/PRP had/VBD revenue/NN for/IN the/DT year/NN ended/VBN March/NNP 31/CD ./.",
                PUBLISHED, new String[] {"March 31", "DATE", "1990-03-31"})));
        assertEquals("1989-03", value(article("Prices/NNS rose/VBD since/IN March/NNP ./.", PUBLISHED,
                new String[] {"March", "DATE", "1990-03"})));
    }

    @Test
    void aFutureCueWordPlacesTheDateAfterEvenInAPastSentence() {
        assertEquals("1989-12-15", value(article("It/PRP declared/VBD a/DT dividend/NN ,/, payable/JJ Dec./NNP 15/CD ./.",
                PUBLISHED, new String[] {"Dec. 15", "DATE", "1988-12-15"})));
        assertEquals("1990-02-01", value(article("It/PRP created/VBD an/DT office/NN ,/, effective/JJ Feb./NNP 1/CD ./.",
                PUBLISHED, new String[] {"Feb. 1", "DATE", "1989-02-01"})));
        assertEquals("1989-11-17", value(article("It/PRP is/VBZ payable/JJ to/TO stock/NN of/IN record/NN Nov./NNP 17/CD ./.",
                PUBLISHED, new String[] {"Nov. 17", "DATE", "1988-11-17"})), "two words: of record");
    }

    @Test
    void aDeadlineLiesAheadUnlessToldInThePastPerfect() {
        assertEquals("1989-11-03", value(article("The/DT government/NN kept/VBD markets/NNS closed/VBN until/IN Friday/NNP ./.",
                PUBLISHED, new String[] {"Friday", "DATE", "1989-10-27"})));
        assertEquals("1989-10-26", value(article("Until/IN Thursday/NNP ,/, they/PRP had/VBD not/RB called/VBN him/PRP ./.",
                PUBLISHED, new String[] {"Thursday", "DATE", "1989-11-02"})));
    }

    @Test
    void aParticipleStandingAloneIsPast() {
        assertEquals("1989-07-01", value(article("shares/NNS issued/VBN July/NNP 1/CD will/MD receive/VB less/JJR ./.",
                PUBLISHED, new String[] {"July 1", "DATE", "1990-07-01"})));
        assertEquals("1990-04", value(article("products/NNS are/VBP introduced/VBN in/IN April/NNP ./.", PUBLISHED,
                new String[] {"April", "DATE", "1990-04"})), "with its auxiliary the participle is present: SUTime's reading");
    }

    @Test
    void withoutTheRuleTheCueWordIsNotRead() {
        AnnotatedArticle a = article("It/PRP created/VBD an/DT office/NN ,/, effective/JJ Feb./NNP 1/CD ./.",
                PUBLISHED, new String[] {"Feb. 1", "DATE", "1990-02-01"});
        assertEquals("1989-02-01", new TimeNormalizer(EnumSet.complementOf(EnumSet.of(TimeNormalizer.Rule.TENSE_CUES)))
                .expressions(a).get(0).value());
    }
}
