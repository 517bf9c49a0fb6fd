package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.clean.Cleaner;
import org.newskg.clean.Languages;
import org.newskg.eval.LanguageEvaluation;
import org.newskg.source.ArticleSink;
import org.newskg.source.InputFiles;
import org.newskg.source.RawArticle;
import org.newskg.source.Readers;
import org.newskg.source.TextFileReader;
import org.newskg.core.Issue;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg evaluate language}: the language detector on texts of known language. */
@Command(name = "language", mixinStandardHelpOptions = true,
        description = {
            "Scores language detection. With --gold: LANGUAGE<TAB>TEXT lines (eval/language/texts.tsv).",
            "With --corpus and --expect: inputs ingest reads, all in one language, each read and cleaned as",
            "ingest would. Prints accuracy per language, the undetermined texts (treated as English by",
            "ingest) and every wrong answer."
        })
public final class EvaluateLanguage implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static final class Input {
        @Option(names = "--gold", paramLabel = "FILE", description = "Texts of known language, LANGUAGE<TAB>TEXT per line.")
        Path gold;

        @Option(names = "--corpus", paramLabel = "PATH", description = "Files or folders, all in the --expect language.")
        List<Path> corpus;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--expect", paramLabel = "CODE", defaultValue = "en",
            description = "With --corpus: the language of every input (default ${DEFAULT-VALUE}).")
    String expect;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "With --corpus: at most N articles (0: all).")
    int limit;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<LanguageEvaluation.Sample> samples;
        if (input.gold != null) {
            samples = LanguageEvaluation.read(input.gold);
        } else {
            samples = corpus(err);
        }
        out.println("Language detection on " + (input.gold != null ? input.gold : input.corpus) + " (" + samples.size() + " texts)");
        out.print(LanguageEvaluation.render(LanguageEvaluation.run(samples, Languages::detect, Languages.UNDETERMINED)));
        out.flush();
        return ExitCodes.OK;
    }

    /** The cleaned text of each article, as ingest would see it. */
    private List<LanguageEvaluation.Sample> corpus(PrintWriter err) {
        Readers readers = Readers.standard(TextFileReader.DEFAULT_MAX_BYTES);
        Cleaner cleaner = new Cleaner();
        List<LanguageEvaluation.Sample> samples = new ArrayList<>();
        ArticleSink sink = new ArticleSink() {
            @Override
            public void article(RawArticle raw) {
                if (limit <= 0 || samples.size() < limit) {
                    samples.add(new LanguageEvaluation.Sample(raw.source(), expect, cleaner.clean(raw).text()));
                }
            }

            @Override
            public void issue(Issue issue) {
                err.println(issue);
            }
        };
        for (Path f : InputFiles.expand(input.corpus, sink::issue)) {
            if (limit > 0 && samples.size() >= limit) {
                break;
            }
            readers.read(f, sink);
        }
        return samples;
    }
}
