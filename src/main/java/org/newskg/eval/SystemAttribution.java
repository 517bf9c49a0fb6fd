package org.newskg.eval;

import java.util.Objects;
import java.util.Optional;
import org.newskg.core.Span;

/**
 * One attribution the system found, as the scorer needs it.
 *
 * @param content what was said
 * @param speaker who said it, as written, if the system names anybody
 * @param direct  a direct quote (the speaker's words in quotation marks), not reported speech
 * @param cue     the cue words, for error lists; empty when there are none
 * @param kind    what kind of attribution the system says it is (speech, thought, ...), for figures per kind
 */
public record SystemAttribution(Span content, Optional<Span> speaker, boolean direct, String cue, String kind) {
    public SystemAttribution {
        Objects.requireNonNull(content, "content");
        speaker = speaker == null ? Optional.empty() : speaker;
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(kind, "kind");
    }

    public SystemAttribution(Span content, Optional<Span> speaker, boolean direct, String cue) {
        this(content, speaker, direct, cue, "");
    }
}
