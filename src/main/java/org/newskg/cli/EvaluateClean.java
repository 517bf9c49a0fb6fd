package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.clean.Cleaner;
import org.newskg.eval.CleanEvaluation;
import org.newskg.eval.CleanGold;
import org.newskg.eval.CorpusCleaning;
import org.newskg.eval.PageGold;
import org.newskg.eval.PageGoldEvaluation;
import org.newskg.eval.SnippetEvaluation;
import org.newskg.source.ArticleSink;
import org.newskg.source.Readers;
import org.newskg.source.TextFileReader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg evaluate clean}: boilerplate removal on a gold set, or what it drops on a corpus. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {
            "Scores boilerplate removal.",
            "With --gold: pages whose lines are marked story content (+)",
            "or boilerplate (-) (format in eval/clean/README.md) go through newskg's cleaner; prints",
            "precision and recall of the kept content lines, and every line it got wrong.",
            "With --pages: real pages that stay under --shared, their story lines named by a few opening words.",
            "With --corpus: any inputs ingest reads (no gold); prints how many lines are kept and dropped,",
            "and with --lines every line with its fate, for checking a sample by hand.",
            "With --snippets: HTML pages with snippets that the text must and must not contain (trafilatura's",
            "public evaluation set, scored as its own benchmark scores it); --lines lists the misses."
        })
public final class EvaluateClean implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static final class Input {
        @Option(names = "--gold", paramLabel = "DIR", description = "Folder of gold pages (*.txt), or one page.")
        Path gold;

        @Option(names = "--pages", paramLabel = "DIR",
                description = {"Folder of by-path gold (*.page, format in eval/clean/README.md): real pages under --shared",
                    "whose story lines are named by anchors; prints precision, recall and F1 per page and in all."})
        Path pages;

        @Option(names = "--corpus", paramLabel = "PATH", description = "Files or folders to clean, in any input format.")
        List<Path> corpus;

        @Option(names = "--snippets", paramLabel = "PATH",
                description = {"trafilatura's evaluation data: evaldata.json (or its folder) with the pages in cache/ or eval/",
                    "beside it. Each page is read and cleaned as ingest would; scored by its text and boilerplate snippets."})
        Path snippets;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
            description = "With --pages: the shared folder the pages' paths are under (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--lines", paramLabel = "FILE",
            description = {"With --corpus: write source, line, kept|dropped and text of every line here (tab-separated).",
                "With --snippets: write file, missed|kept-boilerplate and snippet of every miss here."})
    Path lines;

    /** What ingest would annotate for each page: the reader's article, cleaned; nothing when it finds none. */
    private Integer snippets(PrintWriter out) throws IOException {
        Readers readers = Readers.standard(TextFileReader.DEFAULT_MAX_BYTES);
        Cleaner cleaner = new Cleaner();
        List<SnippetEvaluation.Scored> scored = SnippetEvaluation.run(SnippetEvaluation.read(input.snippets), file -> {
            ArticleSink.Collecting sink = ArticleSink.collecting();
            readers.read(file, sink);
            return sink.result().articles().stream().findFirst().map(a -> cleaner.clean(a).text());
        });
        out.println("Main text of HTML pages on " + input.snippets + " (snippets, as trafilatura's benchmark scores them)");
        out.print(SnippetEvaluation.total(scored).render());
        if (lines != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(lines, StandardCharsets.UTF_8))) {
                scored.forEach(s -> s.misses().forEach(m -> w.println(s.page().file().getFileName() + "\t" + m)));
            }
            out.println("Misses: " + lines);
        }
        out.flush();
        return ExitCodes.OK;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (input.gold != null) {
            CleanEvaluation.Result result = new CleanEvaluation(new Cleaner()).run(CleanGold.readAll(input.gold));
            out.println("Boilerplate removal on " + input.gold + " (lines, in order; see eval/clean/README.md)");
            out.print(result.scores().render());
            result.mistakes().forEach(out::println);
            out.flush();
            return ExitCodes.OK;
        }
        if (input.pages != null) {
            PageGoldEvaluation.Result result = new PageGoldEvaluation(Readers.standard(TextFileReader.DEFAULT_MAX_BYTES),
                    new Cleaner(), shared).run(PageGold.readAll(input.pages));
            out.println("Boilerplate removal on real pages of " + input.pages + " (under " + shared
                    + "; lines, in order; see eval/clean/README.md)");
            out.print(result.render());
            result.pages().forEach(p -> p.mistakes().forEach(out::println));
            out.flush();
            return ExitCodes.OK;
        }
        if (input.snippets != null) {
            return snippets(out);
        }
        CorpusCleaning check = new CorpusCleaning(Readers.standard(TextFileReader.DEFAULT_MAX_BYTES), new Cleaner());
        CorpusCleaning.Counts counts;
        try (PrintWriter lineOut = lines == null ? null
                : new PrintWriter(Files.newBufferedWriter(lines, StandardCharsets.UTF_8))) {
            counts = check.run(input.corpus, lineOut, issue -> err.println(issue));
        }
        out.print(counts.render());
        if (lines != null) {
            out.println("Lines: " + lines);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
