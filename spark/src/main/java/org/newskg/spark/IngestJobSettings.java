package org.newskg.spark;

import java.io.Serializable;
import java.util.Map;

/**
 * What every executor needs to turn input files into article graphs, as {@code ingest} would.
 *
 * @param base            base IRI of the minted resources (the store it is loaded into must have the same)
 * @param maxBytes        largest input file read
 * @param maxArticleChars characters of one article that are annotated
 * @param mapping         columns of CSV and JSON Lines exports ({@code --map}), or null for the common names
 * @param hadoop          the driver's Hadoop configuration (file system connectors, credentials), rebuilt on executors
 */
public record IngestJobSettings(String base, long maxBytes, int maxArticleChars, String mapping,
        Map<String, String> hadoop) implements Serializable {}
