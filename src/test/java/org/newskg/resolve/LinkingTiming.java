package org.newskg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.tdb2.TDB2Factory;
import org.newskg.rdf.ResolutionGraph;

/**
 * How long linking one article's entities takes once the WikiDict index exists (not a test; run
 * by hand, figures go to docs/PERFORMANCE.md, "Linking one article"):
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.newskg.resolve.LinkingTiming STORE
 * </pre>
 * Reads every article's entity records from a store (a copy: the store is only read) and links
 * them one article at a time, twice: the first pass pages the memory-mapped index in, the second
 * is what a warm process pays. A one-article ingest links inside its block update and prints no
 * linking line of its own, hence this timing.
 */
public final class LinkingTiming {
    private LinkingTiming() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: LinkingTiming STORE");
            System.exit(2);
        }
        Dataset store = TDB2Factory.connectDataset(args[0]);
        Map<String, List<EntityRecord>> byArticle = new TreeMap<>();
        store.begin(ReadWrite.READ);
        try {
            for (EntityRecord r : ResolutionGraph.records(store)) {
                byArticle.computeIfAbsent(r.article(), k -> new ArrayList<>()).add(r);
            }
        } finally {
            store.end();
        }
        EntityLinker linker = new EntityLinker(WikiDictIndex.shared(System.err::println));
        int entities = byArticle.values().stream().mapToInt(List::size).sum();
        System.out.printf(Locale.ROOT, "%d articles, %d entities%n", byArticle.size(), entities);
        for (String pass : List.of("first (cold)", "second (warm)")) {
            List<Double> ms = new ArrayList<>();
            for (List<EntityRecord> article : byArticle.values()) {
                long t = System.nanoTime();
                linker.linkArticles(article);
                ms.add((System.nanoTime() - t) / 1e6);
            }
            ms.sort(null);
            System.out.printf(Locale.ROOT, "%s pass: ms per article min %.1f, median %.1f, max %.1f%n", pass,
                    ms.get(0), ms.get(ms.size() / 2), ms.get(ms.size() - 1));
        }
    }
}
