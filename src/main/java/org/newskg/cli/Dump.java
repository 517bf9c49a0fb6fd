package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.newskg.export.RdfDump;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.StoreInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg dump}: the store as an RDF file, for publishing or loading elsewhere. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = {
            "Writes the store as RDF, with RDF4J Rio's writers.",
            "nquads and trig keep every named graph (one per article, the corpus graph, the settings)",
            "and stream, so any store size dumps; turtle writes one graph: --graph IRI, or the union",
            "of all graphs; jsonld is compacted with the newskg prefixes as its context."
        })
public final class Dump implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "nquads", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    RdfDump.Format format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph (an article IRI, urn:newskg:corpus, ...).")
    String graph;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (KnowledgeStore kg = store.open("take the dump the server publishes: 'curl -o store.nq " + StoreInUseException.DEFAULT_DUMP + "' (N-Quads, every graph; its address if not the default)")) {
            if (graph != null && !kg.read(ds -> ds.containsNamedModel(graph))) {
                throw new IllegalArgumentException("no graph " + graph + " in the store");
            }
            long n;
            if (output == null) {
                OutputStream out = WriterOutputStream.builder().setWriter(spec.commandLine().getOut())
                        .setCharset(StandardCharsets.UTF_8).get();
                n = kg.read(ds -> RdfDump.write(ds, format, Optional.ofNullable(graph), out));
                out.flush();
                spec.commandLine().getOut().flush();
            } else {
                // Written beside the target and moved into place, so a failed dump leaves no half file.
                Path part = output.resolveSibling(output.getFileName() + ".part");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part))) {
                    n = kg.read(ds -> RdfDump.write(ds, format, Optional.ofNullable(graph), out));
                } catch (RuntimeException | IOException e) {
                    Files.deleteIfExists(part);
                    throw e;
                }
                Files.move(part, output, StandardCopyOption.REPLACE_EXISTING);
            }
            spec.commandLine().getErr().println("dump: " + n + " statements" + (output == null ? "" : " to " + output));
        }
        return ExitCodes.OK;
    }
}
