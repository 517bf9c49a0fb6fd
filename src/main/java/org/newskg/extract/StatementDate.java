package org.newskg.extract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.newskg.time.TimeValue;

/**
 * When a statement was made.
 *
 * @param date     the day
 * @param fromText true when the article says when ("on Wednesday"), false when it is the publication date
 * @param evidence the words it was read from (the time expression, or the publication date's evidence)
 * @param time     the article's time value it was read from, when {@code fromText}
 */
public record StatementDate(LocalDate date, boolean fromText, String evidence, Optional<TimeValue> time) {
    public StatementDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
        time = time == null ? Optional.empty() : time;
    }

    public StatementDate(LocalDate date, boolean fromText, String evidence) {
        this(date, fromText, evidence, Optional.empty());
    }
}
