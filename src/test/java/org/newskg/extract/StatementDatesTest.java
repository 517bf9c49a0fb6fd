package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newskg.core.Span;
import org.newskg.time.TimeNormalizer;

/** {@link StatementDates}: a statement is dated when it was said, never by a date it only mentions. Hand-built articles. */
class StatementDatesTest {
    /** Wednesday 6 March 2024. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 6);

    /** The day a report with this content (the first occurrence of its words) is dated. */
    private static StatementDate dated(String markedUp, String content, String[]... times) {
        EventFixture f = new EventFixture(PUBLISHED, markedUp, times);
        String text = f.article.article().text();
        int begin = text.indexOf(content);
        return new StatementDates(f.article, new TimeNormalizer().normalize(f.article))
                .statedOn(0, new Span(begin, begin + content.length())).orElseThrow();
    }

    @Test
    void theDayItWasSaid() {
        StatementDate d = dated("[Helen Marsh|PERSON] said/VBD/say on/IN Tuesday/NNP that/IN the/DT vote/NN was/VBD/be fair/JJ ./.",
                "the vote was fair", new String[] {"Tuesday", "DATE", "2024-03-05"});
        assertEquals(LocalDate.of(2024, 3, 5), d.date());
    }

    @Test
    void notADateInAClauseOfItsOwn() {
        StatementDate d = dated("[Helen Marsh|PERSON] ,/, who/WP testified/VBD/testify on/IN January 6 ,/, said/VBD/say the/DT vote/NN was/VBD/be fair/JJ ./.",
                "the vote was fair", new String[] {"January 6", "DATE", "2024-01-06"});
        assertEquals(PUBLISHED, d.date(), "the publication date, not 6 January");
    }

    @Test
    void notADateThatIsWhatTheRemarkIsAbout() {
        StatementDate d = dated("[Helen Marsh|PERSON] said/VBD/say January 6 was/VBD/be \u201ca dark day\u201d ./.",
                "a dark day", new String[] {"January 6", "DATE", "2024-01-06"});
        assertEquals(PUBLISHED, d.date(), "January 6 is the subject of 'was', not when she said it");
    }
}
