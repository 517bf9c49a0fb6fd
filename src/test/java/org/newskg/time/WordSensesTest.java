package org.newskg.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.time.TenseRulesTest.article;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TimeNormalizer.Rule#WORD_SENSES}: senses of time words that name no time (word-senses.tsv). */
class WordSensesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2008, 10, 10);

    private static List<String> found(String tagged, String[]... times) {
        return new TimeNormalizer().expressions(article(tagged, PUBLISHED, times)).stream().map(TimeValue::text).toList();
    }

    @Test
    void presentAsAVerbOrAdjectiveIsNoTime() {
        assertEquals(List.of(), found("Prosecutors/NNS might/MD present/VB evidence/NN ./.",
                new String[] {"present", "DATE", "PRESENT_REF"}));
        assertEquals(List.of(), found("Officers/NNS were/VBD present/JJ ./.", new String[] {"present", "DATE", "PRESENT_REF"}));
        assertEquals(List.of("present"), found("At/IN present/NN ,/, sales/NNS rise/VBP ./.",
                new String[] {"present", "DATE", "PRESENT_REF"}));
    }

    @Test
    void futureBeforeANounIsNoTime() {
        assertEquals(List.of(), found("It/PRP will/MD cover/VB future/JJ payments/NNS ./.", new String[] {"future", "DATE", "FUTURE_REF"}));
        assertEquals(List.of("future"), found("Think/VB of/IN the/DT future/NN ./.", new String[] {"future", "DATE", "FUTURE_REF"}));
    }

    @Test
    void aFallInPricesIsNoSeason() {
        assertEquals(List.of(), found("Stocks/NNS rose/VBD after/IN a/DT large/JJ fall/NN ./.", new String[] {"fall", "DATE", "2008-FA"}));
        assertEquals(List.of(), found("It/PRP suffered/VBD large/JJ falls/NNS ./.", new String[] {"falls", "DATE", "2008-FA"}));
        assertEquals(List.of(), found("Prices/NNS may/MD fall/VB ./.", new String[] {"fall", "DATE", "2008-FA"}));
        assertEquals(List.of("fall"), found("Sales/NNS rose/VBD in/IN the/DT fall/NN ./.", new String[] {"fall", "DATE", "2008-FA"}));
    }

    @Test
    void dayInANameIsNoDuration() {
        assertEquals(List.of("Thanksgiving"), found("He/PRP was/VBD found/VBN on/IN Thanksgiving/NNP Day/NNP ./.",
                new String[] {"Thanksgiving", "DATE", "2008-11-27"}, new String[] {"Day", "DURATION", "P1D"}));
        assertEquals(List.of("day"), found("It/PRP was/VBD a/DT sad/JJ day/NN ./.", new String[] {"day", "DURATION", "P1D"}));
    }

    @Test
    void aShareOfSomethingIsNoQuarterOfAYear() {
        assertEquals(List.of(), found("Iraq/NNP imports/VBZ about/IN three-quarters/NNS of/IN its/PRP$ food/NN ./.",
                new String[] {"about three-quarters", "DURATION", "P9M"}));
        assertEquals(List.of(), found("It/PRP has/VBZ more/JJR than/IN a/DT quarter/NN of/IN the/DT market/NN ./.",
                new String[] {"more than a quarter", "DURATION", "P3M"}));
        assertEquals(List.of("the third quarter of 1989"), found("It/PRP lost/VBD money/NN in/IN the/DT third/JJ quarter/NN of/IN 1989/CD ./.",
                new String[] {"the third quarter", "DATE", "2008-Q3"}));
        assertEquals(List.of("a quarter"), found("It/PRP took/VBD a/DT quarter/NN ./.", new String[] {"a quarter", "DURATION", "P3M"}));
    }

    @Test
    void aMarchInLowerCaseIsAProtestNotTheMonth() {
        assertEquals(List.of(), found("Women/NNS joined/VBD the/DT march/NN ./.", new String[] {"march", "DATE", "2008-03"}));
        assertEquals(List.of(), found("He/PRP was/VBD at/IN this/DT march/NN ./.", new String[] {"this march", "DATE", "2009-03"}));
        assertEquals(List.of("March"), found("They/PRP met/VBD in/IN March/NNP ./.", new String[] {"March", "DATE", "2008-03"}));
    }
}
