package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.lucene.store.FSDirectory;
import org.newskg.rdf.Vocab;

/**
 * The Lucene full-text index over the store (jena-text): statement and report texts
 * ({@code schema:text}, field {@code text}), entity names ({@code schema:name}, field
 * {@code name}) and article titles ({@code schema:headline}, field {@code title}). It lives in
 * {@value #FOLDER} inside the store folder. The store is always opened through the text
 * dataset, so every write (ingest, remove, corpus rebuild) updates the index in the same
 * transaction. {@code fuseki-config/config.ttl} declares the same index for the server.
 *
 * <p>Each indexed value is one Lucene document keyed by subject, field, value and graph, so
 * removing an article removes its documents and no other graph's copy of the same name.
 */
public final class FullText {
    /** Folder of the Lucene index inside the store folder. */
    public static final String FOLDER = "text-index";
    /** {@code text:field} names, as used in {@code text:query (field "words")}. */
    public static final String TEXT = "text";
    public static final String NAME = "name";
    public static final String TITLE = "title";

    private FullText() {}

    /** The entity map: which predicate goes to which field. */
    public static EntityDefinition entities() {
        EntityDefinition def = new EntityDefinition("uri", TEXT, Vocab.TEXT);
        def.set(NAME, Vocab.NAME);
        def.set(TITLE, Vocab.HEADLINE);
        def.setGraphField("graph");
        def.setUidField("uid");
        return def;
    }

    /**
     * The TDB2 dataset at {@code store} wrapped by the text index in {@code store/}{@value #FOLDER}.
     * A store written before the index existed gets one built from its data first.
     */
    static Dataset open(Dataset tdb, Path store) {
        useTdb2QueryEngine();
        Path folder = store.resolve(FOLDER);
        boolean fresh = !Files.isDirectory(folder);
        Dataset text;
        try {
            text = TextDatasetFactory.createLucene(tdb, FSDirectory.open(folder), new TextIndexConfig(entities()));
        } catch (IOException e) {
            throw new StoreException("cannot open the text index " + folder + ": " + e.getMessage(), e);
        }
        if (fresh) {
            indexEverything(tdb.asDatasetGraph(), index(text));
        }
        return text;
    }

    /**
     * Makes queries on text datasets over TDB2 run on TDB2's query engine (see {@link TextOverTdb2});
     * for a server that opens such a dataset itself.
     */
    public static void useTdb2QueryEngine() {
        TextOverTdb2.register();
    }

    /**
     * Builds the text index of the store at {@code store} if it has none yet (a store written
     * before the index existed), and closes it again, for a server that opens it itself.
     */
    public static void prepare(Path store) {
        Path dir = store.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve(FOLDER))) {
            index(open(TDB2Factory.connectDataset(dir.toString()), dir)).close();
        }
    }

    static TextIndex index(Dataset text) {
        return ((DatasetGraphText) text.asDatasetGraph()).getTextIndex();
    }

    // Reads the base dataset (not the text wrapper, which would index twice) and adds every
    // indexed value, then commits the index once.
    private static void indexEverything(DatasetGraph base, TextIndex index) {
        EntityDefinition def = index.getDocDef();
        base.executeRead(() -> {
            for (String field : def.fields()) {
                for (Node predicate : def.getPredicates(field)) {
                    for (Iterator<Quad> it = base.find(Node.ANY, Node.ANY, predicate, Node.ANY); it.hasNext(); ) {
                        Entity entity = TextQueryFuncs.entityFromQuad(def, it.next());
                        if (entity != null) {
                            index.addEntity(entity);
                        }
                    }
                }
            }
        });
        index.prepareCommit();
        index.commit();
    }
}
