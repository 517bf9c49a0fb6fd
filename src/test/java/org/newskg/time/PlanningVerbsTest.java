package org.newskg.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.time.TenseRulesTest.article;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.AnnotatedArticle;

/** {@link TimeNormalizer.Rule#PLANNING_VERBS}: what is planned or scheduled lies ahead (planning-verbs.tsv). */
class PlanningVerbsTest {
    /** Wednesday 30 September 1998. */
    private static final LocalDate PUBLISHED = LocalDate.of(1998, 9, 30);

    private static String value(AnnotatedArticle a) {
        return new TimeNormalizer().expressions(a).get(0).value();
    }

    @Test
    void aPlannedDayIsTheComingOneInAPastSentence() {
        assertEquals("1998-10-01", value(article("The/DT team/NN planned/VBD to/TO leave/VB Nairobi/NNP on/IN Thursday/NNP ./.",
                PUBLISHED, new String[] {"Thursday", "DATE", "1998-09-24"})));
        assertEquals("1998-10-03", value(article("Protesters/NNS planned/VBD a/DT demonstration/NN on/IN Saturday/NNP ./.",
                PUBLISHED, new String[] {"Saturday", "DATE", "1998-09-26"})));
        assertEquals("1998-10-01", value(article("He/PRP has/VBZ scheduled/VBN a/DT news/NN conference/NN Thursday/NNP ./.",
                PUBLISHED, new String[] {"Thursday", "DATE", "1998-09-24"})));
        assertEquals("1999-03", value(article("The/DT accession/NN was/VBD planned/VBN for/IN early/JJ March/NNP ./.",
                PUBLISHED, new String[] {"early March", "DATE", "1998-03"})));
    }

    @Test
    void beToAndAVerbIsPlannedToo() {
        assertEquals("1998-10-06", value(article("The/DT stock/NN is/VBZ to/TO resume/VB trading/NN Tuesday/NNP ./.",
                PUBLISHED, new String[] {"Tuesday", "DATE", "1998-09-29"})));
    }

    @Test
    void aPlanToldBeforeTheDateOrCarriedOutOrOfAQuarterIsNotAhead() {
        assertEquals("1998-09-25", value(article("On/IN Friday/NNP ,/, the/DT government/NN planned/VBD to/TO pay/VB ./.",
                PUBLISHED, new String[] {"Friday", "DATE", "1998-10-02"})), "the verb comes after the date");
        assertEquals("1998-09-26", value(article("The/DT offensive/NN began/VBD as/IN previously/RB planned/VBN Saturday/NNP ./.",
                PUBLISHED, new String[] {"Saturday", "DATE", "1998-10-03"})), "previously planned");
        assertEquals("1998-Q3", value(article("It/PRP plans/VBZ to/TO restructure/VB after/IN a/DT third-quarter/JJ loss/NN ./.",
                PUBLISHED, new String[] {"third-quarter", "DATE", "1998-Q3"})), "a quarter is reported when it is over");
    }

    @Test
    void otherPastVerbsStayPast() {
        assertEquals("1998-09-24", value(article("The/DT team/NN left/VBD Nairobi/NNP on/IN Thursday/NNP ./.",
                PUBLISHED, new String[] {"Thursday", "DATE", "1998-10-01"})));
    }

    @Test
    void withoutTheRuleThePlanIsPast() {
        AnnotatedArticle a = article("The/DT team/NN planned/VBD to/TO leave/VB Nairobi/NNP on/IN Thursday/NNP ./.",
                PUBLISHED, new String[] {"Thursday", "DATE", "1998-10-01"});
        assertEquals("1998-09-24", new TimeNormalizer(EnumSet.complementOf(EnumSet.of(TimeNormalizer.Rule.PLANNING_VERBS)))
                .expressions(a).get(0).value());
    }
}
