package org.newskg.clean;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published, as precisely as its source says.
 *
 * @param date     the calendar date (in the article's own time zone where one is given)
 * @param instant  the full date-time with its UTC offset, when the source gives a time and a zone
 * @param evidence the exact words the date was read from ("24 May 2023, 18:13 GMT+10")
 */
public record PublicationDate(LocalDate date, Optional<OffsetDateTime> instant, String evidence) {
    public PublicationDate {
        Objects.requireNonNull(date, "date");
        instant = instant == null ? Optional.empty() : instant;
        Objects.requireNonNull(evidence, "evidence");
        if (instant.isPresent() && !instant.get().toLocalDate().equals(date)) {
            throw new IllegalArgumentException("date " + date + " does not match instant " + instant.get());
        }
    }

    public static PublicationDate of(LocalDate date, String evidence) {
        return new PublicationDate(date, Optional.empty(), evidence);
    }

    public static PublicationDate of(OffsetDateTime instant, String evidence) {
        return new PublicationDate(instant.toLocalDate(), Optional.of(instant), evidence);
    }
}
