package org.newskg.spark;

import java.io.Serializable;

/**
 * One input file of a Spark run, listed on the driver: where executors read it, and the source
 * name its articles get (the canonical absolute path of a local file, as {@code ingest} names it,
 * or the full URI of a file on a Hadoop file system).
 */
public record InputFile(String location, String source, long bytes) implements Serializable {}
