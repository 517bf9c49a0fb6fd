package org.newskg.eval;

import java.util.Objects;

/**
 * An entity as CoNLL scores it: a type over a half-open range of token indices in one sentence.
 *
 * @param type  CoNLL type (PER, ORG, LOC, MISC)
 * @param begin index of its first token in the sentence
 * @param end   index after its last token
 */
public record NerSpan(String type, int begin, int end) {
    public NerSpan {
        Objects.requireNonNull(type, "type");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad token range [" + begin + "," + end + ")");
        }
    }

    public boolean overlaps(NerSpan other) {
        return begin < other.end && other.begin < end;
    }

    public boolean sameBoundaries(NerSpan other) {
        return begin == other.begin && end == other.end;
    }
}
