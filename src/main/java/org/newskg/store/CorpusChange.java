package org.newskg.store;

/** What a write of the corpus graph changed: triples added and triples deleted. */
public record CorpusChange(int added, int removed) {
    public boolean isEmpty() {
        return added == 0 && removed == 0;
    }
}
