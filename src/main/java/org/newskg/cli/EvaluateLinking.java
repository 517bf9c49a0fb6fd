package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.newskg.eval.LinkingGold;
import org.newskg.extract.Names;
import org.newskg.rdf.Sources;
import org.newskg.source.InputFiles;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg evaluate linking}: the store's Wikipedia links against gold pages. */
@Command(name = "linking", mixinStandardHelpOptions = true,
        description = {
            "Scores entity linking against a gold file of Wikipedia pages.",
            "The page the store gives each entity of an article (through its canonical entity) is",
            "compared with a gold file (eval/linking/README.md), after ingesting the gold's",
            "articles into that store. Prints precision (of the gold entities linked) and recall (of those",
            "with a page), and the verdict on every gold row."
        })
public final class EvaluateLinking implements Callable<Integer> {
    private static final String LINKS = """
            PREFIX schema: <http://schema.org/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX newskg: <https://newskg.org/ns#>
            SELECT ?key ?name ?alias ?page WHERE {
              GRAPH ?article { ?article schema:mentions ?e ; newskg:sourceKey ?key . ?e schema:name ?name .
                               OPTIONAL { ?e <http://www.w3.org/2004/02/skos/core#altLabel> ?alias } }
              OPTIONAL { GRAPH <urn:newskg:corpus> { ?e owl:sameAs ?canonical } }
              BIND(COALESCE(?canonical, ?e) AS ?entity)
              OPTIONAL { GRAPH <urn:newskg:corpus> { ?entity schema:sameAs ?page
                         FILTER(STRSTARTS(STR(?page), "https://en.wikipedia.org/wiki/")) } }
            }
            """;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "Gold pages (eval/linking/gold.tsv).")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Folder the gold's sources are relative to (default: the shared corpus, ../shared/corpus).")
    Path corpus;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<LinkingGold.Row> rows = LinkingGold.read(gold);
        // The store knows an input by the key of its canonical path (it holds no path): each gold source's key.
        Path folder = corpus != null ? corpus : Path.of(System.getProperty("newskg.shared", "../shared"), "corpus");
        Map<String, String> goldSourceByKey = new HashMap<>();
        rows.forEach(r -> goldSourceByKey.put(Sources.key(InputFiles.canonical(folder.resolve(r.source())).toString()), r.source()));
        Map<String, Map<String, Optional<String>>> system = new HashMap<>();
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store.path())) {
            kg.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(LINKS).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        Optional<String> page = Optional.ofNullable(s.getResource("page"))
                                .map(p -> p.getURI().substring("https://en.wikipedia.org/wiki/".length()));
                        String source = goldSourceByKey.get(s.getLiteral("key").getLexicalForm());
                        if (source == null) {
                            continue; // an article the gold does not judge
                        }
                        Map<String, Optional<String>> names = system.computeIfAbsent(source, k -> new HashMap<>());
                        names.merge(Names.key(s.getLiteral("name").getLexicalForm()), page, (a, b) -> a.isPresent() ? a : b);
                        if (s.getLiteral("alias") != null) {
                            names.merge(Names.key(s.getLiteral("alias").getLexicalForm()), page, (a, b) -> a.isPresent() ? a : b);
                        }
                    }
                }
                return null;
            });
        }
        LinkingGold.Scores scores = LinkingGold.score(rows, system);
        out.println("Entity linking on " + gold + " against " + store.path());
        out.print(scores.render());
        for (LinkingGold.Judged j : scores.rows()) {
            if (!j.verdict().startsWith("right")) {
                out.printf("  %-26s %s\t%s\t%s\tgold %s\tsystem %s%n", j.verdict(), j.gold().source(), j.gold().type(),
                        j.gold().name(), j.gold().page().orElse("-"), j.system().orElse("-"));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
