package org.newskg.clean;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.newskg.core.Span;

/**
 * When an article was published, as precisely as its source says.
 *
 * @param date     the calendar date (in the article's own time zone where one is given)
 * @param instant  the full date-time with its UTC offset, when the source gives a time and a zone
 * @param evidence the exact words the date was read from ("24 May 2023, 18:13 GMT+10")
 * @param inText   where those words are in the cleaned text, when they stayed in it (a dateline opening the
 *                 story: "LONDON, May 24, 2023 (Agency) -"); empty for metadata lines and the input's own fields
 */
public record PublicationDate(LocalDate date, Optional<OffsetDateTime> instant, String evidence, Optional<Span> inText) {
    public PublicationDate {
        Objects.requireNonNull(date, "date");
        instant = instant == null ? Optional.empty() : instant;
        Objects.requireNonNull(evidence, "evidence");
        inText = inText == null ? Optional.empty() : inText;
        if (instant.isPresent() && !instant.get().toLocalDate().equals(date)) {
            throw new IllegalArgumentException("date " + date + " does not match instant " + instant.get());
        }
    }

    public PublicationDate(LocalDate date, Optional<OffsetDateTime> instant, String evidence) {
        this(date, instant, evidence, Optional.empty());
    }

    public static PublicationDate of(LocalDate date, String evidence) {
        return new PublicationDate(date, Optional.empty(), evidence);
    }

    public static PublicationDate of(OffsetDateTime instant, String evidence) {
        return new PublicationDate(instant.toLocalDate(), Optional.of(instant), evidence);
    }

    /** The same date, its evidence at these characters of the cleaned text. */
    public PublicationDate at(Span span) {
        return new PublicationDate(date, instant, evidence, Optional.of(span));
    }
}
