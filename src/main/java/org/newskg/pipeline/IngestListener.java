package org.newskg.pipeline;

import org.newskg.core.Issue;
import org.newskg.store.Compaction;

/** Hears what an ingest run does, one input at a time: for progress display and logs. */
public interface IngestListener {
    /** The run knows how many input files it has. */
    default void started(int files) {}

    /** One input file is done, whatever became of it. */
    default void fileDone(String source) {}

    /**
     * An article went through CoreNLP and waits for its commit; called in input order from the
     * writing thread, as every method here, so a listener needs no locking.
     */
    default void annotated(String source, int tokens) {}

    /**
     * The run waits for one article whose annotation has been running for {@code running}: heard
     * about every second or so while it lasts, so that progress goes on during a long article.
     */
    default void annotating(String source, java.time.Duration running) {}

    /**
     * Articles are done and committed: written, or found in the store already (unchanged, or a
     * duplicate of a stored one). What a crash cannot take back any more.
     */
    default void stored(int articles) {}

    /**
     * Names the recogniser found in a committed article that the entity rules did not keep, each
     * with its reason (only called when there are some).
     */
    default void notKept(String source, java.util.List<org.newskg.extract.NotKept> candidates) {}

    /** A problem with one input; the run goes on. */
    default void issue(Issue issue) {}

    /** Every article is stored; the statements across articles are being recomputed. */
    default void rebuilding() {}

    /** The store had grown past its compaction factor and was compacted. */
    default void compacted(Compaction compaction) {}

    /** The run is over. */
    default void finished(IngestSummary summary) {}

    IngestListener NONE = new IngestListener() {};
}
