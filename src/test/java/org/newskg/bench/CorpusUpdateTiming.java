package org.newskg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newskg.pipeline.CorpusRebuild;
import org.newskg.rdf.Vocab;
import org.newskg.store.KnowledgeStore;

/**
 * The one-article updates of {@link AggregateBenchmarkIT} on a store it kept
 * ({@code -Dnewskg.bench.store=DIR}), without its queries and outside the test runner (not a
 * test; run by hand, figures go to docs/PERFORMANCE.md): a rebuild, then the updates.
 * <pre>
 * java -Dnewskg.bench.updates=5 -Dnewskg.corpus.times=true -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      org.newskg.bench.CorpusUpdateTiming STORE [link: true|false]
 * </pre>
 */
public final class CorpusUpdateTiming {
    private CorpusUpdateTiming() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of("target", "corpus-update-timing.md");
        Files.createDirectories(out.getParent());
        Files.write(out, List.of());
        try (KnowledgeStore kg = KnowledgeStore.open(Path.of(args[0]), Optional.empty())) {
            kg.setFlag(Vocab.LINK_ENTITIES, args.length < 2 || Boolean.parseBoolean(args[1]), true);
            long start = System.nanoTime();
            // -Dnewskg.bench.rebuild=false: a store whose corpus graph and kept records are up to date.
            if (Boolean.parseBoolean(System.getProperty("newskg.bench.rebuild", "true"))) {
                CorpusRebuild.rebuild(kg);
            }
            AggregateBenchmarkIT.report(out, String.format(Locale.ROOT, "store: %d article graphs, %d quads; rebuild %.1f s",
                    kg.articleCount(), kg.quadCount(), (System.nanoTime() - start) / 1e9));
            AggregateBenchmarkIT.oneArticleUpdates(kg, out);
        }
    }
}
