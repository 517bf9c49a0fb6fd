package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newskg.eval.CorefEvaluation;
import org.newskg.eval.CorefScorer;
import org.newskg.eval.MeantimeDocument;
import org.newskg.eval.MeantimeReader;
import org.newskg.eval.ProductCoref;
import org.newskg.nlp.NlpPipeline;
import org.newskg.resolve.EntityCluster;
import org.newskg.resolve.EntityLink;
import org.newskg.resolve.EntityLinker;
import org.newskg.resolve.EntityRecord;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.Resolution;
import org.newskg.resolve.WikiDictIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg evaluate coref}: cross-document entity coreference on MEANTIME. */
@Command(name = "coref", mixinStandardHelpOptions = true,
        description = {
            "Scores cross-document entity resolution on MEANTIME.",
            "MEANTIME is NAF-like XML with cross-document instance ids",
            "(e.g. ../shared/eval/meantime_en/intra_cross-doc_annotation).",
            "Every document goes through newskg's NLP pipeline and entity extractor, then all of them",
            "through the resolver, as the corpus graph is built. Gold mentions of people, organisations",
            "and places are matched to system mentions that end on the same token and overlap; over the",
            "matched mentions, B-cubed and cross-document pair precision/recall/F1 are printed for",
            "article-level IRIs alone and with resolution, and within-document B-cubed and MUC for the",
            "entities of each article (use ../shared/eval/meantime_en/intra-doc_annotation for the",
            "document-level chains). See docs/QUALITY.md."
        })
public final class EvaluateCoref implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--meantime", paramLabel = "DIR", required = true,
            description = "MEANTIME folder; every .xml file under it is one document.")
    Path meantime;

    @Mixin
    EvaluationOptions selection;

    @Option(names = "--link", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = {"Link the entities with WikiDict as ingest does (on by default; the pages join aliases),",
                "and judge each link against the DBpedia IRI MEANTIME gives the gold entity (external_ref).",
                "--no-link resolves without pages."})
    boolean link;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write the within-document errors (gold chains split, system entities merged), one per line.")
    Path errors;

    @Mixin
    StoredAnnotationsOption annotations;

    @Override
    public Integer call() throws IOException {
        List<Path> files = selection.first(MeantimeReader.files(meantime));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProductCoref product = new ProductCoref(EvaluationOptions.announced(err, () -> NlpPipeline.shared(NlpPipeline.Tokenization.PRETOKENIZED)), annotations.folder());
        CorefScorer scorer = new CorefScorer();
        List<EntityRecord> records = new ArrayList<>();
        Map<String, String> goldLinks = new HashMap<>();
        CorefEvaluation.run(files, selection.workers(), product, (doc, found) -> {
            scorer.add(doc, found.mentions());
            records.addAll(found.records());
            goldLinks.putAll(doc.links());
            err.print(".");
            err.flush();
        });
        err.println();
        long linkStart = System.nanoTime();
        EntityLinker linker = link ? new EntityLinker(WikiDictIndex.shared(err::println)) : null;
        Map<EntityLinker.InArticle, EntityLinker.Found> pages = link ? linker.linkArticles(records) : Map.of();
        Resolution resolution = new EntityResolver().resolve(records, EntityLinker.pageOfIri(pages));
        List<EntityLink> links = link ? linker.link(records, pages, resolution) : List.of();
        long linkMillis = (System.nanoTime() - linkStart) / 1_000_000L;
        CorefScorer.Scores alone = scorer.score(iri -> iri);
        CorefScorer.Scores resolved = scorer.score(resolution::canonicalOf);

        out.printf("Cross-document entity coreference on %s: %d documents%n", meantime, files.size());
        out.printf("Gold mentions of people, organisations and places: %d; matched by a system mention: %d (%.1f%%)%n",
                alone.goldMentions(), alone.matched(), 100.0 * alone.matched() / Math.max(1, alone.goldMentions()));
        out.printf("Over the matched mentions: %d gold entities%n", alone.goldEntities());
        out.println("                             B-cubed                  cross-document pairs     system");
        out.println("system                       P      R      F1       P      R      F1         entities");
        out.println(alone.row("article-level IRIs only"));
        if (link) {
            Resolution withoutPages = new EntityResolver().resolve(records);
            out.println(scorer.score(withoutPages::canonicalOf).row("with resolution, no pages"));
            out.println(resolved.row("with resolution and pages"));
        } else {
            out.println(resolved.row("with resolution"));
        }
        CorefScorer.WithinScores within = scorer.scoreWithinDocuments();
        out.printf("Within-document coreference over the matched mentions: %d gold chains%n", within.goldChains());
        out.println("                             B-cubed                  MUC                      system");
        out.println("system                       P      R      F1       P      R      F1         entities");
        out.println(within.row("article-level entities"));
        if (errors != null) {
            java.nio.file.Files.write(errors, scorer.withinDocumentErrors(), StandardCharsets.UTF_8);
        }
        // Each join judged by the gold entity most of the joined IRI's matched mentions refer to.
        int joins = 0;
        int right = 0;
        int wrong = 0;
        StringBuilder lines = new StringBuilder();
        for (EntityCluster c : resolution.clusters()) {
            var canonicalGold = scorer.goldOf(Set.of(c.canonical()));
            for (var join : c.joined().entrySet()) {
                joins++;
                var memberGold = scorer.goldOf(Set.of(join.getKey()));
                String verdict = canonicalGold.isEmpty() || memberGold.isEmpty() ? "unjudged"
                        : canonicalGold.equals(memberGold) ? "right" : "WRONG";
                right += verdict.equals("right") ? 1 : 0;
                wrong += verdict.equals("WRONG") ? 1 : 0;
                lines.append("  ").append(verdict).append("  ").append(join.getValue()).append('\n');
            }
        }
        out.printf("Resolution joined %d article-level IRIs to %d entities: %d right, %d wrong, %d unjudged"
                + " (an IRI without matched gold mentions)%n", joins, resolution.clusters().size(), right, wrong,
                joins - right - wrong);
        out.print(lines);
        if (link) {
            printLinks(out, scorer, records, resolution, goldLinks, links, linkMillis);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Each link judged by the gold entity most of its entity's matched mentions refer to: right when
     * MEANTIME gives that entity the same DBpedia page, wrong when another, unjudged when none.
     */
    private static void printLinks(PrintWriter out, CorefScorer scorer, List<EntityRecord> records, Resolution resolution,
            Map<String, String> goldLinks, List<EntityLink> links, long millis) {
        Map<String, Set<String>> members = new HashMap<>();
        records.forEach(r -> members.computeIfAbsent(resolution.canonicalOf(r.iri()), k -> new TreeSet<>()).add(r.iri()));
        int right = 0;
        int wrong = 0;
        StringBuilder lines = new StringBuilder();
        for (EntityLink l : links) {
            Optional<String> gold = scorer.goldOf(members.getOrDefault(l.entity(), Set.of(l.entity())))
                    .map(goldLinks::get);
            String verdict = gold.isEmpty() ? "unjudged" : dbpediaTitle(gold.get()).equals(l.title()) ? "right" : "WRONG";
            right += verdict.equals("right") ? 1 : 0;
            wrong += verdict.equals("WRONG") ? 1 : 0;
            lines.append("  ").append(verdict).append("  ").append(l.evidence())
                    .append(gold.map(g -> verdict.equals("WRONG") ? "; gold " + g : "").orElse("")).append('\n');
        }
        out.printf("Linking (WikiDict index, %d ms with resolution): %d entities linked: %d right, %d wrong, %d unjudged (no gold DBpedia page);"
                + " precision %.1f%% of the judged%n", millis, links.size(), right, wrong, links.size() - right - wrong,
                100.0 * right / Math.max(1, right + wrong));
        out.print(lines);
    }

    /** "http://dbpedia.org/page/Air_France" or ".../resource/Air_France" -> "Air_France". */
    static String dbpediaTitle(String iri) {
        String t = iri.substring(iri.lastIndexOf('/') + 1);
        return URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
