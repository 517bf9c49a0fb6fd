package org.newskg.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.time.TenseRulesTest.article;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.AnnotatedArticle;

/** Holidays placed by the tense of their verb (holidays.tsv, part of {@link TimeNormalizer.Rule#TENSE}). */
class HolidaysTest {
    /** Friday 7 January 2000. */
    private static final LocalDate PUBLISHED = LocalDate.of(2000, 1, 7);

    private static String value(AnnotatedArticle a) {
        return new TimeNormalizer().expressions(a).get(0).value();
    }

    @Test
    void aPastHolidayIsTheLastOneBeforePublication() {
        // SUTime reads the publication year's Thanksgiving, 23 November 2000
        assertEquals("1999-11-25", value(article("Elian/NNP was/VBD found/VBN Thanksgiving/NNP Day/NNP ./.", PUBLISHED,
                new String[] {"Thanksgiving Day", "DATE", "2000-11-23"})));
        assertEquals("1999-12-25", value(article("They/PRP met/VBD on/IN Christmas/NNP ./.", PUBLISHED,
                new String[] {"Christmas", "DATE", "2000-12-25"})));
    }

    @Test
    void aComingHolidayIsTheNextOne() {
        assertEquals("2000-05-29", value(article("It/PRP will/MD open/VB on/IN Memorial/NNP Day/NNP ./.", PUBLISHED,
                new String[] {"Memorial Day", "DATE", "2000-05-29"})), "the last Monday of May");
        assertEquals("2000-09-04", value(article("It/PRP will/MD open/VB on/IN Labor/NNP Day/NNP ./.", PUBLISHED,
                new String[] {"Labor Day", "DATE", "1999-09-06"})), "the first Monday of September");
    }

    @Test
    void withoutATenseSUTimesReadingStays() {
        assertEquals("2000-11-23", value(article("Thanksgiving/NNP Day/NNP parades/NNS ./.", PUBLISHED,
                new String[] {"Thanksgiving Day", "DATE", "2000-11-23"})));
    }
}
