package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newskg.core.Printable;
import org.newskg.pipeline.CorpusRebuild;
import org.newskg.rdf.Vocab;
import org.newskg.store.BulkLoad;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg load}: N-Quads in bulk into a store, then what an ingest does after its last article. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {
            "Builds or extends a store from N-Quads files with TDB2's bulk loaders.",
            "Takes the output folder of 'newskg spark' (or a 'newskg dump'): N-Quads, N-Triples or TriG files,",
            "gzipped or not, found recursively in folders. Then builds the full-text index and recomputes the",
            "corpus graph, so serve, query, ingest and remove use the store as if it had been ingested.",
            "Quads are added: an article already stored is not replaced (ingest replaces). Without files,",
            "only the steps after loading run (for a store that tdb2.xloader built)."
        })
public final class Load implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base IRI of a new store (default https://newskg.org/id/, or the one the files record); must match the files' IRIs.")
    String base;

    @Option(names = "--loader", paramLabel = "PLAN", defaultValue = "phased",
            description = {"TDB2 loader: phased (indexes in turn, the fastest on few cores) or parallel",
                "(all indexes at once, for many cores and fast disks) (default: ${DEFAULT-VALUE})."})
    String loader;

    @Option(names = "--link", negatable = true,
            description = {"Link entities to Wikipedia/DBpedia in the corpus graph (default: what the store, or",
                "else the files, record; on when neither does). The store remembers the choice."})
    Boolean link;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "N-Quads (.nq), N-Triples (.nt) or TriG (.trig) files, optionally .gz, or folders of them.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BulkLoad.Plan plan;
        try {
            plan = BulkLoad.Plan.valueOf(loader.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("load: --loader must be phased or parallel, not " + Printable.escape(loader));
            return ExitCodes.USAGE;
        }
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("load: " + Printable.escape(p.toString()) + ": no such file or folder");
                return ExitCodes.FAILED;
            }
            files.addAll(rdfFiles(p));
        }
        if (!paths.isEmpty() && files.isEmpty()) {
            err.println("load: no .nq, .nt or .trig files in " + Printable.escape(paths.toString()) + " (exit status 1)");
            return ExitCodes.FAILED;
        }
        if (paths.isEmpty() && !KnowledgeStore.isStore(store.path())) {
            err.println("load: no files given and no store at " + store.path() + ": nothing to do");
            return ExitCodes.FAILED;
        }
        long start = System.nanoTime();
        String storeBase;
        // Creates the store (or checks the folder and the base), then leaves the database to the loader.
        try (KnowledgeStore kg = KnowledgeStore.open(store.path(), Optional.ofNullable(base))) {
            storeBase = kg.baseIri();
        }
        BulkLoad.Result loaded = new BulkLoad.Result(0, List.of());
        if (!files.isEmpty()) {
            loaded = BulkLoad.load(store.path(), files, plan, (fmt, args) -> {
                err.println(String.format(Locale.ROOT, fmt, args));
                err.flush();
            });
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        Optional<String> filesBase = BulkLoad.baseIn(loaded.settings());
        if (filesBase.isPresent() && !filesBase.get().equals(storeBase)) {
            err.println("WARNING  load: the files were made for base IRI " + filesBase.get() + ", the store has "
                    + storeBase + ": their IRIs will not resolve on this store's server (load into a store made with --base "
                    + filesBase.get() + ")");
        }
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store.path())) { // builds the text index
            double indexSeconds = (System.nanoTime() - start) / 1e9 - loadSeconds;
            Boolean linkSetting = link != null ? link : recordedLink(loaded);
            if (linkSetting != null) {
                kg.setFlag(Vocab.LINK_ENTITIES, linkSetting, true);
            }
            kg.markArticlesChanged();
            if (!files.isEmpty()) {
                kg.publishLegacySources(); // files written before sources were keyed hold local paths
            }
            err.println("load: recomputing the corpus graph ...");
            err.flush();
            int statements = CorpusRebuild.update(kg).statements();
            kg.compactIfGrown(KnowledgeStore.COMPACT_FACTOR);
            double total = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "loaded %,d quads from %d file(s) in %.1f s (%,.0f quads/s, %s loader); text index %.1f s;"
                    + " corpus graph %.1f s: %d statement(s)%n", loaded.quads(), files.size(), loadSeconds,
                    loaded.quads() / Math.max(loadSeconds, 1e-3), plan.name().toLowerCase(Locale.ROOT), indexSeconds,
                    total - loadSeconds - indexSeconds, statements);
            out.println("Store: " + kg.location() + " (" + kg.articleCount() + " articles)");
        }
        return ExitCodes.OK;
    }

    /** The link setting the files' settings graph records, if any. */
    private static Boolean recordedLink(BulkLoad.Result loaded) {
        return loaded.settings().stream().filter(q -> q.getPredicate().equals(Vocab.LINK_ENTITIES))
                .map(q -> "true".equals(q.getObject().getLiteralLexicalForm())).findFirst().orElse(null);
    }

    /** The file itself, or the RDF files in a folder (recursively, in name order). */
    public static List<Path> rdfFiles(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> all = Files.walk(path)) {
            return all.filter(Files::isRegularFile).filter(p -> isRdf(p.getFileName().toString())).sorted().toList();
        }
    }

    private static boolean isRdf(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        return n.endsWith(".nq") || n.endsWith(".nt") || n.endsWith(".trig");
    }
}
