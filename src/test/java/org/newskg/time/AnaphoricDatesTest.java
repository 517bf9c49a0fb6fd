package org.newskg.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.time.TenseRulesTest.article;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.AnnotatedArticle;

/** {@link TimeNormalizer.Rule#ANAPHORIC_DATES}: "that same day", "later that year" (anaphoric-dates.tsv). */
class AnaphoricDatesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(1999, 2, 6);

    private static List<String> found(AnnotatedArticle a) {
        return new TimeNormalizer().expressions(a).stream().map(v -> v.text() + "=" + v.type() + ":" + v.value()).toList();
    }

    @Test
    void thatSameDayIsTheDayNamedBefore() {
        assertEquals(List.of("Feb. 2=DATE:1999-02-02", "that same day=DATE:1999-02-02"), found(article(
                "He/PRP left/VBD on/IN Feb./NNP 2/CD and/CC the/DT site/NN closed/VBD that/DT same/JJ day/NN ./.", PUBLISHED,
                new String[] {"Feb. 2", "DATE", "1999-02-02"}, new String[] {"day", "DURATION", "P1D"})));
        assertEquals(List.of("Feb. 2=DATE:1999-02-02", "Earlier that day=DATE:1999-02-02"), found(article(
                "He/PRP left/VBD on/IN Feb./NNP 2/CD ./. Earlier/RBR that/DT day/NN ,/, it/PRP rained/VBD ./.", PUBLISHED,
                new String[] {"Feb. 2", "DATE", "1999-02-02"}, new String[] {"day", "DURATION", "P1D"})));
    }

    @Test
    void laterThatYearIsTheYearNamedBefore() {
        assertEquals(List.of("June 1998=DATE:1998-06", "later that year=DATE:1998"), found(article(
                "He/PRP came/VBD in/IN June/NNP 1998/CD and/CC left/VBD later/RB that/DT year/NN ./.", PUBLISHED,
                new String[] {"June 1998", "DATE", "1998-06"}, new String[] {"year", "DURATION", "P1Y"})));
    }

    @Test
    void theDayOfTheEventsIsTheDayNamedBeforeNotPublication() {
        assertEquals(List.of("Feb. 5=DATE:1999-02-05", "the day=DATE:1999-02-05"), found(article(
                "Stocks/NNS rose/VBD on/IN Feb./NNP 5/CD to/TO end/VB the/DT day/NN higher/JJR ./.", PUBLISHED,
                new String[] {"Feb. 5", "DATE", "1999-02-05"}, new String[] {"the day", "DATE", "1999-02-06"})));
    }

    @Test
    void withNoDateBeforeOrWithoutTheRuleSUTimesReadingStays() {
        AnnotatedArticle alone = article("The/DT site/NN closed/VBD that/DT same/JJ day/NN ./.", PUBLISHED,
                new String[] {"day", "DURATION", "P1D"});
        assertEquals(List.of("day=DURATION:P1D"), found(alone));
        AnnotatedArticle named = article("He/PRP left/VBD on/IN Feb./NNP 2/CD and/CC the/DT site/NN closed/VBD that/DT same/JJ "
                + "day/NN ./.", PUBLISHED, new String[] {"Feb. 2", "DATE", "1999-02-02"}, new String[] {"day", "DURATION", "P1D"});
        assertEquals("P1D", new TimeNormalizer(EnumSet.complementOf(EnumSet.of(TimeNormalizer.Rule.ANAPHORIC_DATES)))
                .expressions(named).get(1).value());
    }
}
