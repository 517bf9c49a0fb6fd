package org.newskg.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newskg.core.Issue;

/** Expands the paths a user names into the files to read: folders recursively, in name order. */
public final class InputFiles {
    private InputFiles() {}

    /**
     * Files under the given paths. Hidden files and folders (".git", ".DS_Store") are skipped;
     * a path that does not exist is reported and the others go on.
     */
    public static List<Path> expand(List<Path> paths, Consumer<Issue> issues) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p.relativize(f)))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    issues.accept(Issue.error(p.toString(), "source", "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                issues.accept(Issue.error(p.toString(), "source", "no such file or folder"));
            }
        }
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
