package org.newskg.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.extract.EntityType;
import org.newskg.rdf.CorpusGraph;
import org.newskg.rdf.ResolutionGraph;
import org.newskg.resolve.EntityLinker;
import org.newskg.resolve.EntityRecord;
import org.newskg.resolve.StoredReport;

/**
 * What the corpus layer reads from the article graphs (entity records, reports), as rows Spark can
 * ship between stages: newskg's own records hold {@link Optional}s and are not serialisable. Read
 * by the same queries as a rebuild ({@link ResolutionGraph#records}, {@link CorpusGraph#reports}).
 */
final class CorpusRows {
    private CorpusRows() {}

    /**
     * One {@link EntityRecord}, with the page the linker found for it in its article ({@link EntityLinker.Found};
     * page null when none, or when not linking).
     */
    record RecordRow(String iri, String type, String name, List<String> aliases, String article, List<String> acronyms,
            List<String> before, String page, double confidence, String evidence) implements Serializable {
        static RecordRow of(EntityRecord r, EntityLinker.Found found) {
            return new RecordRow(r.iri(), r.type().name(), r.name(), sorted(r.aliases()), r.article(), sorted(r.acronyms()),
                    sorted(r.before()), found == null ? null : found.title(), found == null ? 0 : found.confidence(),
                    found == null ? null : found.evidence());
        }

        /** The page found for it in its article, if any. */
        Optional<EntityLinker.Found> found() {
            return page == null ? Optional.empty() : Optional.of(new EntityLinker.Found(page, confidence, evidence));
        }

        EntityLinker.InArticle inArticle() {
            return new EntityLinker.InArticle(article, iri);
        }

        EntityRecord record() {
            return new EntityRecord(iri, EntityType.valueOf(type), name, Set.copyOf(aliases), article, Set.copyOf(acronyms),
                    Set.copyOf(before));
        }
    }

    /** One {@link StoredReport}; null for what it lacks. */
    record ReportRow(String report, String article, String speaker, String text, String outlet, String agency,
            String published) implements Serializable {
        static ReportRow of(StoredReport r) {
            return new ReportRow(r.report(), r.article(), r.speaker().orElse(null), r.text(), r.outlet(),
                    r.agency().orElse(null), r.published().orElse(null));
        }

        /** The report with its speaker as the corpus knows it. */
        StoredReport stored(String canonicalSpeaker) {
            return new StoredReport(report, article, Optional.ofNullable(canonicalSpeaker), text, outlet,
                    Optional.ofNullable(agency), Optional.ofNullable(published));
        }
    }

    /** The records and reports of the article graphs in one N-Quads file (a part of the ingest job's output). */
    record Rows(List<RecordRow> records, List<ReportRow> reports) implements Serializable {}

    /** Reads one N-Quads file; with a linker, links each article's entities in that article's context. */
    static Rows read(String nquads, EntityLinker linker) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.create().fromString(nquads).lang(Lang.NQUADS).parse(dsg);
        Dataset ds = DatasetFactory.wrap(dsg);
        List<EntityRecord> records = ResolutionGraph.records(ds);
        Map<EntityLinker.InArticle, EntityLinker.Found> found = linker == null ? Map.of() : linker.linkArticles(records);
        return new Rows(records.stream().map(r -> RecordRow.of(r, found.get(new EntityLinker.InArticle(r.article(), r.iri()))))
                .toList(), CorpusGraph.reports(ds).stream().map(ReportRow::of).toList());
    }

    private static List<String> sorted(Set<String> s) {
        return List.copyOf(new TreeSet<>(s));
    }
}
