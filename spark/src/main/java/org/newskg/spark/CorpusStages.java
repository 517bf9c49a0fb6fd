package org.newskg.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.newskg.rdf.CorpusGraph;
import org.newskg.rdf.Iris;
import org.newskg.rdf.ResolutionGraph;
import org.newskg.rdf.Vocab;
import org.newskg.resolve.EntityLinker;
import org.newskg.resolve.EntityRecord;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.Resolution;
import org.newskg.resolve.StatementClusterer;
import org.newskg.resolve.StoredReport;
import org.newskg.resolve.WikiDictIndex;
import org.newskg.spark.CorpusRows.RecordRow;
import org.newskg.spark.CorpusRows.ReportRow;
import org.newskg.spark.CorpusRows.Rows;
import scala.Tuple2;

/**
 * The corpus layer's cross-article work as Spark stages over the article graphs, decided block by
 * block by the same pure code as {@code newskg rebuild} ({@code pipeline.CorpusRebuild}):
 *
 * <ol>
 *   <li>records: each part of the article graphs read into entity records and reports (the rebuild's
 *       queries), and when linking each article's entities linked in its context ({@link EntityLinker#linkArticles});</li>
 *   <li>blocking keys: each article-level IRI's keys from all of its records ({@link EntityResolver#blockingKeys});</li>
 *   <li>components: IRIs joined where they share a group key, or a target key and its probe (as
 *       {@code pipeline.BlockUpdate} follows them in the store), by iterative joins (each IRI takes the
 *       smallest label among its keys' members until no label changes);</li>
 *   <li>resolution: each component resolved alone ({@link EntityResolver#resolve}); no rule compares
 *       IRIs that share no key, so the union is the resolution of the whole corpus;</li>
 *   <li>statements: reports grouped by their speaker's canonical IRI, each group clustered alone
 *       ({@link StatementClusterer}: it compares reports of one speaker only).</li>
 * </ol>
 *
 * The output is the corpus graph's triples for these (entities joined, their reasons and names, the
 * blocking keys, the corpus entities' Wikipedia links when linking, statements), as N-Quads lines in
 * {@code urn:newskg:corpus}. When linking, each part's articles are linked in the records stage
 * (the linker works article by article) and a page found for an IRI is one more group key. Not
 * computed here (yet): events and counts; {@code newskg load} recomputes the whole corpus graph in the store.
 */
public final class CorpusStages {
    private CorpusStages() {}

    /** One stateless resolver and clusterer per executor JVM. */
    private static final class Rules {
        static final EntityResolver RESOLVER = new EntityResolver();
        static final StatementClusterer CLUSTERER = new StatementClusterer();
    }

    /** The linker of an executor JVM, over the WikiDict index in its cache (built there on first use, as ingest does). */
    private static final class Linking {
        static final EntityLinker LINKER = new EntityLinker(WikiDictIndex.shared(System.err::println));
    }

    /**
     * The corpus quads of the article graphs in {@code parts} (each element the text of one N-Quads
     * file), without duplicates, for a store with base IRI {@code base}; {@code link} as the store's
     * link setting (entities linked to Wikipedia in their articles' context, which joins names of one page).
     */
    public static JavaRDD<String> corpusQuads(JavaSparkContext spark, JavaRDD<String> parts, String base, boolean link) {
        spark.setJobGroup("newskg-corpus", "newskg corpus layer: " + (link ? "linking per article, " : "")
                + "resolution by blocks, statements by speaker", false);
        JavaRDD<Rows> rows = parts.map(p -> CorpusRows.read(p, link ? Linking.LINKER : null))
                .setName("newskg records and reports per part").cache();
        JavaPairRDD<String, Iterable<RecordRow>> byIri = rows.flatMap(r -> r.records().iterator())
                .mapToPair(r -> new Tuple2<>(r.iri(), r)).groupByKey().setName("newskg records by entity IRI").cache();
        JavaPairRDD<String, String> keys = byIri.flatMapToPair(e -> {
            List<Tuple2<String, String>> out = new ArrayList<>();
            Rules.RESOLVER.blockingKeys(records(e._2()), EntityLinker.pageOfIri(found(e._2()))).getOrDefault(e._1(), Set.of())
                    .forEach(k -> out.add(new Tuple2<>(e._1(), k)));
            return out.iterator();
        }).setName("newskg blocking keys").cache();

        JavaPairRDD<String, String> labels = components(byIri.keys(), links(keys));
        JavaRDD<Resolved> resolved = byIri.join(labels).mapToPair(e -> new Tuple2<>(e._2()._2(), e._2()._1()))
                .groupByKey().map(c -> resolve(c._2(), link)).setName("newskg resolution per component").cache();
        JavaPairRDD<String, String> canonical = resolved.flatMapToPair(r -> r.canonical().entrySet().stream()
                .map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator());

        JavaRDD<String> statements = rows.flatMap(r -> r.reports().iterator()).filter(r -> r.speaker() != null)
                .mapToPair(r -> new Tuple2<>(r.speaker(), r)).leftOuterJoin(canonical)
                .mapToPair(e -> new Tuple2<>(e._2()._2().orElse(e._1()), e._2()._1())).groupByKey()
                .flatMap(s -> statements(s._1(), s._2(), base)).setName("newskg statements per speaker");
        JavaRDD<String> blockKeys = keys.map(k -> quad(NodeFactory.createURI(k._1()), Vocab.BLOCK_KEY,
                NodeFactory.createLiteralString(k._2())));
        JavaRDD<String> corpusType = spark.parallelize(List.of(quad(Vocab.CORPUS_GRAPH_NAME, Vocab.TYPE, Vocab.CORPUS_GRAPH)), 1);
        return resolved.flatMap(r -> r.quads().iterator()).union(blockKeys).union(statements).union(corpusType).distinct()
                .setName("newskg corpus graph (N-Quads)");
    }

    /**
     * Edges (IRI, link) between IRIs and the keys that connect them: a group key always, a target
     * key and its probe (under the target's name) only where some IRI holds the probe.
     */
    static JavaPairRDD<String, String> links(JavaPairRDD<String, String> keys) {
        return keys.mapToPair(k -> {
            String key = k._2();
            int colon = key.indexOf(':');
            String kind = key.substring(0, colon);
            String target = EntityResolver.PROBE_OF_TARGET.entrySet().stream().filter(e -> e.getValue().equals(kind))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            // value: the IRI, and whether it makes the link hold (a group key, or a probe)
            boolean holds = EntityResolver.GROUP_KEYS.contains(kind) || target != null;
            return new Tuple2<>(target == null ? key : target + key.substring(colon), new Tuple2<>(k._1(), holds));
        }).groupByKey().flatMapToPair(g -> {
            List<Tuple2<String, String>> out = new ArrayList<>();
            List<String> members = new ArrayList<>();
            boolean holds = false;
            for (Tuple2<String, Boolean> m : g._2()) {
                members.add(m._1());
                holds |= m._2();
            }
            if (holds && members.size() > 1) {
                members.forEach(iri -> out.add(new Tuple2<>(iri, g._1())));
            }
            return out.iterator();
        }).setName("newskg links between entities").cache();
    }

    /**
     * Connected components of IRIs over the links, by iterative joins: each link takes the smallest
     * label of its IRIs, each IRI the smallest of its own and its links', until no label changes.
     * Returns IRI -> the smallest IRI of its component.
     */
    static JavaPairRDD<String, String> components(JavaRDD<String> iris, JavaPairRDD<String, String> links) {
        JavaPairRDD<String, String> linkIris = links.mapToPair(Tuple2::swap).cache();
        JavaPairRDD<String, String> labels = iris.mapToPair(i -> new Tuple2<>(i, i)).cache();
        for (int round = 1; ; round++) {
            JavaPairRDD<String, String> linkLabels = links.join(labels).mapToPair(e -> e._2()).reduceByKey(CorpusStages::min);
            JavaPairRDD<String, String> next = linkIris.join(linkLabels).mapToPair(e -> e._2()).union(labels)
                    .reduceByKey(CorpusStages::min).setName("newskg component labels, round " + round).cache();
            if (round % 8 == 0) {
                next.rdd().localCheckpoint(); // keeps the lineage short on long chains
            }
            long changed = next.join(labels).filter(e -> !e._2()._1().equals(e._2()._2())).count();
            labels.unpersist(false);
            labels = next;
            if (changed == 0) {
                return labels;
            }
        }
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** What resolving one component gave: its corpus quads, and member IRI -> canonical IRI. */
    record Resolved(List<String> quads, HashMap<String, String> canonical) implements java.io.Serializable {}

    /** Resolves one component as a rebuild resolves the corpus, and links its corpus entities when linking. */
    private static Resolved resolve(Iterable<Iterable<RecordRow>> component, boolean link) {
        List<EntityRecord> records = new ArrayList<>();
        Map<EntityLinker.InArticle, EntityLinker.Found> found = new HashMap<>();
        component.forEach(iri -> {
            records.addAll(records(iri));
            found.putAll(found(iri));
        });
        Resolution resolution = Rules.RESOLVER.resolve(records, EntityLinker.pageOfIri(found));
        Graph g = GraphFactory.createDefaultGraph();
        ResolutionGraph.map(resolution, g);
        if (link) {
            ResolutionGraph.mapLinks(Linking.LINKER.link(records, found, resolution), g);
        }
        return new Resolved(quads(g), new HashMap<>(resolution.canonical()));
    }

    /** The pages the linker found for these rows, each in its own article. */
    private static Map<EntityLinker.InArticle, EntityLinker.Found> found(Iterable<RecordRow> rows) {
        Map<EntityLinker.InArticle, EntityLinker.Found> out = new HashMap<>();
        rows.forEach(r -> r.found().ifPresent(f -> out.put(r.inArticle(), f)));
        return out;
    }

    private static java.util.Iterator<String> statements(String speaker, Iterable<ReportRow> reports, String base) {
        List<StoredReport> stored = new ArrayList<>();
        reports.forEach(r -> stored.add(r.stored(speaker)));
        return quads(new CorpusGraph(new Iris(base)).map(Rules.CLUSTERER.cluster(stored))).iterator();
    }

    private static List<EntityRecord> records(Iterable<RecordRow> rows) {
        List<EntityRecord> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.record()));
        return out;
    }

    private static List<String> quads(Graph g) {
        List<String> out = new ArrayList<>();
        g.find().forEachRemaining(t -> out.add(quad(t.getSubject(), t.getPredicate(), t.getObject())));
        return out;
    }

    /** One N-Quads line in the corpus graph. */
    static String quad(Node s, Node p, Node o) {
        return NodeFmtLib.strNT(s) + " " + NodeFmtLib.strNT(p) + " " + NodeFmtLib.strNT(o) + " "
                + NodeFmtLib.strNT(Vocab.CORPUS_GRAPH_NAME) + " .";
    }
}
