package org.newskg.store;

import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Read access to a store that another component opened: the dataset the Fuseki server built
 * from its configuration, which the linked-data pages read beside the SPARQL endpoint.
 */
public final class ServedStore {
    private ServedStore() {}

    /** Runs {@code action} in a read transaction on {@code dataset}. */
    public static <T> T read(DatasetGraph dataset, Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    /** The base IRI recorded in the store's settings graph; empty for a dataset newskg did not create. */
    public static Optional<String> baseIri(DatasetGraph dataset) {
        return read(dataset, () -> KnowledgeStore.recordedBase(dataset));
    }
}
