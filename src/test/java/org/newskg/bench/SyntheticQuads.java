package org.newskg.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.Iris;

/**
 * Writes synthetic article graphs ({@link SyntheticCorpus}, the seed of the aggregate benchmark) as
 * one N-Quads file, for timing bulk loads without CoreNLP: {@code SyntheticQuads QUADS FILE}.
 */
public final class SyntheticQuads {
    private SyntheticQuads() {}

    public static void main(String[] args) throws Exception {
        long quads = Long.parseLong(args[0]);
        int expected = (int) Math.max(50, quads / SyntheticCorpus.QUADS_PER_ARTICLE);
        SyntheticCorpus corpus = new SyntheticCorpus(new Iris(Iris.DEFAULT_BASE), 20261203L, Math.max(100, expected / 4));
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
            for (int i = 0; written < quads; i++) {
                ArticleGraph a = corpus.article(i);
                RDFDataMgr.writeQuads(out, a.graph().find().mapWith(t -> Quad.create(a.name(), t)));
                written += a.graph().size();
            }
        }
        System.err.println(written + " quads to " + args[1]);
    }
}
