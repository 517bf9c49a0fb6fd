package org.newskg.time;

import java.util.Optional;

/** How finely a time value places itself on the calendar: "the 1990s" by decade, "May 24" by day. */
public enum Precision {
    CENTURY, DECADE, YEAR, HALF_YEAR, SEASON, QUARTER, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND;

    /** At least as fine as a day: a single day can be read off the value. */
    public boolean dayOrFiner() {
        return compareTo(DAY) >= 0;
    }

    /** The OWL-Time unit of the same size (time:unitDay ...), empty for the sizes OWL-Time does not name. */
    public Optional<String> owlTimeUnit() {
        return switch (this) {
            case YEAR -> Optional.of("unitYear");
            case MONTH -> Optional.of("unitMonth");
            case WEEK -> Optional.of("unitWeek");
            case DAY -> Optional.of("unitDay");
            case HOUR -> Optional.of("unitHour");
            case MINUTE -> Optional.of("unitMinute");
            case SECOND -> Optional.of("unitSecond");
            default -> Optional.empty();
        };
    }
}
