package org.newskg.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.core.Span;
import org.newskg.nlp.TimeExpression;

/** The normaliser on time expressions as SUTime gives them (type, value, relative description). */
class TimeNormalizerTest {
    private static final Optional<LocalDate> WEDNESDAY = Optional.of(LocalDate.of(2023, 5, 24));
    private final TimeNormalizer normalizer = new TimeNormalizer();

    /** SUTime's output for {@code words}, the first occurrence in {@code text}. */
    private static TimeExpression te(String text, String words, String type, String value, String relative) {
        int begin = text.indexOf(words);
        return new TimeExpression(words, new Span(begin, begin + words.length()), type, value, 0, relative);
    }

    private static TimeExpression te(String text, String words, String type, String value) {
        return te(text, words, type, value, "");
    }

    @Test
    void aDayIsOneDayOnTheCalendar() {
        String text = "The mayor said on Wednesday that the bridge would open.";
        TimeValue v = normalizer.expressions(text, List.of(te(text, "Wednesday", "DATE", "2023-05-24")), WEDNESDAY).get(0);
        assertEquals(Optional.of(LocalDate.of(2023, 5, 24)), v.day());
        assertEquals(Optional.of(LocalDateTime.of(2023, 5, 24, 0, 0)), v.begin());
        assertEquals(Optional.of(LocalDateTime.of(2023, 5, 25, 0, 0)), v.end());
        assertEquals(Optional.of(Precision.DAY), v.precision());
        assertTrue(v.anchored());
    }

    @Test
    void coarserValuesCoverTheirWholeUnit() {
        String text = "Sales fell last month, in the first quarter, this week, in 2021 and in the summer.";
        List<TimeValue> v = normalizer.expressions(text, List.of(
                te(text, "last month", "DATE", "2023-04"),
                te(text, "the first quarter", "DATE", "2023-Q1"),
                te(text, "this week", "DATE", "2023-W21"),
                te(text, "2021", "DATE", "2021"),
                te(text, "the summer", "DATE", "2023-SU")), WEDNESDAY);
        assertEquals(List.of(Precision.MONTH, Precision.QUARTER, Precision.WEEK, Precision.YEAR, Precision.SEASON),
                v.stream().map(t -> t.precision().orElseThrow()).toList());
        assertEquals(LocalDate.of(2023, 4, 30), v.get(0).lastDay().orElseThrow());
        assertEquals(LocalDate.of(2023, 3, 31), v.get(1).lastDay().orElseThrow());
        assertEquals(LocalDate.of(2023, 5, 22), v.get(2).firstDay().orElseThrow()); // ISO week 21 starts on Monday 22 May
        assertEquals(LocalDate.of(2023, 5, 28), v.get(2).lastDay().orElseThrow());
        assertEquals(Optional.empty(), v.get(3).day());
    }

    @Test
    void durationsAndSetsHaveNoPlaceButAreNotRelative() {
        String text = "He has been in jail for three years and they meet every Tuesday.";
        List<TimeValue> v = normalizer.expressions(text, List.of(
                te(text, "three years", "DURATION", "P3Y"),
                te(text, "every", "SET", "XXXX-WXX-2"),
                te(text, "Tuesday", "SET", "XXXX-WXX-2")), WEDNESDAY);
        assertEquals(2, v.size(), "the two pieces of 'every Tuesday' are one set");
        assertEquals("every Tuesday", v.get(1).text());
        assertTrue(v.stream().allMatch(t -> t.anchored() && !t.onCalendar()));
    }

    @Test
    void withoutAPublicationDateRelativeWordsStayUnresolved() {
        String text = "She said on Wednesday that talks failed yesterday; the plan dates from May 2021. Now it ends.";
        List<TimeValue> v = normalizer.expressions(text, List.of(
                te(text, "Wednesday", "DATE", "XXXX-WXX-3"),
                te(text, "yesterday", "DATE", "", "OFFSET P-1D"),
                te(text, "May 2021", "DATE", "2021-05"),
                te(text, "Now", "DATE", "PRESENT_REF")), Optional.empty());
        assertFalse(v.get(0).anchored());
        assertEquals("Wednesday", v.get(0).text());
        assertEquals(Optional.empty(), v.get(0).day());
        assertFalse(v.get(1).anchored());
        assertEquals("yesterday", v.get(1).text());
        assertTrue(v.get(2).anchored(), "an absolute date needs no publication date");
        assertFalse(v.get(3).anchored());
    }

    @Test
    void nowIsThePublicationDayWhenThereIsOne() {
        String text = "Now it ends.";
        TimeValue v = normalizer.expressions(text, List.of(te(text, "Now", "DATE", "PRESENT_REF")), WEDNESDAY).get(0);
        assertEquals(WEDNESDAY, v.day());
    }

    @Test
    void zonesAreKeptFromTheValueAndFromTheWords() {
        String text = "Polls close at 5 pm EST; the count began at 10:30 a.m. GMT yesterday and at 9 p.m. CEST.";
        List<TimeValue> v = normalizer.expressions(text, List.of(
                te(text, "5 pm EST", "TIME", "2023-05-24T17:00-0500"),
                te(text, "10:30 a.m. GMT yesterday", "TIME", "2023-05-23T10:30"),
                te(text, "9 p.m. CEST", "TIME", "2023-05-24T21:00")), WEDNESDAY);
        assertEquals(Optional.of(ZoneOffset.ofHours(-5)), v.get(0).offset());
        assertEquals(Optional.of(Precision.MINUTE), v.get(0).precision());
        assertEquals(Optional.of(ZoneOffset.UTC), v.get(1).offset());
        assertEquals(Optional.of(LocalDate.of(2023, 5, 23)), v.get(1).day());
        assertEquals(Optional.of(ZoneOffset.ofHours(2)), v.get(2).offset());
        List<TimeValue> without = new TimeNormalizer(EnumSet.noneOf(TimeNormalizer.Rule.class)).expressions(text,
                List.of(te(text, "9 p.m. CEST", "TIME", "2023-05-24T21:00")), WEDNESDAY);
        assertEquals(Optional.empty(), without.get(0).offset(), "the zone comes from the ZONE_IN_TEXT rule");
    }

    @Test
    void decadesAndCenturiesAreWrittenAsTimex3Does() {
        String text = "In the 1990s, as in the 20th century.";
        List<TimeValue> v = normalizer.expressions(text, List.of(
                te(text, "the 1990s", "DATE", "199X"), te(text, "the 20th century", "DATE", "19XX")), WEDNESDAY);
        assertEquals("199", v.get(0).value());
        assertEquals(Optional.of(Precision.DECADE), v.get(0).precision());
        assertEquals(LocalDate.of(1999, 12, 31), v.get(0).lastDay().orElseThrow());
        assertEquals("19", v.get(1).value());
        assertEquals(Optional.of(Precision.CENTURY), v.get(1).precision());
    }

    @Test
    void theBareSecondDayOfARangeIsFound() {
        String text = "The festival runs July 11 and 12, with 3 stages and 40 bands.";
        List<TimeValue> v = normalizer.expressions(text, List.of(te(text, "July 11", "DATE", "2023-07-11")), WEDNESDAY);
        assertEquals(2, v.size());
        assertEquals("12", v.get(1).text());
        assertEquals(Optional.of(LocalDate.of(2023, 7, 12)), v.get(1).day());
        String counts = "On July 11 and 12 people came; on May 3 to 2 pm it rained.";
        List<TimeValue> w = normalizer.expressions(counts, List.of(te(counts, "July 11", "DATE", "2023-07-11"),
                te(counts, "May 3", "DATE", "2023-05-03")), WEDNESDAY);
        assertEquals(List.of("July 11", "12", "May 3"), w.stream().map(TimeValue::text).toList(),
                "'2 pm' is a time, not a day");
    }

    @Test
    void rangesAreOneValue() {
        String text = "The festival runs July 11 and 12 and the talks run from Monday to Wednesday, "
                + "between 3 pm and 5 pm EST; he met them on Monday and Friday.";
        List<TimeExpression> sutime = new ArrayList<>(List.of(
                te(text, "July 11", "DATE", "2023-07-11"),
                te(text, "Monday", "DATE", "2023-05-29"),
                te(text, "Wednesday", "DATE", "2023-05-31"),
                te(text, "3 pm", "TIME", "2023-05-24T15:00"),
                te(text, "5 pm EST", "TIME", "2023-05-24T17:00-0500")));
        int later = text.indexOf("on Monday and Friday");
        sutime.add(new TimeExpression("Monday", new Span(later + 3, later + 9), "DATE", "2023-05-22", 0, ""));
        sutime.add(new TimeExpression("Friday", new Span(later + 14, later + 20), "DATE", "2023-05-19", 0, ""));
        List<TimeValue> v = TimeRanges.join(text, normalizer.expressions(text, sutime, WEDNESDAY));
        assertEquals(List.of("July 11 and 12", "Monday to Wednesday", "3 pm and 5 pm EST", "Monday", "Friday"),
                v.stream().map(TimeValue::text).toList());
        TimeValue days = v.get(0);
        assertTrue(days.isRange());
        assertEquals("2023-07-11/2023-07-12", days.value());
        assertEquals(LocalDate.of(2023, 7, 11), days.firstDay().orElseThrow());
        assertEquals(LocalDate.of(2023, 7, 12), days.lastDay().orElseThrow());
        assertEquals(Optional.empty(), days.day(), "a range is not one day");
        assertEquals(LocalDate.of(2023, 5, 31), v.get(1).lastDay().orElseThrow());
        assertEquals(Optional.of(ZoneOffset.ofHours(-5)), v.get(2).offset());
        assertEquals(Optional.of(Precision.MINUTE), v.get(2).precision());
    }

    @Test
    void impossibleValuesHaveNoPlace() {
        String text = "On February 30 nothing happened.";
        TimeValue v = normalizer.expressions(text, List.of(te(text, "February 30", "DATE", "2023-02-30")), WEDNESDAY).get(0);
        assertFalse(v.onCalendar());
    }
}
