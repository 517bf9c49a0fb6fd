package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * newskg's own folder (the launcher passes it as {@code newskg.home}; run from a checkout, the
 * working directory): where the default store, the query library and the samples are found,
 * whatever the working directory.
 */
final class Home {
    private Home() {}

    static Path folder() {
        String home = System.getProperty("newskg.home");
        return (home == null ? Path.of("") : Path.of(home)).toAbsolutePath().normalize();
    }

    /**
     * A file the user named: as given when it exists (relative to the working directory), else the
     * same relative path in newskg's folder when it is there ({@code queries/people.rq} from anywhere).
     */
    static Path find(Path given) {
        if (Files.exists(given) || given.isAbsolute()) {
            return given;
        }
        Path inHome = folder().resolve(given);
        return Files.exists(inHome) ? inHome : given;
    }

    /** Where {@link #find} looked, for a "not found" message. */
    static String lookedIn(Path given) {
        Path cwd = Path.of("").toAbsolutePath();
        if (given.isAbsolute() || folder().equals(cwd)) {
            return given.toAbsolutePath().normalize().toString();
        }
        return given.toAbsolutePath().normalize() + " nor " + folder().resolve(given);
    }
}
