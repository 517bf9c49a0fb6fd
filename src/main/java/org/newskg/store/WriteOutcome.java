package org.newskg.store;

/** What storing one article graph did. */
public enum WriteOutcome {
    /** A new article. */
    ADDED,
    /** The same source was ingested before: its graph was replaced. */
    REPLACED,
    /** The same source was ingested before and gave exactly these triples: nothing written. */
    UNCHANGED,
    /** The same article (same URL or text) is already stored from another source: nothing written. */
    DUPLICATE
}
