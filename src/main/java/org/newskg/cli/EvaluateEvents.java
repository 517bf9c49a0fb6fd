package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.eval.EventScorer;
import org.newskg.eval.MeantimeEvents;
import org.newskg.eval.MeantimeReader;
import org.newskg.eval.ProductEvents;
import org.newskg.extract.EventExtractor;
import org.newskg.nlp.NlpPipeline;
import org.newskg.resolve.EntityRecord;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.EventMerger;
import org.newskg.resolve.MergedEvent;
import org.newskg.resolve.Resolution;
import org.newskg.resolve.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg evaluate events}: events of the kinds newskg models, and their coreference, on MEANTIME. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {
            "Scores event extraction on MEANTIME (e.g. ../shared/eval/meantime_en/intra_cross-doc_annotation).",
            "Every document goes through newskg's NLP pipeline and fact extractor with its creation time as",
            "the publication date, then all events through the event merger, as the corpus graph is built.",
            "Prints the precision of the events per kind (a trigger inside a gold event mention, in the",
            "sentences MEANTIME annotates fully), recall over the gold mentions whose predicate is a word",
            "of those kinds, participants, places and times of the matched events, and B-cubed event",
            "coreference against MEANTIME's cross-document instances. See docs/QUALITY.md."
        })
public final class EvaluateEvents implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--meantime", paramLabel = "DIR", required = true,
            description = "MEANTIME folder; every .xml file under it is one document.")
    Path meantime;

    @Mixin
    EvaluationOptions selection;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write each system event (right or WRONG) and each missed gold mention with its sentence here (tab-separated).")
    Path errors;

    @Mixin
    StoredAnnotationsOption annotations;

    @Override
    public Integer call() throws IOException {
        List<Path> files = selection.first(MeantimeReader.files(meantime));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProductEvents product = new ProductEvents(EvaluationOptions.announced(err,
                () -> NlpPipeline.shared(NlpPipeline.Tokenization.PRETOKENIZED)), annotations.folder());
        EventScorer scorer = new EventScorer(EventExtractor.triggerLemmas());
        List<EntityRecord> records = new ArrayList<>();
        List<StoredEvent> accounts = new ArrayList<>();
        ProductEvents.run(files, selection.workers(), product, (doc, found) -> {
            scorer.add(doc, found);
            records.addAll(found.records());
            found.events().forEach(e -> accounts.add(e.stored()));
            err.print(".");
            err.flush();
        });
        err.println();
        Resolution resolution = new EntityResolver().resolve(records);
        List<MergedEvent> merged = new EventMerger().merge(accounts, resolution::canonicalOf);
        out.printf("Events on %s: %d documents, %d system events (%d after merging)%n", meantime, files.size(),
                accounts.size(), merged.size());
        out.println("Precision: a system event whose trigger lies in a gold event mention, sentences 0-"
                + (MeantimeEvents.ANNOTATED_SENTENCES - 1) + " (the fully annotated ones).");
        out.print(scorer.render(merged));
        if (errors != null) {
            Files.write(errors, scorer.lines(), StandardCharsets.UTF_8);
            out.println("Errors: " + errors);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
