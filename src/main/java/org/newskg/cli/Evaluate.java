package org.newskg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.eval.AttributionComparison;
import org.newskg.eval.AttributionErrorWriter;
import org.newskg.eval.AttributionEvaluation;
import org.newskg.eval.AttributionEvaluationListener;
import org.newskg.eval.AttributionScorer;
import org.newskg.eval.AttributionScores;
import org.newskg.eval.ConllDocument;
import org.newskg.eval.ConllReader;
import org.newskg.eval.ConllSentence;
import org.newskg.eval.NerErrorWriter;
import org.newskg.eval.NerEvaluation;
import org.newskg.eval.NerEvaluationListener;
import org.newskg.eval.NerScores;
import org.newskg.eval.PolnearArticle;
import org.newskg.eval.PolnearCorpus;
import org.newskg.eval.ProductAttribution;
import org.newskg.eval.ProductNer;
import org.newskg.eval.SentenceComparison;
import org.newskg.nlp.NlpPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg evaluate}: measures extraction quality on gold data, one subcommand per task. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {
            "Measures what newskg extracts against gold-standard data.",
            "One subcommand per task; see docs/QUALITY.md for the measured figures."
        },
        subcommands = {Evaluate.Ner.class, Evaluate.Attribution.class, EvaluateClustering.class, EvaluateClean.class,
                EvaluateTimex.class, EvaluateCoref.class, EvaluateLinking.class, EvaluateSpeakers.class,
                EvaluateEvents.class, EvaluateLanguage.class})
public final class Evaluate implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("newskg evaluate: name a task, e.g. 'newskg evaluate ner --conll FILE'");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** {@code newskg evaluate ner}: entity recognition on CoNLL-2003 data, scored as conlleval scores it. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {
                "Scores entity recognition on CoNLL-2003 data (token POS chunk NER; IOB1 or IOB2).",
                "Each document goes through newskg's own NLP pipeline and entity extractor.",
                "People, organisations and places count as PER, ORG and LOC; CoreNLP's MISC,",
                "NATIONALITY, RELIGION and IDEOLOGY as MISC (not stored, so reported apart).",
                "An entity is correct only when its type and both boundaries match (conlleval).",
                "Prints precision, recall and F1 per type, for PER+ORG+LOC and overall."
            })
    public static final class Ner implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--conll", paramLabel = "FILE", required = true, description = "CoNLL-2003 file to score against.")
        Path conll;

        @Mixin
        EvaluationOptions selection;

        @Option(names = "--errors", paramLabel = "FILE",
                description = "Write false negatives and false positives with their sentences here (tab-separated).")
        Path errors;

        @Mixin
        StoredAnnotationsOption annotations;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(conll)) {
                throw new IllegalArgumentException("no such file: " + conll);
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int n = selection.workers();
            Tally tally = new Tally(err);
            NerScores scores;
            try (ConllReader reader = ConllReader.open(conll);
                    PrintWriter errorsOut = errors == null ? null : new PrintWriter(
                            new BufferedWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8)))) {
                NerEvaluationListener listener = errorsOut == null ? tally : tally.and(new NerErrorWriter(errorsOut));
                ProductNer system = new ProductNer(EvaluationOptions.announced(err, () -> NlpPipeline.shared(NlpPipeline.Tokenization.PRETOKENIZED)), annotations.folder());
                scores = new NerEvaluation(system, n).run(reader, conll.toString(), selection.limitDocs(), listener);
            }
            tally.finish();
            out.printf("NER on %s: %d documents, %d sentences, %d tokens%n", conll, tally.documents, tally.sentences, tally.tokens);
            out.println("Entity level, conlleval rules: correct = same type and same first and last token.");
            out.print(scores.render());
            if (errors != null) {
                out.println("Errors: " + errors);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code newskg evaluate attribution}: statement extraction on PolNeAR attributions. */
    @Command(name = "attribution", mixinStandardHelpOptions = true,
            description = {
                "Scores statement extraction on a PolNeAR folder.",
                "The folder holds text/*.txt and attributions/*.ann in brat standoff; metadata.tsv in the",
                "folder or its parent picks one annotator per article.",
                "Each text goes as it is (no cleaner) through newskg's NLP pipeline and fact extractor.",
                "Contents are compared on their letters and digits: exact match, overlap F1 >= 0.5 and",
                "any overlap, one-to-one, greedy by overlap; direct and indirect apart; for the overlap",
                "pairs, whether the speaker overlaps the gold source. See docs/QUALITY.md."
            })
    public static final class Attribution implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--polnear", paramLabel = "DIR", required = true,
                description = "PolNeAR folder to score against, e.g. ../shared/eval/polnear/dev.")
        Path polnear;

        @Mixin
        EvaluationOptions selection;

        @Option(names = "--errors", paramLabel = "FILE",
                description = "Write misses, false alarms and wrong speakers with their text here (tab-separated).")
        Path errors;

        @Mixin
        StoredAnnotationsOption annotations;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(polnear)) {
                throw new IllegalArgumentException("no such folder: " + polnear);
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int n = selection.workers();
            PolnearCorpus corpus = PolnearCorpus.open(polnear);
            ArticleTally tally = new ArticleTally(err);
            AttributionScores scores;
            try (PrintWriter errorsOut = errors == null ? null : new PrintWriter(
                    new BufferedWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8)))) {
                AttributionEvaluationListener listener = errorsOut == null ? tally
                        : AttributionEvaluationListener.both(tally, new AttributionErrorWriter(errorsOut));
                ProductAttribution system = new ProductAttribution(EvaluationOptions.announced(err, () -> NlpPipeline.shared(NlpPipeline.Tokenization.NEWS_TEXT)), annotations.folder());
                scores = new AttributionEvaluation(system, n).run(corpus, selection.limitDocs(), listener);
            }
            tally.finish();
            out.printf("Attribution on %s: %d articles, %d gold attributions (%d without content skipped), %d system reports%n",
                    polnear, tally.articles, scores.gold(), tally.withoutContent, scores.system());
            out.printf("Contents compared on letters and digits; overlap = F1 of the letters, pairs one-to-one, threshold %.1f.%n",
                    AttributionScorer.MIN_OVERLAP_F1);
            out.print(scores.render());
            out.print(tally.byKind());
            if (errors != null) {
                out.println("Errors: " + errors);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** Counts the articles scored and prints progress lines on stderr. */
    static final class ArticleTally implements AttributionEvaluationListener {
        private final PrintWriter err;
        private long lastLine = System.nanoTime();
        int articles;
        int withoutContent;

        ArticleTally(PrintWriter err) {
            this.err = err;
        }

        /** Per report kind: system reports, those matched (overlap rule), those with the speaker right. */
        private final java.util.Map<String, int[]> kinds = new java.util.TreeMap<>();

        @Override
        public void article(PolnearArticle article, AttributionComparison comparison, int done) {
            articles = done;
            withoutContent += article.withoutContent();
            comparison.matched().forEach(m -> {
                int[] k = kinds.computeIfAbsent(m.system().kind(), x -> new int[3]);
                k[0]++;
                k[1]++;
                k[2] += m.source() == AttributionComparison.SourceCheck.RIGHT ? 1 : 0;
            });
            comparison.spurious().forEach(f -> kinds.computeIfAbsent(f.system().kind(), x -> new int[3])[0]++);
            if (System.nanoTime() - lastLine > 10_000_000_000L) {
                progress();
            }
        }

        void finish() {
            progress();
        }

        /** Precision and right speakers per report kind (PolNeAR's gold has no kinds, so no recall). */
        String byKind() {
            StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "%-18s%7s%9s%11s%15s%n",
                    "kind", "system", "matched", "precision", "speaker-right"));
            kinds.forEach((kind, k) -> b.append(String.format(java.util.Locale.ROOT, "%-18s%7d%9d%11.4f%15d%n",
                    kind.isEmpty() ? "-" : kind, k[0], k[1], k[0] == 0 ? 0.0 : (double) k[1] / k[0], k[2])));
            return b.toString();
        }

        private void progress() {
            err.printf("evaluate attribution: %d articles done%n", articles);
            err.flush();
            lastLine = System.nanoTime();
        }
    }

    /** Counts what was scored and prints progress lines on stderr. */
    static final class Tally implements NerEvaluationListener {
        private final PrintWriter err;
        private long lastLine = System.nanoTime();
        int documents;
        long sentences;
        long tokens;

        Tally(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void sentence(ConllDocument doc, ConllSentence sentence, SentenceComparison comparison) {
            sentences++;
            tokens += sentence.tokens().size();
        }

        @Override
        public void documentDone(ConllDocument doc, int done) {
            documents = done;
            if (System.nanoTime() - lastLine > 10_000_000_000L) {
                progress();
            }
        }

        void finish() {
            progress();
        }

        private void progress() {
            err.printf("evaluate ner: %d documents done%n", documents);
            err.flush();
            lastLine = System.nanoTime();
        }

        NerEvaluationListener and(NerEvaluationListener other) {
            NerEvaluationListener self = this;
            return new NerEvaluationListener() {
                @Override
                public void sentence(ConllDocument doc, ConllSentence sentence, SentenceComparison c) {
                    self.sentence(doc, sentence, c);
                    other.sentence(doc, sentence, c);
                }

                @Override
                public void documentDone(ConllDocument doc, int done) {
                    self.documentDone(doc, done);
                    other.documentDone(doc, done);
                }
            };
        }
    }
}
