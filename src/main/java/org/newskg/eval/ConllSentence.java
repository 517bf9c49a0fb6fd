package org.newskg.eval;

import java.util.List;

/**
 * One sentence of a CoNLL-2003 file: its tokens and their gold NER tags, as written (IOB1 or IOB2).
 *
 * @param tokens the words
 * @param tags   one NER tag per word ("O", "B-PER", "I-LOC", ...)
 * @param line   line number of its first word in the file, 1-based
 */
public record ConllSentence(List<String> tokens, List<String> tags, int line) {
    public ConllSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.isEmpty() || tokens.size() != tags.size()) {
            throw new IllegalArgumentException("a sentence needs one tag per token and at least one token");
        }
    }

    /** The gold entities, read from the tags as conlleval reads them. */
    public List<NerSpan> gold() {
        return Iob.spans(tags);
    }

    /** The words of a span, joined with spaces. */
    public String text(NerSpan span) {
        return String.join(" ", tokens.subList(span.begin(), span.end()));
    }

    /** The whole sentence, words joined with spaces. */
    public String text() {
        return String.join(" ", tokens);
    }
}
