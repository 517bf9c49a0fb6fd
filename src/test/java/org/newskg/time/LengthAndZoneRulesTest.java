package org.newskg.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.time.TenseRulesTest.article;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.AnnotatedArticle;

/** {@link TimeNormalizer.Rule#PERIOD_DURATIONS} and {@link TimeNormalizer.Rule#UTC_DESIGNATOR}. */
class LengthAndZoneRulesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(1989, 11, 1);

    private static TimeValue first(AnnotatedArticle a) {
        return new TimeNormalizer().expressions(a).get(0);
    }

    @Test
    void theYearEndedADayIsAYearLong() {
        TimeValue v = first(article("It/PRP had/VBD revenue/NN for/IN the/DT year/NN ended/VBN March/NNP 31/CD ./.", PUBLISHED,
                new String[] {"the year", "DATE", "1989"}, new String[] {"March 31", "DATE", "1989-03-31"}));
        assertEquals("DURATION", v.type());
        assertEquals("P1Y", v.value());
        assertEquals("the year", v.text());
        TimeValue fiscal = first(article("In/IN the/DT fiscal/JJ year/NN ending/VBG June/NNP 30/CD ,/, it/PRP lost/VBD ./.",
                PUBLISHED, new String[] {"the fiscal year", "DATE", "1989"}, new String[] {"June 30", "DATE", "1989-06-30"}));
        assertEquals("P1Y", fiscal.value());
    }

    /** SUTime's expression as it gives "the first nine months of 1997": no value, only its relative reading. */
    private static AnnotatedArticle withoutValue(AnnotatedArticle a, String relative) {
        var te = a.times().get(0);
        return new AnnotatedArticle(a.article(), a.sentences(), a.tokens(), a.mentions(), java.util.List.of(
                new org.newskg.nlp.TimeExpression(te.text(), te.span(), te.type(), "", te.sentence(), relative)));
    }

    @Test
    void theFirstMonthsOfAYearAreALengthAndTheYearADate() {
        var v = new TimeNormalizer().expressions(withoutValue(article(
                "Sales/NNS rose/VBD in/IN the/DT first/JJ nine/CD months/NNS of/IN 1997/CD ./.", PUBLISHED,
                new String[] {"the first nine months of 1997", "DATE", ""}), "1997 INTERSECT P9M"));
        assertEquals(java.util.List.of("the first nine months=DURATION:P9M", "1997=DATE:1997"),
                v.stream().map(x -> x.text() + "=" + x.type() + ":" + x.value()).toList());
        TimeValue year = first(withoutValue(article("Sales/NNS rose/VBD in/IN the/DT first/JJ 6/CD months/NNS of/IN the/DT year/NN ./.",
                PUBLISHED, new String[] {"the first 6 months of the year", "DATE", ""}), "THIS P1Y INTERSECT P6M"));
        assertEquals("P6M", year.value());
    }

    @Test
    void moreAndAHalfAreTheWholeLength() {
        assertEquals("P2W", first(article("It/PRP will/MD take/VB two/CD more/JJR weeks/NNS ./.", PUBLISHED,
                new String[] {"weeks", "DURATION", "PXW"})).value());
        assertEquals("P20Y", first(article("It/PRP lasts/VBZ 20/CD more/JJR years/NNS ./.", PUBLISHED,
                new String[] {"years", "DURATION", "PXY"})).value());
        assertEquals("PT5H30M", first(article("It/PRP took/VBD 5/CD 1/2/CD hours/NNS ./.", PUBLISHED,
                new String[] {"hours", "DURATION", "PTXH"})).value());
        assertEquals("P2Y6M", first(article("It/PRP took/VBD 2/CD 1/2/CD years/NNS ./.", PUBLISHED,
                new String[] {"years", "DURATION", "PXY"})).value());
    }

    @Test
    void theYearElsewhereStaysADate() {
        TimeValue v = first(article("Sales/NNS rose/VBD for/IN the/DT year/NN ./.", PUBLISHED, new String[] {"the year", "DATE", "1989"}));
        assertEquals("DATE", v.type());
        assertEquals("1989", v.value());
    }

    @Test
    void aLengthSutimeTypesAsADateIsADuration() {
        TimeValue v = first(article("Sales/NNS rose/VBD in/IN six/CD months/NNS ./.", PUBLISHED, new String[] {"six months", "DATE", "P6M"}));
        assertEquals("DURATION", v.type());
        assertEquals("P6M", v.value());
    }

    @Test
    void utcIsWrittenZ() {
        TimeValue v = first(article("It/PRP flew/VBD at/IN 18:00/CD UTC/NNP ./.", PUBLISHED,
                new String[] {"18:00 UTC", "TIME", "1989-11-01T18:00+0000"}));
        assertEquals("1989-11-01T18:00Z", v.value());
        assertEquals(ZoneOffset.UTC, v.offset().orElseThrow());
        assertEquals("1989-11-01T17:00-0500", first(article("It/PRP flew/VBD at/IN 5/CD p.m./NN EST/NNP ./.", PUBLISHED,
                new String[] {"5 p.m. EST", "TIME", "1989-11-01T17:00-0500"})).value(), "other offsets stay");
        assertEquals("1989-11-01T18:00+0000", new TimeNormalizer(EnumSet.complementOf(EnumSet.of(TimeNormalizer.Rule.UTC_DESIGNATOR)))
                .expressions(article("It/PRP flew/VBD at/IN 18:00/CD UTC/NNP ./.", PUBLISHED,
                        new String[] {"18:00 UTC", "TIME", "1989-11-01T18:00+0000"})).get(0).value());
    }
}
