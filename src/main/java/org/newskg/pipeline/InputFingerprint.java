package org.newskg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.newskg.extract.RuleFiles;
import org.newskg.rdf.Iris;
import org.newskg.source.RawArticle;

/**
 * The fingerprint of an input before any processing: SHA-256 of its source, raw text and stated
 * metadata, of the newskg version and of the extraction rule files ({@link RuleFiles#hash()}, so
 * that changed rules extract stored articles again). The pipeline makes the same graph from the same input with
 * the same release, so an input whose source and fingerprint are stored need not be annotated
 * again; a new release changes every fingerprint and so re-annotates. During development, where
 * the code changes within one version number, {@code ingest --reannotate} forces it.
 */
public final class InputFingerprint {
    /** The release, from the build (the same whether the classes run from the jar or a folder). */
    static final String VERSION = release();
    /** The extraction rules that are data, hashed once per process. */
    private static final String RULES = RuleFiles.hash();

    private InputFingerprint() {}

    private static String release() {
        Properties p = new Properties();
        try (InputStream in = InputFingerprint.class.getResourceAsStream("/org/newskg/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("org/newskg/version.properties is missing from the build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    public static String of(RawArticle raw) {
        // The metadata record's text form lists every field; the version pins that form too.
        return Iris.sha256(String.join("\u0000", "newskg " + VERSION, "rules " + RULES, raw.source(), raw.text(), raw.hints().toString()));
    }
}
