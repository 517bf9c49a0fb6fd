package org.newskg.pipeline;

/**
 * How an ingest runs.
 *
 * @param workers     articles annotated at once
 * @param batch       how many articles go into one store transaction
 * @param reannotate  annotate every input, also those whose graph the store holds already
 * @param budget      what one article may cost in characters and annotation time
 * @param followLinks read symbolic links in the folders also when they lead out of the paths named
 * @param limit       most articles taken from the inputs (in input order); 0 for all
 */
public record IngestSettings(int workers, WriteBatch batch, boolean reannotate, ArticleBudget budget,
        boolean followLinks, int limit) {

    public IngestSettings {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("the limit must be 0 (all) or more: " + limit);
        }
    }

    public static IngestSettings of(int workers) {
        return new IngestSettings(workers, WriteBatch.DEFAULT, false, ArticleBudget.DEFAULT, false, 0);
    }
}
