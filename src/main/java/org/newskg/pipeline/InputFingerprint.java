package org.newskg.pipeline;

import java.util.Optional;
import org.newskg.rdf.Iris;
import org.newskg.source.RawArticle;

/**
 * The fingerprint of an input before any processing: SHA-256 of its source, raw text and stated
 * metadata, and of the newskg version. The pipeline makes the same graph from the same input with
 * the same release, so an input whose source and fingerprint are stored need not be annotated
 * again; a new release changes every fingerprint and so re-annotates. Run from classes (no jar,
 * during development) the version is "development", and {@code ingest --reannotate} forces it.
 */
final class InputFingerprint {
    static final String VERSION = Optional.ofNullable(InputFingerprint.class.getPackage().getImplementationVersion())
            .orElse("development");

    private InputFingerprint() {}

    static String of(RawArticle raw) {
        // The metadata record's text form lists every field; the version pins that form too.
        return Iris.sha256(String.join("\u0000", "newskg " + VERSION, raw.source(), raw.text(), raw.hints().toString()));
    }
}
