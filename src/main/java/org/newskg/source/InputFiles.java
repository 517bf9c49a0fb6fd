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
                    for (Path f : walk.filter(f -> !isHidden(p.relativize(f))).sorted().toList()) {
                        if (Files.isRegularFile(f)) {
                            files.add(f);
                        } else if (Files.isSymbolicLink(f) && !Files.exists(f)) {
                            issues.accept(brokenLink(f));
                        }
                    }
                } catch (IOException | UncheckedIOException e) {
                    issues.accept(Issue.error(p.toString(), "source", "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else if (Files.isSymbolicLink(p)) {
                issues.accept(brokenLink(p));
            } else {
                issues.accept(Issue.error(p.toString(), "source", "no such file or folder"));
            }
        }
        return files;
    }

    /** A link whose target is missing, or a loop of links: nobody can read it, not even root. */
    private static Issue brokenLink(Path link) {
        return Issue.error(link.toString(), "source", "cannot read: broken symbolic link");
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
