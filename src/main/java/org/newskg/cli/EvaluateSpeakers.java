package org.newskg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.eval.ProductSpeakers;
import org.newskg.eval.SpeakerErrorWriter;
import org.newskg.eval.SpeakerEvaluation;
import org.newskg.eval.SpeakerGold;
import org.newskg.eval.SpeakerScores;
import org.newskg.nlp.NlpPipeline;
import org.newskg.source.RawArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg evaluate speakers}: statements and their speakers on real news, against own gold. */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = {
            "Scores statements and speakers on real news against a speaker gold.",
            "The gold is eval/speakers/*.tsv (article, anchor, speaker, kind; see eval/speakers/README.md).",
            "Each gold article is read",
            "from the corpus folder and goes through the same readers, cleaner, NLP and extractors as",
            "ingest. A gold statement is found when a system statement's content overlaps its anchor;",
            "its speaker is right when the names agree (surname or title + surname for the full name).",
            "Prints recall by kind, speaker accuracy on found statements, and the system statements",
            "that are not speech. See docs/QUALITY.md."
        })
public final class EvaluateSpeakers implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", required = true,
            description = "Gold file (.tsv), or a folder of them, e.g. eval/speakers.")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Folder the gold's article paths are relative to (default: the shared corpus, ../shared/corpus).")
    Path corpus;

    @Mixin
    EvaluationOptions selection;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write wrong speakers, misses and statements that are not speech here (tab-separated).")
    Path errors;

    @Mixin
    StoredAnnotationsOption annotations;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int workers = selection.workers();
        Path folder = corpus != null ? corpus : Path.of(System.getProperty("newskg.shared", "../shared"), "corpus");
        List<SpeakerGold> articles = selection.first(SpeakerGold.readAll(gold));
        Map<String, RawArticle> raw = ProductSpeakers.read(folder, articles.stream().map(SpeakerGold::article).toList());
        SpeakerScores scores;
        try (PrintWriter errorsOut = errors == null ? null : new PrintWriter(
                new BufferedWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8)))) {
            SpeakerErrorWriter writer = errorsOut == null ? null : new SpeakerErrorWriter(errorsOut);
            ProductSpeakers system = new ProductSpeakers(EvaluationOptions.announced(err, () -> NlpPipeline.shared(NlpPipeline.Tokenization.NEWS_TEXT)), annotations.folder());
            scores = new SpeakerEvaluation(system::extract, workers).run(articles, raw, (c, done) -> {
                if (writer != null) {
                    writer.article(c, done);
                }
                if (done % 10 == 0) {
                    err.printf("evaluate speakers: %d articles done%n", done);
                    err.flush();
                }
            });
        }
        out.printf("Speakers on %s: %d articles from %s, %d gold statements%n", gold, scores.articles(), folder, scores.gold());
        out.print(scores.render());
        if (errors != null) {
            out.println("Errors: " + errors);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
