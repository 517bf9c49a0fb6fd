package org.newskg.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.time.TenseRulesTest.article;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TimeNormalizer.Rule#HYPHENATED_PARTS}: "mid-November", "mid-1996", which SUTime does not tag. */
class HyphenatedPartsTest {
    private static List<String> found(String tagged, LocalDate published) {
        return new TimeNormalizer().expressions(article(tagged, published)).stream()
                .map(v -> v.text() + "=" + v.type() + ":" + v.value()).toList();
    }

    @Test
    void thePartOfAMonthIsThatMonthPlacedByTense() {
        LocalDate october = LocalDate.of(1989, 10, 30);
        assertEquals(List.of("mid-November=DATE:1989-11"), found("Talks/NNS will/MD resume/VB in/IN mid-November/NNP ./.", october));
        assertEquals(List.of("late-November=DATE:1988-11"), found("Talks/NNS ended/VBD in/IN late-November/NNP ./.", october));
        assertEquals(List.of("late-November=DATE:1999-11"), found("to/TO make/VB the/DT late-November/JJ trip/NN ./.",
                LocalDate.of(2000, 1, 7)), "no tense: the nearer November");
    }

    @Test
    void thePartOfAYearIsThatYear() {
        assertEquals(List.of("mid-1996=DATE:1996"), found("It/PRP opened/VBD in/IN mid-1996/CD ./.", LocalDate.of(1998, 3, 1)));
    }
}
