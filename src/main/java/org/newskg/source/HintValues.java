package org.newskg.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import org.newskg.clean.PublicationDate;

/**
 * Reads metadata values that inputs state in machine form (a CSV column, a meta tag, JSON-LD):
 * ISO dates and date-times, and absolute web URLs. A value that does not parse is no hint at all.
 */
public final class HintValues {
    // "2023-03-23 22:31:00" and "2023-03-23T22:31:00", optional fraction and offset ("Z", "+01:00", "+0100").
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private HintValues() {}

    /**
     * A publication date from an ISO date or date-time. A date-time without an offset is taken as
     * UTC only when {@code utc} says the source states so (a column named "..._gmt"); otherwise
     * only its calendar date is kept, since its zone is unknown.
     */
    public static Optional<PublicationDate> date(String value, boolean utc) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            var parsed = DATE_TIME.parseBest(v, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime odt) {
                return Optional.of(PublicationDate.of(odt, v));
            }
            LocalDateTime ldt = (LocalDateTime) parsed;
            return Optional.of(utc ? PublicationDate.of(ldt.atOffset(ZoneOffset.UTC), v) : PublicationDate.of(ldt.toLocalDate(), v));
        } catch (DateTimeParseException notDateTime) {
            try {
                return Optional.of(PublicationDate.of(LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v), v));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    /** An absolute http(s) URL, or empty: relative links and free text would make bad IRIs. */
    public static Optional<String> url(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(v);
            }
        } catch (URISyntaxException e) {
            // not a URL: no hint
        }
        return Optional.empty();
    }
}
