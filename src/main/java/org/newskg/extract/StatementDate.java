package org.newskg.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a statement was made.
 *
 * @param date     the day
 * @param fromText true when the article says when ("on Wednesday"), false when it is the publication date
 * @param evidence the words it was read from (the time expression, or the publication date's evidence)
 */
public record StatementDate(LocalDate date, boolean fromText, String evidence) {
    public StatementDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
    }
}
