package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newskg.core.Span;

/**
 * One report, in one article, of something somebody said.
 *
 * @param type      direct quote, partial quote or reported speech
 * @param content   the characters of what was said (inside the quotation marks for a direct quote)
 * @param text      those characters, exactly
 * @param speaker   who said it, if the article says so
 * @param cue       the cue words ("said", "told", "according to"), empty when there are none
 * @param cueSpan   their characters, or an empty span at the content when there is no cue
 * @param addressee whom it was said to, as written ("reporters", "parliament"), if stated
 * @param venue     where, as written ("at a press conference"), if stated
 * @param about     the entities named in the content
 * @param statedOn  when it was said, if known
 * @param kind      speech, thought, question, characterisation, "according to" or finding
 * @param parts     for one remark quoted in pieces ("“A,” she said. “B.”"), each piece's characters, in
 *                  order (the content spans them all, the attribution between them too); empty for one piece
 */
public record Report(ReportType type, Span content, String text, Optional<Speaker> speaker, String cue, Span cueSpan,
        Optional<String> addressee, Optional<String> venue, List<Entity> about, Optional<StatementDate> statedOn,
        ReportKind kind, List<Span> parts) {
    public Report {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(text, "text");
        speaker = speaker == null ? Optional.empty() : speaker;
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(cueSpan, "cueSpan");
        addressee = addressee == null ? Optional.empty() : addressee;
        venue = venue == null ? Optional.empty() : venue;
        about = List.copyOf(about);
        statedOn = statedOn == null ? Optional.empty() : statedOn;
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** A report of speech. */
    public Report(ReportType type, Span content, String text, Optional<Speaker> speaker, String cue, Span cueSpan,
            Optional<String> addressee, Optional<String> venue, List<Entity> about, Optional<StatementDate> statedOn) {
        this(type, content, text, speaker, cue, cueSpan, addressee, venue, about, statedOn, ReportKind.SPEECH, List.of());
    }

    /** The same report, of another kind. */
    public Report withKind(ReportKind k) {
        return new Report(type, content, text, speaker, cue, cueSpan, addressee, venue, about, statedOn, k, parts);
    }
}
