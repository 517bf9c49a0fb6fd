package org.newskg.eval;

import java.util.Objects;
import java.util.Optional;
import org.newskg.core.Span;

/**
 * One statement the system found, as the speaker evaluation needs it.
 *
 * @param content       the characters of what was said, in the cleaned text
 * @param speakerText   the words that name the speaker, as written ("he", "Mr Smith"), if any
 * @param speakerEntity the name of the entity the system resolved them to (its fullest name in the article), if any
 * @param type          the system's report type (direct, partial, indirect ...), for error lists
 * @param cue           the cue words, for error lists; may be empty
 * @param kind          the system's report kind in lower case ("speech", "thought", ... "speech_act")
 */
public record SystemSpeech(Span content, Optional<String> speakerText, Optional<String> speakerEntity, String type,
        String cue, String kind) {
    /** The report kind of what a speech act was about ("criticised the measures"), which forms no statement. */
    static final String SPEECH_ACT = "speech_act";

    public SystemSpeech {
        Objects.requireNonNull(content, "content");
        speakerText = speakerText == null ? Optional.empty() : speakerText;
        speakerEntity = speakerEntity == null ? Optional.empty() : speakerEntity;
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(kind, "kind");
    }

    /** A report of speech. */
    public SystemSpeech(Span content, Optional<String> speakerText, Optional<String> speakerEntity, String type, String cue) {
        this(content, speakerText, speakerEntity, type, cue, "speech");
    }

    /** Whether the product makes a statement of it: every kind but a speech act on a topic. */
    public boolean statement() {
        return !kind.equals(SPEECH_ACT);
    }

    /** The speaker for display: "text -> entity", the text alone, or empty. */
    public String speaker() {
        String text = speakerText.orElse("");
        return speakerEntity.filter(e -> !e.equals(text)).map(e -> text + " -> " + e).orElse(text);
    }
}
