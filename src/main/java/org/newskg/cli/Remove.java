package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.newskg.core.Printable;
import org.newskg.pipeline.CorpusRebuild;
import org.newskg.source.InputFiles;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newskg remove}: retracts articles and everything derived from them alone. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {
            "Removes articles from the store.",
            "Each ARTICLE is an article IRI or the source (path or URL) it was ingested from.",
            "Exit status 3 when some were not found."
        })
public final class Remove implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "ARTICLE", arity = "1..*", description = "Article IRIs or sources.")
    List<String> articles;

    /**
     * A file path as ingest stores it, canonical and absolute (with a row or line locator kept), so
     * that any spelling of the same file finds it; a URL or IRI as it is.
     */
    static String canonicalSource(String given) {
        if (given.matches("(?i)[a-z][a-z0-9+.-]*:.*") || given.equals("stdin")) {
            return given;
        }
        int hash = given.indexOf('#');
        String file = hash < 0 ? given : given.substring(0, hash);
        try {
            return InputFiles.canonical(Path.of(file)) + (hash < 0 ? "" : given.substring(hash));
        } catch (InvalidPathException e) {
            return given;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int missing = 0;
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store.path())) {
            for (String a : articles) {
                List<Node> removed = kg.remove(a);
                String asStored = canonicalSource(a);
                if (removed.isEmpty() && !asStored.equals(a)) {
                    removed = kg.remove(asStored);
                }
                if (removed.isEmpty()) {
                    err.println(Printable.escape(a) + "  not in the store " + kg.location()
                            + (asStored.equals(a) ? "" : " (nor as " + Printable.escape(asStored) + ")")
                            + ": no article with this IRI or source");
                    missing++;
                }
                removed.forEach(g -> out.println("removed " + g.getURI()));
            }
            CorpusRebuild.update(kg);
            kg.compactIfGrown(KnowledgeStore.COMPACT_FACTOR).ifPresent(c -> err.println(c.describe()));
            out.println(kg.articleCount() + " articles left");
        }
        return missing == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
    }
}
