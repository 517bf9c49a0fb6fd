package org.newskg.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.time.TenseRulesTest.article;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TimeNormalizer.Rule#LENGTH_THEN_DAY}: a length and a weekday SUTime joins without a value are two expressions. */
class LengthThenDayTest {
    /** Friday 20 February 2009. */
    private static final LocalDate FRIDAY = LocalDate.of(2009, 2, 20);

    private static List<String> found(String tagged, String[]... times) {
        return new TimeNormalizer().expressions(article(tagged, FRIDAY, times)).stream()
                .map(v -> v.text() + "=" + v.type() + ":" + v.value()).toList();
    }

    @Test
    void theLengthAndTheWeekdayAreSplitAndTheWeekdayPlacedByTense() {
        assertEquals(List.of("six years=DURATION:P6Y", "Thursday=DATE:2009-02-19"), found(
                "Stocks/NNS closed/VBD at/IN their/PRP$ lowest/JJS in/IN over/IN six/CD years/NNS on/IN Thursday/NNP ./.",
                new String[] {"six years on Thursday", "DATE", ""}));
        assertEquals(List.of("a decade=DURATION:P10Y", "Monday=DATE:2009-02-16"), found(
                "Stocks/NNS closed/VBD at/IN their/PRP$ lowest/JJS in/IN a/DT decade/NN on/IN Monday/NNP ./.",
                new String[] {"a decade on Monday", "DATE", ""}));
        assertEquals(List.of("more than four hours=DURATION:PT4H", "Friday=DATE:2009-02-20"), found(
                "Talks/NNS lasted/VBD more/JJR than/IN four/CD hours/NNS Friday/NNP ./.",
                new String[] {"more than four hours Friday", "DATE", ""}));
    }

    @Test
    void anExpressionWithAValueIsLeftAsItIs() {
        assertEquals(List.of("two days=DURATION:P2D"), found("It/PRP lasted/VBD two/CD days/NNS ./.",
                new String[] {"two days", "DURATION", "P2D"}));
    }
}
