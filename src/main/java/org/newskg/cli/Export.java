package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.newskg.export.ConstructEdges;
import org.newskg.export.EdgeSource;
import org.newskg.export.ExportSettings;
import org.newskg.export.Exporter;
import org.newskg.export.GraphFormat;
import org.newskg.export.GraphHeader;
import org.newskg.export.GraphSink;
import org.newskg.export.SelectEdges;
import org.newskg.export.Views;
import org.newskg.extract.EntityType;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg export}: a network view of the store as a file for Gephi, Cytoscape, yEd or Graphviz. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Exports a network from the store for Gephi, Cytoscape, yEd or Graphviz.",
            "Views: co-mention (people, organisations, places named in the same articles),",
            "who-said-what (speaker -> statement -> entities it is about), sources (outlet -> statement),",
            "events (event -> its participants and places), roles (person -> organisation or country of a role).",
            "Or --query FILE.rq: a CONSTRUCT (triples between IRIs become edges), or a SELECT",
            "of ?source ?target and optionally ?weight ?label ?relation ?start ?end.",
            "Formats: graphml, gexf (1.2draft, dynamic), cytoscape (Cytoscape.js JSON), dot (Graphviz)."
        })
public final class Export implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "${COMPLETION-CANDIDATES}.")
    GraphFormat format;

    @ArgGroup(exclusive = true)
    Source source;

    static final class Source {
        @Option(names = "--view", paramLabel = "NAME", description = "Built-in view (default: co-mention).")
        String view;

        @Option(names = "--query", paramLabel = "FILE.rq", description = "A CONSTRUCT or SELECT query giving the edges.")
        Path query;
    }

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "File to write.")
    Path output;

    @Option(names = "--type", split = ",", paramLabel = "TYPE",
            description = "Keep only these entity types: person, organization, place (default: all).")
    List<String> types = List.of();

    @Option(names = "--from", paramLabel = "DATE", description = "Count only articles published on or after this day (yyyy-mm-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Count only articles published on or before this day.")
    LocalDate to;

    @Option(names = "--min-weight", paramLabel = "N", defaultValue = "0", description = "Leave out edges lighter than N.")
    double minWeight;

    @Option(names = "--max-nodes", paramLabel = "N", defaultValue = "0",
            description = "Keep the N heaviest nodes by weighted degree (default: all).")
    int maxNodes;

    @Option(names = "--timeout", defaultValue = "600", paramLabel = "SECONDS", description = "Give up a query after this long (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Override
    public Integer call() throws IOException {
        ExportSettings settings = new ExportSettings(entityTypes(), Optional.ofNullable(from), Optional.ofNullable(to),
                minWeight, maxNodes);
        EdgeSource edges = edgeSource(settings);
        Path target = output.toAbsolutePath();
        // Written beside the target and moved at the end, so a failed export leaves no half file.
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Exporter.Summary summary;
        try (KnowledgeStore kg = store.open("")) {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                GraphSink sink = format.writer(out, new GraphHeader(edges.name(), edges.directed()));
                summary = kg.read(ds -> new Exporter(settings).export(ds, edges, sink));
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (QueryCancelledException e) {
            spec.commandLine().getErr().println("newskg export: query timed out after " + timeout + " s");
            return ExitCodes.FAILED;
        } finally {
            Files.deleteIfExists(partial);
        }
        if (edges instanceof ConstructEdges c && c.literalsLeftOut() > 0) {
            spec.commandLine().getErr().println("newskg export: " + c.literalsLeftOut()
                    + " literal triple(s) left out (only rdfs:label and schema:name become node labels)");
        }
        spec.commandLine().getOut().println("exported " + edges.name() + ": " + summary.nodes() + " nodes, "
                + summary.edges() + " edges -> " + output + " (" + format + ")");
        return ExitCodes.OK;
    }

    private Set<EntityType> entityTypes() {
        return types.stream().map(t -> {
            try {
                return EntityType.valueOf(t.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--type " + t + ": the types are person, organization, place");
            }
        }).collect(java.util.stream.Collectors.toSet());
    }

    private EdgeSource edgeSource(ExportSettings settings) throws IOException {
        if (source == null || source.view != null) {
            return Views.source(Views.View.byId(source == null ? "co-mention" : source.view), settings, timeout);
        }
        if (from != null || to != null) {
            throw new IllegalArgumentException("--from and --to filter the views' articles; put dates in the query itself");
        }
        String text = Files.readString(source.query, StandardCharsets.UTF_8);
        org.apache.jena.query.Query query;
        try {
            query = QueryFactory.create(Query.withDefaultPrefixes(text));
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("query does not parse: " + e.getMessage(), e);
        }
        String name = source.query.getFileName().toString().replaceFirst("\\.rq$", "");
        if (query.isConstructType()) {
            return new ConstructEdges(name, query, timeout);
        }
        if (query.isSelectType()) {
            return new SelectEdges(name, query, true, "related", timeout);
        }
        throw new IllegalArgumentException("an export query is a CONSTRUCT or a SELECT of ?source ?target");
    }
}
