package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.newskg.pipeline.CorpusRebuild;
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int missing = 0;
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store.path())) {
            for (String a : articles) {
                List<Node> removed = kg.remove(a);
                if (removed.isEmpty()) {
                    err.println(a + "  not in the store");
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
