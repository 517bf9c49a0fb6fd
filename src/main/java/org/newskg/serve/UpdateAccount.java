package org.newskg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The one account allowed to change the served store (SPARQL Update, Graph Store Protocol
 * writes). The password never appears in the Fuseki config: it comes from a file or the
 * environment, and lives only in this process's memory.
 *
 * @param user     user name for HTTP Basic authentication
 * @param password its password, not empty
 */
public record UpdateAccount(String user, String password) {
    /** Environment variable read when no password file is given. */
    public static final String PASSWORD_ENV = "NEWSKG_PASSWORD";

    public UpdateAccount {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank() || user.contains(":")) {
            throw new IllegalArgumentException("the user name must not be empty nor contain ':'");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the password must not be empty");
        }
    }

    /** The password is the first line of {@code file}, without its line end. */
    public static UpdateAccount withPasswordFile(String user, Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the password file " + file + ": " + e.getMessage(), e);
        }
        String firstLine = content.lines().findFirst().orElse("");
        if (firstLine.isEmpty()) {
            throw new IllegalArgumentException("the password file " + file + " is empty");
        }
        return new UpdateAccount(user, firstLine);
    }

    /** Keeps the password out of logs and error messages. */
    @Override
    public String toString() {
        return "UpdateAccount[user=" + user + "]";
    }
}
