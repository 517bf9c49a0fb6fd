package org.newskg.eval;

import java.util.List;
import java.util.Objects;
import org.newskg.core.Span;

/**
 * How one article's system statements compare with its speaker gold.
 *
 * @param article the gold article locator
 * @param text    the cleaned text the spans point into
 * @param found   gold statements a system statement overlaps, with the speaker verdict
 * @param missed  gold statements no system statement overlaps
 * @param lost    gold rows whose anchor is not in the cleaned text (dropped by the cleaner, or a gold error);
 *                for a trap that is the cleaner's success
 * @param system  every system statement with what it overlaps
 * @param traps   the gold's traps for the article, placed or lost
 */
public record SpeakerComparison(String article, String text, List<Found> found, List<Missed> missed,
        List<SpeakerGold.Row> lost, List<Judged> system, int traps) {
    public SpeakerComparison {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        found = List.copyOf(found);
        missed = List.copyOf(missed);
        lost = List.copyOf(lost);
        system = List.copyOf(system);
    }

    /** A gold statement found, by the system statement that overlaps its anchor most. */
    public record Found(SpeakerGold.Row gold, Span anchor, SystemSpeech system, SpeakerNames.Verdict verdict) {}

    /** A gold statement no system statement overlaps. */
    public record Missed(SpeakerGold.Row gold, Span anchor) {}

    /** What a system statement is, judged by the gold rows it overlaps. */
    public enum Outcome {
        /** Overlaps a gold statement. */
        SPEECH,
        /** Overlaps only rows the gold leaves open; not counted. */
        OPTIONAL,
        /** Overlaps a gold trap: certainly not speech. */
        TRAP,
        /** Overlaps no gold row: not speech, unless the gold missed it (check by hand). */
        UNMATCHED,
        /**
         * A speech act on a topic ("criticised the measures") that overlaps no gold row: the product
         * makes no statement of it, so it is counted apart, not as a statement that is not speech.
         */
        TOPIC;

        public boolean notSpeech() {
            return this == TRAP || this == UNMATCHED;
        }
    }

    /** A system statement and its outcome; {@code gold} is the overlapped row, if any. */
    public record Judged(SystemSpeech statement, Outcome outcome, java.util.Optional<SpeakerGold.Row> gold) {}
}
