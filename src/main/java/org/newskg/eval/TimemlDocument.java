package org.newskg.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newskg.core.Span;

/**
 * One TimeML document: the text of its TEXT element without the tags, and the TIMEX3s in it.
 *
 * @param name    the file name
 * @param text    the text, entities decoded, tags removed: the gold offsets count in it
 * @param created the document creation time's day (the TIMEX3 with functionInDocument="CREATION_TIME")
 * @param timexes the TIMEX3s of the text, the creation time left out as TempEval-3 scores them
 */
public record TimemlDocument(String name, String text, Optional<LocalDate> created, List<TimemlDocument.Timex> timexes) {

    /** A gold TIMEX3: its words, where they are, its type and value. */
    public record Timex(String tid, Span span, String text, String type, String value) {
        public Timex {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(type, "type");
            value = value == null ? "" : value;
        }
    }

    public TimemlDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(created, "created");
        timexes = List.copyOf(timexes);
    }
}
