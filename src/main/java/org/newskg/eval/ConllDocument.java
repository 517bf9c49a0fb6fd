package org.newskg.eval;

import java.util.List;

/**
 * One document of a CoNLL-2003 file: the sentences between two {@code -DOCSTART-} lines.
 *
 * @param index     0-based position of the document in the file
 * @param line      line number where it starts, 1-based
 * @param sentences its sentences, at least one
 */
public record ConllDocument(int index, int line, List<ConllSentence> sentences) {
    public ConllDocument {
        sentences = List.copyOf(sentences);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("a document needs at least one sentence");
        }
    }
}
