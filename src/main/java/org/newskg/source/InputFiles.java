package org.newskg.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newskg.core.Issue;

/**
 * Expands the paths a user names into the files to read: folders recursively, in name order,
 * each file by its canonical absolute path (so one file is one source however it was named).
 * Only regular files are read: a named pipe would block the reader forever, a device never
 * ends, so pipes, devices and sockets are reported and never opened. A symbolic link inside a
 * folder is followed only when its target lies under one of the paths named (or with
 * {@code followLinks}): a link to {@code /etc/passwd} in a folder of articles is reported, not read.
 */
public final class InputFiles {
    private InputFiles() {}

    /** {@link #expand(List, boolean, Consumer)} without following links out of the named paths. */
    public static List<Path> expand(List<Path> paths, Consumer<Issue> issues) {
        return expand(paths, false, issues);
    }

    /**
     * Files under the given paths. Hidden files and folders (".git", ".DS_Store") are skipped;
     * a path that does not exist, or is no regular file, is reported and the others go on.
     * A path named itself is read even when it is a link: the user chose it.
     */
    public static List<Path> expand(List<Path> paths, boolean followLinks, Consumer<Issue> issues) {
        List<Path> roots = new ArrayList<>();
        for (Path p : paths) {
            try {
                roots.add(p.toRealPath());
            } catch (IOException e) {
                // reported below
            }
        }
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                Path root = canonical(p);
                FileVisitOption[] options = followLinks ? new FileVisitOption[] {FileVisitOption.FOLLOW_LINKS} : new FileVisitOption[0];
                try (Stream<Path> walk = Files.walk(root, options)) {
                    for (Path f : walk.filter(f -> !isHidden(root.relativize(f))).sorted().toList()) {
                        inFolder(f, roots, followLinks, files, issues);
                    }
                } catch (IOException | UncheckedIOException e) {
                    issues.accept(Issue.error(p.toString(), "source", "cannot list folder: " + message(e)));
                }
            } else if (Files.isRegularFile(p)) {
                files.add(canonical(p));
            } else if (Files.exists(p)) {
                issues.accept(notRegular(p));
            } else if (Files.isSymbolicLink(p)) {
                issues.accept(brokenLink(p));
            } else {
                issues.accept(Issue.error(p.toString(), "source", "no such file or folder"));
            }
        }
        return files;
    }

    private static void inFolder(Path f, List<Path> roots, boolean followLinks, List<Path> files, Consumer<Issue> issues) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            issues.accept(Issue.error(f.toString(), "source", "cannot read: " + message(e)));
            return;
        }
        if (own.isRegularFile()) {
            files.add(f);
        } else if (own.isDirectory()) {
            return; // the walk goes into it
        } else if (!own.isSymbolicLink()) {
            issues.accept(notRegular(f));
        } else if (!Files.exists(f)) {
            issues.accept(brokenLink(f));
        } else {
            Path target = canonical(f);
            if (!followLinks && roots.stream().noneMatch(target::startsWith)) {
                issues.accept(Issue.error(f.toString(), "source", "symbolic link to " + target
                        + ", outside the folders named: not followed (--follow-links to read it)"));
            } else if (Files.isRegularFile(target)) {
                files.add(target);
            } else if (Files.isDirectory(target)) {
                if (!followLinks) {
                    issues.accept(Issue.warning(f.toString(), "source",
                            "symbolic link to a folder: not followed (--follow-links to read it)"));
                }
            } else {
                issues.accept(notRegular(f));
            }
        }
    }

    /** A pipe, device or socket: opening one can block forever or never end, so it is never opened. */
    private static Issue notRegular(Path p) {
        return Issue.error(p.toString(), "source", "not a regular file (" + kind(p) + "): not read");
    }

    private static String kind(Path p) {
        try {
            int type = (Integer) Files.getAttribute(p, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a pipe, device or socket";
        }
    }

    /** A link whose target is missing, or a loop of links: nobody can read it, not even root. */
    private static Issue brokenLink(Path link) {
        return Issue.error(link.toString(), "source", "cannot read: broken symbolic link");
    }

    /** The file's real absolute path; its absolute normalised path if it cannot be resolved. */
    public static Path canonical(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static String message(Exception e) {
        Throwable c = e instanceof UncheckedIOException u ? u.getCause() : e;
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
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
