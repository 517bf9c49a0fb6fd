package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Sentence;

/** {@link EventTimes} on hand-built articles published on Wednesday 24 May 2023. */
class EventTimesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 24);

    private static Sentence first(EventFixture f) {
        return f.article.sentences().get(0);
    }

    @Test
    void aTimeOfSeveralWordsIsOneTime() {
        EventFixture f = new EventFixture(PUBLISHED, "The/DT summit/NN is/VBZ/be on/IN July/NNP 11/CD in/IN [Lorvik|LOCATION] ./.",
                new String[] {"July 11", "DATE", "2023-07-11"});
        int[] end = new int[1];
        EventTime t = new EventTimes(f.view).timeFrom(f.token("July"), first(f), end).orElseThrow();
        assertEquals(LocalDate.of(2023, 7, 11), t.begin());
        assertEquals(EventTime.Precision.DAY, t.precision());
        assertEquals(f.token("11") + 1, end[0], "the token after the time");
    }

    @Test
    void aDateBeforeTheTriggerDatesItUnlessAnotherVerbStandsBetween() {
        EventFixture dated = new EventFixture(PUBLISHED, "On/IN Tuesday/NNP the/DT summit/NN ended/VBD/end ./.",
                new String[] {"Tuesday", "DATE", "2023-05-23"});
        assertEquals(LocalDate.of(2023, 5, 23), new EventTimes(dated.view)
                .timeBefore(dated.token("summit"), 0, -1).orElseThrow().begin());
        EventFixture said = new EventFixture(PUBLISHED, "In/IN January/NNP he/PRP said/VBD/say the/DT trip/NN was/VBD/be off/RB ./.",
                new String[] {"January", "DATE", "2023-01"});
        assertEquals(Optional.empty(), new EventTimes(said.view).timeBefore(said.token("trip"), 0, -1),
                "January dates the saying, not the trip");
    }

    @Test
    void aYearInTheNamePlacesADayGivenWithoutOne() {
        EventTime phrase = new EventTime(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), EventTime.Precision.YEAR, "2024");
        EventTime window = new EventTime(LocalDate.of(2023, 4, 17), LocalDate.of(2023, 4, 17), EventTime.Precision.DAY, "on April 17");
        assertEquals(LocalDate.of(2024, 4, 17), EventTimes.best(Optional.of(phrase), Optional.of(window)).orElseThrow().begin());
        EventTime inYear = new EventTime(LocalDate.of(2024, 4, 17), LocalDate.of(2024, 4, 17), EventTime.Precision.DAY, "April 17");
        assertEquals(inYear, EventTimes.best(Optional.of(phrase), Optional.of(inYear)).orElseThrow(), "the more precise when they agree");
    }

    @Test
    void plannedWhenItsTimeIsAheadOrACueSaysSo() {
        EventFixture f = new EventFixture(PUBLISHED, "The/DT summit/NN is/VBZ/be scheduled/VBN/schedule for/IN June/NNP ./.",
                new String[] {"June", "DATE", "2023-06"});
        EventTimes times = new EventTimes(f.view);
        String cue = times.futureCue(0, f.view.tokens.size(), first(f));
        assertEquals("scheduled", cue);
        Optional<EventTime> june = EventTimes.timeOf(f.view.timeAt[f.token("June")]);
        assertTrue(times.planned(june, "", f.token("is")), "June is after the publication day");
        Optional<EventTime> april = Optional.of(new EventTime(LocalDate.of(2023, 4, 3), LocalDate.of(2023, 4, 3),
                EventTime.Precision.DAY, "April 3"));
        assertFalse(times.planned(april, cue, -1), "a time that ended before publication is never planned");
        assertTrue(times.planned(Optional.empty(), cue, -1), "no time: the cue says so");
    }
}
