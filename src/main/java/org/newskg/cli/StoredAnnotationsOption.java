package org.newskg.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --annotations DIR}, shared by the evaluations that annotate their gold documents: CoreNLP's
 * annotation of each document is kept there and read back on later runs, so a changed extraction
 * rule is measured in a minute without loading the models.
 */
final class StoredAnnotationsOption {
    @Option(names = "--annotations", paramLabel = "DIR",
            description = {"Keep CoreNLP's annotation of each document in this folder and read it from there on later",
                "runs (CoreNLP is then not loaded): for measuring changed rules quickly."})
    private Path annotations;

    /** The folder of stored annotations, when one was named. */
    Optional<Path> folder() {
        return Optional.ofNullable(annotations);
    }
}
