package org.newskg.extract;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.eval.AttributionErrorWriter;
import org.newskg.eval.AttributionScorer;
import org.newskg.eval.PolnearArticle;
import org.newskg.eval.PolnearCorpus;
import org.newskg.eval.SystemAttribution;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotationFile;
import org.newskg.nlp.NlpPipeline;

/**
 * A development loop for the statement rules on a PolNeAR folder (dev or train, never test):
 * {@code annotate DIR CACHE} stores CoreNLP's annotations once (run it under the CoreNLP lock),
 * {@code score DIR CACHE [ERRORS]} extracts and scores from the stored annotations in seconds.
 * The figures for docs/QUALITY.md come from {@code newskg evaluate attribution}, not from here.
 */
public final class PolnearDevLoop {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("annotate-text") || args[0].equals("show")) {
            texts(args);
            return;
        }
        PolnearCorpus corpus = PolnearCorpus.open(Path.of(args[1]));
        Path cache = Path.of(args[2]);
        Files.createDirectories(cache);
        if (args[0].equals("annotate")) {
            NlpPipeline nlp = new NlpPipeline(NlpPipeline.Tokenization.NEWS_TEXT);
            for (PolnearCorpus.Entry e : corpus.entries()) {
                PolnearArticle a = PolnearCorpus.read(e);
                AnnotationFile.write(nlp.annotate(new CleanArticle(a.name(), a.text(), ArticleMetadata.EMPTY, 0)),
                        cache.resolve(a.name() + ".tsv"));
            }
            return;
        }
        AttributionScorer scorer = new AttributionScorer();
        FactExtractor extractor = new FactExtractor();
        long nanos = 0;
        try (PrintWriter errors = args.length > 3
                ? new PrintWriter(Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) : null) {
            AttributionErrorWriter writer = errors == null ? null : new AttributionErrorWriter(errors);
            int done = 0;
            for (int warm = 0; warm < 3; warm++) {
                for (PolnearCorpus.Entry e : corpus.entries()) {
                    extractor.extract(AnnotationFile.read(cache.resolve(PolnearCorpus.read(e).name() + ".tsv")));
                }
            }
            for (PolnearCorpus.Entry e : corpus.entries()) {
                PolnearArticle a = PolnearCorpus.read(e);
                AnnotatedArticle annotated = AnnotationFile.read(cache.resolve(a.name() + ".tsv"));
                long t0 = System.nanoTime();
                var facts = extractor.extract(annotated);
                nanos += System.nanoTime() - t0;
                List<SystemAttribution> found = facts.reports().stream()
                        .map(r -> new SystemAttribution(r.content(), r.speaker().map(Speaker::span),
                                r.type() == ReportType.DIRECT, r.cue()))
                        .toList();
                var comparison = scorer.add(a.text(), a.gold(), found);
                if (writer != null) {
                    writer.article(a, comparison, ++done);
                }
            }
        }
        System.out.print(scorer.scores().render());
        System.out.printf("all extractors (FactExtractor), warm: %.1f ms per article%n", nanos / 1e6 / corpus.entries().size());
    }

    /**
     * {@code annotate-text CACHE FILE...} cleans and annotates text files as ingest does;
     * {@code show CACHE} prints every stored article's reports, for reading as an analyst.
     */
    private static void texts(String[] args) throws Exception {
        Path cache = Path.of(args[1]);
        Files.createDirectories(cache);
        if (args[0].equals("annotate-text")) {
            NlpPipeline nlp = new NlpPipeline(NlpPipeline.Tokenization.NEWS_TEXT);
            org.newskg.clean.Cleaner cleaner = new org.newskg.clean.Cleaner();
            for (int i = 2; i < args.length; i++) {
                Path file = Path.of(args[i]);
                for (var raw : new org.newskg.source.TextFileReader().read(file).articles()) {
                    String name = file.getParent().getFileName() + "-" + file.getFileName();
                    AnnotationFile.write(nlp.annotate(cleaner.clean(raw)), cache.resolve(name + ".tsv"));
                }
            }
            return;
        }
        FactExtractor extractor = new FactExtractor();
        try (var files = Files.list(cache)) {
            for (Path f : files.sorted().toList()) {
                AnnotatedArticle a = AnnotationFile.read(f);
                System.out.println("== " + f.getFileName());
                for (Report r : extractor.extract(a).reports()) {
                    System.out.println(r.type() + "\t" + r.cue() + "\t"
                            + r.speaker().map(s -> s.text() + " = " + s.entity().map(Entity::name).orElse("?")).orElse("-")
                            + "\t" + r.text());
                }
            }
        }
    }
}
