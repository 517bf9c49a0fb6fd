package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Sentence;
import org.newskg.time.TimeNormalizer;

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

    @Test
    void aMonthWithoutAYearIsTheNextOneWhenTheEventIsToCome() {
        // Published Wednesday 6 March 2024; the nearest verb, "said", reads "May" as last May.
        EventFixture f = new EventFixture(LocalDate.of(2024, 3, 6),
                "[Helen Marsh|PERSON] said/VBD/say the/DT general/JJ election/NN in/IN May/NNP would/MD/would be/VB/be close/JJ ./.",
                new String[] {"May", "DATE", "2024-05"});
        Event e = new EventExtractor().extract(f.article, f.entities, new TimeNormalizer().normalize(f.article)).get(0);
        assertEquals(EventKind.ELECTION, e.kind());
        assertEquals(LocalDate.of(2024, 5, 1), e.time().orElseThrow().begin());
        assertTrue(e.planned());
        assertEquals("would", e.plannedCue());
    }

    @Test
    void onlyAMonthOrWeekdayAloneIsMovedAhead() {
        EventFixture f = new EventFixture(LocalDate.of(2024, 3, 6), "It/PRP ended/VBD/end ./.");
        EventTimes times = new EventTimes(f.view);
        EventTime may = new EventTime(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31), EventTime.Precision.MONTH, "May");
        assertEquals(LocalDate.of(2024, 5, 1), times.aheadWhenToCome(Optional.of(may), "will").orElseThrow().begin());
        assertEquals(Optional.of(may), times.aheadWhenToCome(Optional.of(may), ""), "no cue: as the time rules placed it");
        EventTime friday = new EventTime(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1), EventTime.Precision.DAY, "Friday");
        assertEquals(LocalDate.of(2024, 3, 8), times.aheadWhenToCome(Optional.of(friday), "will").orElseThrow().begin());
        EventTime february = new EventTime(LocalDate.of(2024, 2, 12), LocalDate.of(2024, 2, 12), EventTime.Precision.DAY, "Feb. 12");
        assertEquals(LocalDate.of(2025, 2, 12), times.aheadWhenToCome(Optional.of(february), "scheduled").orElseThrow().begin());
        EventTime lastMay = new EventTime(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31), EventTime.Precision.MONTH, "last May");
        assertEquals(Optional.of(lastMay), times.aheadWhenToCome(Optional.of(lastMay), "will"), "words that place it themselves");
        EventTime withYear = new EventTime(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31), EventTime.Precision.MONTH, "May 2023");
        assertEquals(Optional.of(withYear), times.aheadWhenToCome(Optional.of(withYear), "will"));
    }

    @Test
    void aDateThatNamesSomethingElseDoesNotDateTheEvent() {
        EventFixture f = new EventFixture(PUBLISHED,
                "The/DT committee/NN held/VBD/hold a/DT hearing/NN on/IN the/DT January 6 attack/NN in/IN [Lorvik|LOCATION] ./.",
                new String[] {"January 6", "DATE", "2023-01-06"});
        List<Event> events = new EventExtractor().extract(f.article, f.entities, new TimeNormalizer().normalize(f.article));
        assertEquals(1, events.size(), events.toString());
        assertEquals(Optional.empty(), events.get(0).time(), "the attack's date");
        assertEquals("Lorvik", events.get(0).places().get(0).name());
    }
}
