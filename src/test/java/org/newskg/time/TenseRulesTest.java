package org.newskg.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.clean.PublicationDate;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.TimeExpression;
import org.newskg.nlp.Token;

/**
 * The rules that need the sentence around an expression, on one-sentence articles with their tags given
 * ("word/TAG" pairs), as SUTime and the tagger give them.
 */
class TenseRulesTest {
    /** Wednesday 24 May 2023. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2023, 5, 24);

    /** An article of one sentence, "word/TAG" pairs separated by spaces, with SUTime's expressions. */
    static AnnotatedArticle article(String tagged, LocalDate published, String[]... times) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String pair : tagged.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            if (text.length() > 0) {
                text.append(' ');
            }
            Span span = new Span(text.length(), text.length() + word.length());
            text.append(word);
            tokens.add(new Token(word, span, pair.substring(slash + 1), word.toLowerCase(), "O", "O", 0));
        }
        String t = text.toString();
        List<TimeExpression> expressions = new ArrayList<>();
        for (String[] te : times) {
            int begin = t.indexOf(te[0]);
            expressions.add(new TimeExpression(te[0], new Span(begin, begin + te[0].length()), te[1], te[2], 0, ""));
        }
        ArticleMetadata meta = ArticleMetadata.EMPTY.withPublished(PublicationDate.of(published, published.toString()));
        return new AnnotatedArticle(new CleanArticle("test", t, meta, 0),
                List.of(new Sentence(0, new Span(0, t.length()), 0, tokens.size())), tokens, List.of(), expressions);
    }

    private static String value(AnnotatedArticle a) {
        return new TimeNormalizer().expressions(a).get(0).value();
    }

    @Test
    void theWeekdayOfThePublicationDayIsThatDay() {
        // SUTime may read a bare weekday a week either way; in a paper of that weekday it is the day itself.
        assertEquals("2023-05-24", value(article("The/DT minister/NN said/VBD on/IN Wednesday/NNP ./.", WEDNESDAY,
                new String[] {"Wednesday", "DATE", "2023-05-31"})));
        assertEquals("2023-05-24", value(article("She/PRP will/MD speak/VB on/IN Wednesday/NNP ./.", WEDNESDAY,
                new String[] {"Wednesday", "DATE", "2023-05-17"})));
    }

    @Test
    void aBareWeekdayFollowsTheTenseOfItsVerb() {
        assertEquals("2023-05-19", value(article("Talks/NNS ended/VBD on/IN Friday/NNP ./.", WEDNESDAY,
                new String[] {"Friday", "DATE", "2023-05-26"})));
        assertEquals("2023-05-26", value(article("Talks/NNS will/MD end/VB on/IN Friday/NNP ./.", WEDNESDAY,
                new String[] {"Friday", "DATE", "2023-05-19"})));
        assertEquals("2023-05-22", value(article("He/PRP has/VBZ resigned/VBN on/IN Monday/NNP ./.", WEDNESDAY,
                new String[] {"Monday", "DATE", "2023-05-29"})));
        assertEquals("2023-05-26", value(article("The/DT show/NN opens/VBZ Friday/NNP ./.", WEDNESDAY,
                new String[] {"Friday", "DATE", "2023-05-26"})), "present tense: SUTime's reading stays");
        assertEquals("2023-05-26", value(article("Talks/NNS ended/VBD next/JJ Friday/NNP ./.", WEDNESDAY,
                new String[] {"next Friday", "DATE", "2023-05-26"})), "'next' says which Friday itself");
    }

    @Test
    void aBareWeekendFollowsTheTenseOfItsVerb() {
        // Wednesday 24 May 2023: the weekend just past is 20-21 May (week 20), the coming one 27-28 May (week 21).
        assertEquals("2023-W20-WE", value(article("Leaders/NNS met/VBD over/IN the/DT weekend/NN ./.", WEDNESDAY,
                new String[] {"the weekend", "DATE", "2023-W21-WE"})));
        assertEquals("2023-W21-WE", value(article("Leaders/NNS will/MD meet/VB at/IN the/DT weekend/NN ./.", WEDNESDAY,
                new String[] {"the weekend", "DATE", "2023-W20-WE"})));
        assertEquals("2023-W21-WE", value(article("Leaders/NNS met/VBD the/DT next/JJ weekend/NN ./.", WEDNESDAY,
                new String[] {"the next weekend", "DATE", "2023-W21-WE"})), "'next' says which weekend itself");
        LocalDate sunday = LocalDate.of(2023, 5, 28);
        assertEquals("2023-W21-WE", value(article("Leaders/NNS met/VBD over/IN the/DT weekend/NN ./.", sunday,
                new String[] {"the weekend", "DATE", "2023-W21-WE"})), "a Sunday paper is in its own weekend");
    }

    @Test
    void monthsWithoutAYearFollowTheTense() {
        assertEquals("2022-11", value(article("Prices/NNS rose/VBD in/IN November/NNP ./.", WEDNESDAY,
                new String[] {"November", "DATE", "2023-11"})));
        assertEquals("2024-02", value(article("Prices/NNS will/MD rise/VB in/IN February/NNP ./.", WEDNESDAY,
                new String[] {"February", "DATE", "2023-02"})));
        assertEquals("2022-10-23", value(article("The/DT plant/NN closed/VBD Oct./NNP 23/CD ./.", WEDNESDAY,
                new String[] {"Oct. 23", "DATE", "2023-10-23"})));
    }

    @Test
    void quartersInAPastSentenceHaveBegun() {
        LocalDate november = LocalDate.of(1999, 11, 2);
        assertEquals("1999-Q3", value(article("Profit/NN rose/VBD in/IN the/DT quarter/NN ./.", november,
                new String[] {"the quarter", "DATE", "1999-Q4"})), "the quarter just reported");
        assertEquals("1999-Q3", value(article("Profit/NN rose/VBD in/IN the/DT latest/JJS quarter/NN ./.", november,
                new String[] {"the latest quarter", "DURATION", "PXM"})));
        assertEquals("1999-Q1", value(article("Sales/NNS fell/VBD in/IN the/DT fiscal/JJ first/JJ quarter/NN ./.", november,
                new String[] {"the fiscal first quarter", "DATE", "2000-Q1"})));
    }

    @Test
    void unitsCutTheValueToTheirPrecision() {
        assertEquals("2019", value(article("It/PRP began/VBD four/CD years/NNS ago/RB ./.", WEDNESDAY,
                new String[] {"four years ago", "DATE", "2019-05-24"})));
        assertEquals("2023-02", value(article("It/PRP began/VBD three/CD months/NNS ago/RB ./.", WEDNESDAY,
                new String[] {"three months ago", "DATE", "2023-02-24"})));
        assertEquals("2023-05-21", value(article("It/PRP began/VBD three/CD days/NNS ago/RB ./.", WEDNESDAY,
                new String[] {"three days ago", "DATE", "2023-05-21"})));
        assertEquals("2023-05-21", new TimeNormalizer(EnumSet.noneOf(TimeNormalizer.Rule.class)).expressions(
                article("It/PRP began/VBD three/CD days/NNS ago/RB ./.", WEDNESDAY,
                        new String[] {"three days ago", "DATE", "2023-05-21"})).get(0).value());
    }

    @Test
    void aDayAndItsPartAreOneExpression() {
        List<TimeValue> v = new TimeNormalizer().expressions(article("Fans/NNS rallied/VBD Friday/NNP night/NN ./.",
                WEDNESDAY, new String[] {"Friday", "DATE", "2023-05-19TNI"}, new String[] {"night", "TIME", "2023-05-19TNI"}));
        assertEquals(1, v.size());
        assertEquals("Friday night", v.get(0).text());
        assertEquals(Optional.of(LocalDate.of(2023, 5, 19)), v.get(0).day());
    }

    @Test
    void wordsThatPlaceNothingAreDropped() {
        List<TimeValue> v = new TimeNormalizer().expressions(article(
                "The/DT 6-year-old/JJ boy/NN once/RB lived/VBD here/RB and/CC left/VBD in/IN 2019/CD ./.", WEDNESDAY,
                new String[] {"6-year-old", "DURATION", "P6Y"}, new String[] {"once", "DATE", "PAST_REF"},
                new String[] {"and", "DATE", ""}, new String[] {"2019", "DATE", "2019"}));
        assertEquals(List.of("2019"), v.stream().map(TimeValue::text).toList());
        List<TimeValue> determiner = new TimeNormalizer().expressions(article("The/DT deal/NN closed/VBD ./.", WEDNESDAY,
                new String[] {"The", "DATE", "2023-05-24"}));
        assertEquals(List.of(), determiner, "a determiner alone is no time, whatever value SUTime gives it");
    }

    @Test
    void withoutATenseABareWeekdayIsTheNearerOne() {
        assertEquals("2023-05-23", value(article("Tuesday/NNP 's/POS ruling/NN stands/VBZ ./.", WEDNESDAY,
                new String[] {"Tuesday", "DATE", "2023-05-30"})));
        assertEquals("2023-05-26", value(article("Fans/NNS could/MD come/VB as/RB soon/RB as/IN Friday/NNP ./.", WEDNESDAY,
                new String[] {"Friday", "DATE", "2023-05-19"})));
    }

    @Test
    void lastAndNextMonthAreTheNearestBeforeAndAfter() {
        assertEquals("2023-04", value(article("Sales/NNS fell/VBD last/JJ April/NNP ./.", WEDNESDAY,
                new String[] {"last April", "DATE", "2022-04"})));
        assertEquals("2024-04", value(article("Sales/NNS will/MD fall/VB next/JJ April/NNP ./.", WEDNESDAY,
                new String[] {"next April", "DATE", "2023-04"})));
    }

    @Test
    void aYearEarlierIsTheSamePeriodAYearBefore() {
        AnnotatedArticle a = article("Profit/NN rose/VBD in/IN the/DT third/JJ quarter/NN from/IN $/$ 5/CD million/CD "
                + "a/DT year/NN earlier/RBR ./.", LocalDate.of(1999, 11, 2),
                new String[] {"the third quarter", "DATE", "1999-Q3"}, new String[] {"a year earlier", "DATE", "1998-11-02"});
        assertEquals("1998-Q3", new TimeNormalizer().expressions(a).get(1).value());
        AnnotatedArticle alone = article("Profit/NN rose/VBD from/IN $/$ 5/CD million/CD a/DT year/NN earlier/RBR ./.",
                LocalDate.of(1999, 11, 2), new String[] {"a year earlier", "DATE", "1998-11-02"});
        assertEquals("1998", value(alone), "with no period to compare with, the year");
    }

    @Test
    void aFrequencyBeforeANounIsNoTime() {
        List<TimeValue> v = new TimeNormalizer().expressions(article(
                "The/DT board/NN raised/VBD its/PRP$ quarterly/JJ dividend/NN and/CC meets/VBZ weekly/RB ./.", WEDNESDAY,
                new String[] {"quarterly", "SET", "P3M"}, new String[] {"weekly", "SET", "P1W"}));
        assertEquals(List.of("weekly"), v.stream().map(TimeValue::text).toList());
    }

    @Test
    void theVerbBeforeTheExpressionGovernsItNotTheReportingVerbAfter() {
        assertEquals("2023-05-26", value(article("Talks/NNS will/MD go/VB on/RP on/IN Friday/NNP ,/, Marsh/NNP said/VBD ./.",
                WEDNESDAY, new String[] {"Friday", "DATE", "2023-05-19"})));
        assertEquals("2023-05-19", value(article("On/IN Friday/NNP ,/, Marsh/NNP said/VBD talks/NNS failed/VBD ./.",
                WEDNESDAY, new String[] {"Friday", "DATE", "2023-05-26"})), "nothing before it: the verb after");
    }

    @Test
    void aDayGivenTheTimeOfAnotherExpressionIsTheDayAndATrailingPrepositionIsDropped() {
        List<TimeValue> v = new TimeNormalizer().expressions(article(
                "Talks/NNS will/MD resume/VB at/IN 3/CD pm/NN GMT/NNP on/IN Friday/NNP ./.", WEDNESDAY,
                new String[] {"3 pm GMT on", "TIME", "2023-05-26T15:00+0000"},
                new String[] {"Friday", "DATE", "2023-05-26T15:00+0000"}));
        assertEquals(List.of("3 pm GMT", "Friday"), v.stream().map(TimeValue::text).toList());
        assertEquals("2023-05-26", v.get(1).value());
        assertEquals(Optional.of(Precision.DAY), v.get(1).precision());
    }

    @Test
    void aVerbAfterTheDateGovernsItOnlyInItsOwnClause() {
        // Friday 24 March 2023: "the April 4 election" is not dated by "began" in the next clause.
        LocalDate friday = LocalDate.of(2023, 3, 24);
        assertEquals("2023-04-04", value(article("Before/IN the/DT April/NNP 4/CD election/NN ,/, and/CC voting/NN that/WDT "
                + "began/VBD Tuesday/NNP ,/, clerks/NNS erred/VBD ./.", friday, new String[] {"April 4", "DATE", "2023-04-04"})));
        assertEquals("2023-03-20", value(article("On/IN Monday/NNP ,/, she/PRP said/VBD it/PRP ./.", friday,
                new String[] {"Monday", "DATE", "2023-03-27"})), "a comma right after an opening date does not end its clause");
    }

    private static TimeValue first(AnnotatedArticle a) {
        return new TimeNormalizer().expressions(a).get(0);
    }

    @Test
    void aDateThatModifiesANounOrIsAPointOfReferenceSaysNotWhenTheVerbHappened() {
        AnnotatedArticle attack = article("He/PRP spoke/VBD about/IN the/DT Jan./NNP 6/CD attack/NN ./.", WEDNESDAY,
                new String[] {"Jan. 6", "DATE", "2023-01-06"});
        assertEquals(false, DateAttachment.saysWhen(first(attack), attack.tokens()));
        AnnotatedArticle possessive = article("He/PRP criticised/VBD Monday/NNP 's/POS vote/NN ./.", WEDNESDAY,
                new String[] {"Monday", "DATE", "2023-05-22"});
        assertEquals(false, DateAttachment.saysWhen(first(possessive), possessive.tokens()));
        AnnotatedArticle since = article("Prices/NNS have/VBP risen/VBN since/IN Monday/NNP ./.", WEDNESDAY,
                new String[] {"Monday", "DATE", "2023-05-22"});
        assertEquals(false, DateAttachment.saysWhen(first(since), since.tokens()));
        AnnotatedArticle said = article("He/PRP said/VBD on/IN Monday/NNP that/IN prices/NNS rose/VBD ./.", WEDNESDAY,
                new String[] {"Monday", "DATE", "2023-05-22"});
        assertEquals(true, DateAttachment.saysWhen(first(said), said.tokens()));
    }

    @Test
    void yearAgoAndYearEarlierNameTheComparedPeriodAYearBefore() {
        AnnotatedArticle quarter = article("Net/NN rose/VBD in/IN the/DT third/JJ quarter/NN from/IN the/DT year-ago/JJ period/NN ./.",
                WEDNESDAY, new String[] {"the third quarter", "DATE", "2023-Q3"});
        List<TimeValue> values = new TimeNormalizer().expressions(quarter);
        assertEquals(List.of("2022-Q3", "2021-Q3"), values.stream().map(TimeValue::value).toList());
        assertEquals("the year-ago period", values.get(1).text());
        AnnotatedArticle bare = article("Sales/NNS beat/VBD year-earlier/JJ sales/NNS ./.", WEDNESDAY);
        List<TimeValue> year = new TimeNormalizer().expressions(bare);
        assertEquals(List.of("year-earlier:2022"), year.stream().map(v -> v.text() + ":" + v.value()).toList());
        assertEquals(List.of(), new TimeNormalizer(EnumSet.complementOf(EnumSet.of(TimeNormalizer.Rule.COMPARED_ADJECTIVE)))
                .expressions(bare), "the rule can be left out");
    }

    @Test
    void aMonthDayJustAfterPublicationInAPastSentenceIsTheComingOne() {
        // "said the offer expires June 2" in a paper of 24 May: the coming 2 June, not last year's.
        assertEquals("2023-06-02", value(article("He/PRP said/VBD the/DT offer/NN ended/VBD June/NNP 2/CD ./.", WEDNESDAY,
                new String[] {"June 2", "DATE", "2023-06-02"})));
        assertEquals("2022-09-02", value(article("The/DT plant/NN closed/VBD Sept./NNP 2/CD ./.", WEDNESDAY,
                new String[] {"Sept. 2", "DATE", "2023-09-02"})), "months ahead: last year's");
    }

    @Test
    void aDayRangeSutimeSplitsIsOneRange() {
        // SUTime's pieces of "March 14-15, 2025" in an article without a date: "March", "14-15," and "2025".
        AnnotatedArticle a = article("They/PRP meet/VBP on/IN March/NNP 14-15/CD ,/, 2025/CD ./.", WEDNESDAY,
                new String[] {"March", "DATE", "XXXX-03"}, new String[] {"14-15 ,", "DATE", ""}, new String[] {"2025", "DATE", "2025"});
        List<TimeValue> values = new TimeNormalizer().normalize(a);
        assertEquals(List.of("2025-03-14/2025-03-15"), values.stream().map(TimeValue::value).toList());
        assertEquals("March 14-15 , 2025", values.get(0).text());
    }

    @Test
    void seasonsArePlacedByTheWordBeforeThemOrTheTense() {
        // SUTime gives the season of the publication year (2023) whatever the words.
        assertEquals("2022-FA", value(article("Sales/NNS fell/VBD last/JJ autumn/NN ./.", WEDNESDAY,
                new String[] {"last autumn", "DATE", "2023-FA"})));
        assertEquals("2022-SP", value(article("It/PRP opened/VBD last/JJ spring/NN ./.", WEDNESDAY,
                new String[] {"last spring", "DATE", "2023-SP"})), "said in spring: a year ago");
        assertEquals("2023-SU", value(article("It/PRP opens/VBZ this/DT summer/NN ./.", WEDNESDAY,
                new String[] {"this summer", "DATE", "2023-SU"})));
        assertEquals("2024-WI", value(article("It/PRP will/MD open/VB next/JJ winter/NN ./.", WEDNESDAY,
                new String[] {"next winter", "DATE", "2023-WI"})), "the winter from December 2023");
        assertEquals("2022-SU", value(article("Prices/NNS rose/VBD in/IN the/DT summer/NN ./.", WEDNESDAY,
                new String[] {"the summer", "DATE", "2023-SU"})), "a past verb: the last summer begun");
        assertEquals("2023-SU", value(article("Prices/NNS will/MD rise/VB in/IN the/DT summer/NN ./.", WEDNESDAY,
                new String[] {"the summer", "DATE", "2023-SU"})));
        assertEquals("1988-SP", value(article("Sales/NNS fell/VBD last/JJ spring/NN ./.", LocalDate.of(1989, 10, 26),
                new String[] {"last spring", "DATE", "1989-SP"})), "last spring said in autumn: the year before's");
        assertEquals("2023-WI", value(article("Snow/NN fell/VBD last/JJ winter/NN ./.", WEDNESDAY,
                new String[] {"last winter", "DATE", "2023-WI"})), "the winter just over");
        LocalDate november = LocalDate.of(2023, 11, 20);
        assertEquals("2024-WI", value(article("Snow/NN is/VBZ expected/VBN this/DT winter/NN ./.", november,
                new String[] {"this winter", "DATE", "2023-WI"})), "this winter in November is the coming one");
        assertEquals("2023-SP", value(article("It/PRP opened/VBD in/IN spring/NN 2023/CD ./.", WEDNESDAY,
                new String[] {"spring 2023", "DATE", "2023-SP"})), "a year in the words: left as it is");
        assertEquals("2023-FA", new TimeNormalizer(EnumSet.complementOf(EnumSet.of(TimeNormalizer.Rule.SEASONS))).expressions(
                article("Sales/NNS fell/VBD last/JJ autumn/NN ./.", WEDNESDAY, new String[] {"last autumn", "DATE", "2023-FA"}))
                .get(0).value(), "the rule can be left out");
    }

    @Test
    void aMonthOfThisLastOrNextYearIsThatMonth() {
        LocalDate march = LocalDate.of(1998, 3, 2);
        List<TimeValue> v = new TimeNormalizer().expressions(article(
                "In/IN June/NNP last/JJ year/NN ,/, they/PRP met/VBD ./.", march, new String[] {"June last year", "DATE", "1997"}));
        assertEquals(List.of("June last year:1997-06"), v.stream().map(x -> x.text() + ":" + x.value()).toList());
        assertEquals("1998-10", value(article("It/PRP ends/VBZ in/IN early/JJ October/NNP this/DT year/NN ./.", march,
                new String[] {"early October this year", "DATE", "1998"})));
        assertEquals("1999-04", value(article("They/PRP join/VBP in/IN April/NNP next/JJ year/NN ./.", march,
                new String[] {"April next year", "DATE", "1999"})));
        assertEquals(List.of("next year:1999"), new TimeNormalizer().expressions(article(
                "It/PRP may/MD next/JJ year/NN ./.", march, new String[] {"next year", "DATE", "1999"}))
                .stream().map(x -> x.text() + ":" + x.value()).toList(), "the verb may is no month");
    }

    @Test
    void periodsTheirWordsPlaceAreOneExpression() {
        LocalDate october = LocalDate.of(1989, 10, 26);
        // SUTime's pieces of "this year's third quarter": "this year" and "third quarter".
        List<TimeValue> v = new TimeNormalizer().expressions(article(
                "Profit/NN rose/VBD in/IN this/DT year/NN 's/POS third/JJ quarter/NN ./.", october,
                new String[] {"this year", "DATE", "1989"}, new String[] {"third quarter", "DATE", "1989-Q3"}));
        assertEquals(List.of("this year 's third quarter:1989-Q3"), v.stream().map(x -> x.text() + ":" + x.value()).toList());
        assertEquals("1988-Q2", value(article("Sales/NNS rose/VBD from/IN the/DT 1988/CD second/JJ quarter/NN ./.", october,
                new String[] {"1988 second quarter", "DATE", "1988-Q2"})));
        assertEquals("1989-Q4", value(article("Sales/NNS will/MD rise/VB in/IN the/DT current/JJ quarter/NN ./.", october,
                new String[] {"current", "DATE", "PRESENT_REF"})), "the quarter under way");
        assertEquals("1988", value(article("Net/NN rose/VBD in/IN the/DT latest/JJS fiscal/JJ year/NN ./.", october)),
                "the last completed year, which SUTime does not tag");
        assertEquals("1988-Q1", value(article("Sales/NNS fell/VBD in/IN the/DT first/JJ quarter/NN of/IN last/JJ year/NN ./.",
                october, new String[] {"first quarter", "DATE", "1989-Q1"}, new String[] {"last year", "DATE", "1988"})));
        assertEquals("1989-Q4", value(article("Sales/NNS will/MD rise/VB in/IN the/DT final/JJ quarter/NN of/IN 1989/CD ./.",
                october, new String[] {"1989", "DATE", "1989"})));
        assertEquals("1989-Q3", value(article("Sales/NNS rose/VBD in/IN the/DT last/JJ quarter/NN ./.", october,
                new String[] {"the last quarter", "DATE", "1989-Q4"})), "the last completed quarter");
    }
}
