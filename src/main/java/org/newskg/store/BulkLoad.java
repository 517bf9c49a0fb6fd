package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.system.progress.ProgressMonitor;
import org.apache.jena.system.progress.ProgressMonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.rdf.Vocab;

/**
 * Loads RDF files (the N-Quads of {@code newskg spark} or {@code newskg dump}) into a store with
 * TDB2's bulk loaders, which write the node table and indexes in bulk instead of one transaction
 * per batch of articles. The loaders bypass the full-text index, so the index is dropped and built
 * again from the whole store when the store is next opened ({@link FullText}). The store's own
 * settings graph is not loaded from the files: the target store keeps its base IRI and settings,
 * and the settings the files carry are returned for the caller to compare and apply.
 *
 * <p>A bulk load adds quads: an article already in the store from the same source is not replaced
 * (that is what {@code ingest} does, article by article). The corpus graph is left to be recomputed.
 */
public final class BulkLoad {
    /** TDB2's loaders: parallel (all indexes at once, most threads) or phased (fewer threads, less memory). */
    public enum Plan {
        PARALLEL, PHASED
    }

    /** What was loaded: quads, and the settings-graph quads the files carried (not loaded). */
    public record Result(long quads, List<Quad> settings) {}

    private BulkLoad() {}

    /**
     * Loads {@code files} into the TDB2 database at {@code store}, which must be closed in this
     * process (no {@link KnowledgeStore} open on it) and not held by another.
     */
    public static Result load(Path store, List<Path> files, Plan plan, MonitorOutput output) {
        Path dir = store.toAbsolutePath().normalize();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        List<Quad> settings = new ArrayList<>();
        try {
            DataLoader loader = plan == Plan.PARALLEL ? LoaderFactory.parallelLoader(dsg, output)
                    : LoaderFactory.phasedLoader(dsg, output);
            loader.startBulk();
            try {
                StreamRDF withoutSettings = new WithoutSettings(loader.stream(), settings);
                ProgressMonitor monitor = ProgressMonitorOutput.create(output, "Load", 100_000, 10);
                monitor.start();
                for (Path file : files) {
                    monitor.setLabel(LoaderOps.label(file.getFileName().toString()));
                    LoaderOps.inputFile(withoutSettings, file.toString(), monitor);
                }
                monitor.finish();
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return new Result(loader.countQuads() + loader.countTriples(), settings);
        } finally {
            TDBInternal.expel(dsg);
            dropTextIndex(dir);
        }
    }

    /** Deletes the store's text index, so that the next open builds it over all the data. */
    private static void dropTextIndex(Path store) {
        Path index = store.resolve(FullText.FOLDER);
        if (!Files.isDirectory(index)) {
            return;
        }
        try (Stream<Path> all = Files.walk(index)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the old text index " + index + ": " + e.getMessage(), e);
        }
    }

    /** The base IRI a list of settings-graph quads records, if any. */
    public static Optional<String> baseIn(List<Quad> settings) {
        return settings.stream().filter(q -> q.getPredicate().equals(Vocab.BASE_IRI))
                .map(q -> q.getObject().getLiteralLexicalForm()).findFirst();
    }

    /** Passes everything on but the quads of the store's settings graph, which it keeps aside. */
    private static final class WithoutSettings extends StreamRDFWrapper {
        private final List<Quad> settings;

        WithoutSettings(StreamRDF loader, List<Quad> settings) {
            super(loader);
            this.settings = settings;
        }

        @Override
        public void quad(Quad quad) {
            if (quad.getGraph().equals(Vocab.STORE_GRAPH)) {
                settings.add(quad);
            } else {
                super.quad(quad);
            }
        }
    }
}
