package org.newskg.eval;

import java.util.List;
import java.util.Optional;

/**
 * How one article's system attributions line up with its gold ones, under the overlap rule
 * (content overlap F1 at least {@link AttributionScorer#MIN_OVERLAP_F1}).
 *
 * @param matched pairs, with their overlap F1 and what the speaker check said
 * @param missed  gold attributions left without a match, each with the system attribution
 *                that overlaps it most (if any) and that overlap F1
 * @param spurious system attributions left without a match, likewise with the best gold
 */
public record AttributionComparison(String text, List<Match> matched, List<Miss> missed, List<Spurious> spurious) {
    public AttributionComparison {
        matched = List.copyOf(matched);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    /** The speaker check on a matched pair. */
    public enum SourceCheck {
        /** The system's speaker overlaps the gold source. */
        RIGHT,
        /** The system names a speaker elsewhere. */
        WRONG,
        /** The gold has a source; the system names none. */
        NONE,
        /** The gold has no source, and the system names a speaker anyway. */
        GOLD_NONE_SYSTEM_SOME,
        /** Neither names a source. */
        BOTH_NONE
    }

    public record Match(GoldAttribution gold, SystemAttribution system, double overlap, boolean exact, SourceCheck source) {}

    public record Miss(GoldAttribution gold, Optional<SystemAttribution> nearest, double overlap) {}

    public record Spurious(SystemAttribution system, Optional<GoldAttribution> nearest, double overlap) {}
}
