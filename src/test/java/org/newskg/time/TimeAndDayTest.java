package org.newskg.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.time.TenseRulesTest.article;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TimeNormalizer.Rule#TIME_AND_DAY}: a clock time and the day after it are one TIME. */
class TimeAndDayTest {
    /** Friday 13 February 1998. */
    private static final LocalDate FRIDAY = LocalDate.of(1998, 2, 13);

    private static List<String> found(String tagged, String[]... times) {
        return new TimeNormalizer().expressions(article(tagged, FRIDAY, times)).stream()
                .map(v -> v.text() + "=" + v.type() + ":" + v.value()).toList();
    }

    @Test
    void aTimeAndItsWeekdayAreOneTimeOnThatDay() {
        assertEquals(List.of("noon Thursday=TIME:1998-02-12T12:00"), found(
                "Talks/NNS broke/VBD off/RP at/IN noon/NN Thursday/NNP ./.",
                new String[] {"noon", "TIME", "1998-02-13T12:00"}, new String[] {"Thursday", "DATE", "1998-02-12"}));
        assertEquals(List.of("5 p.m. EST , Nov. 6=TIME:1997-11-06T17:00-0500"), found(
                "Bids/NNS closed/VBD at/IN 5/CD p.m./NN EST/NNP ,/, Nov./NNP 6/CD ./.",
                new String[] {"5 p.m. EST", "TIME", "1998-02-13T17:00-0500"}, new String[] {"Nov. 6", "DATE", "1997-11-06"}));
    }

    @Test
    void aTimeEndingInAPrepositionOrAStrayCommaStaysApart() {
        assertEquals(List.of("3 pm=TIME:1998-02-13T15:00", "Friday=DATE:1998-02-13"), found(
                "Talks/NNS resume/VBP at/IN 3/CD pm/NN on/IN Friday/NNP ./.",
                new String[] {"3 pm on", "TIME", "1998-02-13T15:00"}, new String[] {"Friday", "DATE", "1998-02-13"}));
        assertEquals(List.of("June 1=DATE:1998-06-01"), found("It/PRP will/MD file/VB ,/, June/NNP 1/CD ./.",
                new String[] {",", "TIME", "1998-06-01T16:15"}, new String[] {"June 1", "DATE", "1998-06-01"}));
    }
}
