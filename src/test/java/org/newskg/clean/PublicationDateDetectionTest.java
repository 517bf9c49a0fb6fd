package org.newskg.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.source.RawArticle;

/** Publication dates in the formats news pages print, read from the header only. */
class PublicationDateDetectionTest {

    private final Cleaner cleaner = new Cleaner();

    private PublicationDate dateOf(String dateLine) {
        String page = String.join("\n", CleanerTest.HEADLINE, dateLine, CleanerTest.P1, CleanerTest.P2);
        CleanArticle a = cleaner.clean(new RawArticle("t", page));
        assertEquals(String.join("\n", CleanerTest.HEADLINE, CleanerTest.P1, CleanerTest.P2), a.text(),
                "the date line leaves the text");
        return a.metadata().published().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "2023-05-24T16:38:14+07:00; 2023-05-24T16:38:14+07:00; 2023-05-24T16:38:14+07:00",
        "Posted 2021-11-02T08:00:00Z; 2021-11-02T08:00Z; 2021-11-02T08:00:00Z",
        "12 April 2022, 09:45 GMT+10; 2022-04-12T09:45+10:00; 12 April 2022, 09:45 GMT+10",
        "12 April 2022 09:45 UTC-03:30; 2022-04-12T09:45-03:30; 12 April 2022 09:45 UTC-03:30",
        "March 3, 2023 5:30 PM ET; 2023-03-03T17:30-05:00; March 3, 2023 5:30 PM ET",
        "Updated on July 14, 2022 at 7:05 a.m. ET | Published on July 14, 2022 at 6:00 a.m. ET; 2022-07-14T06:00-04:00; July 14, 2022 at 6:00 a.m. ET",
        "Aug 9, 2020 11:15 BST; 2020-08-09T11:15+01:00; Aug 9, 2020 11:15 BST",
        "Sunday, 5 Feb 2023 21:10 CET; 2023-02-05T21:10+01:00; Sunday, 5 Feb 2023 21:10 CET",
        "Jan 30, 2024, 10:00 IST; 2024-01-30T10:00+05:30; Jan 30, 2024, 10:00 IST",
        "Nov 1, 2022 9:00 PM PT; 2022-11-01T21:00-07:00; Nov 1, 2022 9:00 PM PT",
    })
    void readsInstantsWithTheirZone(String line, String instant, String evidence) {
        PublicationDate d = dateOf(line);
        assertEquals(Optional.of(OffsetDateTime.parse(instant)), d.instant());
        assertEquals(evidence, d.evidence());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Wed, May 24, 2023; 2023-05-24; Wed, May 24, 2023",
        "Published on Sept. 4, 2019; 2019-09-04; Sept. 4, 2019",
        "4th October 2018; 2018-10-04; 4th October 2018",
        "Feb 2, 2023 10:00 CST; 2023-02-02; Feb 2, 2023 10:00",
    })
    void readsDatesWithoutAnInstantWhenNoZoneIsKnown(String line, String date, String evidence) {
        PublicationDate d = dateOf(line);
        assertEquals(LocalDate.parse(date), d.date());
        assertTrue(d.instant().isEmpty());
        assertEquals(evidence, d.evidence());
    }

    @Test
    void prefersTheMostPreciseStatementOnTheLine() {
        PublicationDate d = dateOf("Wed, May 24, 2023 Published on May. 24, 2023 Published on 2023-05-24T09:00:00+02:00");
        assertEquals(Optional.of(OffsetDateTime.parse("2023-05-24T09:00+02:00")), d.instant());
    }

    @Test
    void prefersPublishedOverUpdated() {
        PublicationDate d = dateOf("Updated: 2023-06-02T10:00:00+00:00 | Published: May 30, 2023");
        assertEquals(LocalDate.of(2023, 5, 30), d.date());
    }

    @Test
    void dateInsideTheStoryIsNotThePublicationDate() {
        String page = String.join("\n", CleanerTest.HEADLINE, CleanerTest.P1, CleanerTest.P2,
                "The harbour wall was last rebuilt on June 29, 2002, after a flood.", CleanerTest.P3,
                "June 29, 2002", CleanerTest.P4);
        CleanArticle a = cleaner.clean(new RawArticle("t", page));
        assertTrue(a.metadata().published().isEmpty());
        assertTrue(a.text().contains("\nJune 29, 2002\n"), "a bare date inside the story stays story");
    }

    @Test
    void bylineAndDateOnOneLine() {
        String page = String.join("\n", CleanerTest.HEADLINE, "By Tomas Erlend | March 3, 2023 5:30 PM EST",
                CleanerTest.P1, CleanerTest.P2);
        CleanArticle a = cleaner.clean(new RawArticle("t", page));
        assertEquals(Optional.of("By Tomas Erlend"), a.metadata().byline());
        assertEquals(Optional.of(OffsetDateTime.parse("2023-03-03T17:30-05:00")),
                a.metadata().published().orElseThrow().instant());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "PORT WRENLY, 24 May 2023 (Coastal Wire) - ; 2023-05-24; 24 May 2023",
        "Port Wrenly, Norland, May 24, 2023 /Harbour Newswire/ -- ; 2023-05-24; May 24, 2023",
        "PORT WRENLY, May 24, 2023 8:15 CEST: ; 2023-05-24; May 24, 2023 8:15 CEST",
    })
    void readsTheDatelineOpeningTheStoryAndKeepsWhereItIs(String dateline, String date, String evidence) {
        String first = dateline + P1_LOWER;
        CleanArticle a = cleaner.clean(new RawArticle("t", String.join("\n", CleanerTest.HEADLINE, first, CleanerTest.P2)));
        PublicationDate d = a.metadata().published().orElseThrow();
        assertEquals(LocalDate.parse(date), d.date());
        assertEquals(evidence, d.evidence());
        assertEquals(evidence, d.inText().orElseThrow().of(a.text()), "the evidence is where the span says");
        assertTrue(a.text().contains(first), "a dateline is part of the story and stays in the text");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "PORT WRENLY, May 24 (Coastal Wire) - ",
        "On 24 May 2023 - ",
        "PORT WRENLY - On May 24, 2023 ",
    })
    void noDatelineDateWithoutAYearOrAPlaceBeforeIt(String start) {
        CleanArticle a = cleaner.clean(new RawArticle("t", String.join("\n", CleanerTest.HEADLINE, start + P1_LOWER, CleanerTest.P2)));
        assertTrue(a.metadata().published().isEmpty(), () -> a.metadata().published().toString());
    }

    @Test
    void aDateLineInTheHeaderWinsOverTheDateline() {
        String page = String.join("\n", CleanerTest.HEADLINE, "Published 2023-05-25T08:00:00+02:00",
                "PORT WRENLY, 24 May 2023 (Coastal Wire) - " + P1_LOWER, CleanerTest.P2);
        PublicationDate d = cleaner.clean(new RawArticle("t", page)).metadata().published().orElseThrow();
        assertEquals(LocalDate.of(2023, 5, 25), d.date());
        assertTrue(d.inText().isEmpty());
    }

    private static final String P1_LOWER = "residents voted on Tuesday to rebuild the town's lighthouse, ending a debate "
            + "that had divided the council for almost three years.";
}
