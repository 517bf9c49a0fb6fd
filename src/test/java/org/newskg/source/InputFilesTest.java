package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.core.Issue;

/** Only regular files under the paths named are read; everything else is named with its reason. */
class InputFilesTest {
    @TempDir
    Path tmp;
    Path in;
    Path outside;

    @BeforeEach
    void folders() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(in.resolve("a.txt"), "an article");
        Files.writeString(outside.resolve("secret.txt"), "not an article");
    }

    @Test
    void aNamedPipeIsReportedAndNeverOpened() throws Exception {
        Path fifo = mkfifo(in.resolve("pipe.txt"));
        Path named = mkfifo(tmp.resolve("named-pipe"));
        List<Issue> issues = new ArrayList<>();
        // Opening a pipe with no writer blocks forever: the timeout is the failure.
        List<Path> files = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> InputFiles.expand(List.of(in, named), issues::add));
        assertEquals(List.of(in.resolve("a.txt")), files);
        assertIssue(issues, fifo, "not a regular file (a named pipe): not read");
        assertIssue(issues, named, "not a regular file (a named pipe): not read");
        // The HTML sniffer, which opens files, must not block on one either.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertTrue(!HtmlReader.looksLikeHtml(named)));
    }

    @Test
    void socketsAndDevicesAreReported() throws Exception {
        Path socket = in.resolve("app.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            List<Issue> issues = new ArrayList<>();
            List<Path> files = InputFiles.expand(List.of(in, Path.of("/dev/null")), issues::add);
            assertEquals(List.of(in.resolve("a.txt")), files);
            assertIssue(issues, socket, "not a regular file (a socket): not read");
            assertIssue(issues, Path.of("/dev/null"), "not a regular file (a character device): not read");
        }
    }

    @Test
    void aLinkOutOfTheFoldersNamedIsReportedAndNotFollowed() throws Exception {
        Path link = Files.createSymbolicLink(in.resolve("passwd.txt"), outside.resolve("secret.txt"));
        Path dirLink = Files.createSymbolicLink(in.resolve("elsewhere"), outside);
        List<Issue> issues = new ArrayList<>();
        List<Path> files = InputFiles.expand(List.of(in), issues::add);
        assertEquals(List.of(in.resolve("a.txt")), files);
        assertIssue(issues, link, "symbolic link to " + outside.resolve("secret.txt")
                + ", outside the folders named: not followed (--follow-links to read it)");
        assertIssue(issues, dirLink, "outside the folders named: not followed");
        assertEquals(2, issues.size(), issues.toString());

        issues.clear();
        List<Path> followed = InputFiles.expand(List.of(in), true, issues::add);
        assertEquals(List.of(in.resolve("a.txt"), in.resolve("elsewhere/secret.txt"), outside.resolve("secret.txt")), followed);
        assertEquals(List.of(), issues);
    }

    @Test
    void aLinkToAFileUnderAnotherPathNamedIsRead() throws Exception {
        Files.createSymbolicLink(in.resolve("b.txt"), outside.resolve("secret.txt"));
        List<Issue> issues = new ArrayList<>();
        List<Path> files = InputFiles.expand(List.of(in, outside), issues::add);
        assertEquals(List.of(in.resolve("a.txt"), outside.resolve("secret.txt"), outside.resolve("secret.txt")), files);
        assertEquals(List.of(), issues);
    }

    @Test
    void filesAreNamedByTheirCanonicalAbsolutePath() throws Exception {
        Path linkToFolder = Files.createSymbolicLink(tmp.resolve("via-link"), in);
        List<Issue> issues = new ArrayList<>();
        Path relative = Path.of("").toAbsolutePath().relativize(in.resolve("a.txt"));
        List<Path> files = InputFiles.expand(List.of(relative, in.resolve("../in/./a.txt"), linkToFolder), issues::add);
        assertEquals(List.of(in.resolve("a.txt"), in.resolve("a.txt"), in.resolve("a.txt")), files);
        assertEquals(List.of(), issues);
    }

    @Test
    void aFileNameWithControlCharactersIsOneEscapedLineInItsIssue() throws Exception {
        Path evil = mkfifo(in.resolve("x\nERROR  forged line \u001B[31mred.txt"));
        List<Issue> issues = new ArrayList<>();
        InputFiles.expand(List.of(in), issues::add);
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(evil.toString(), issues.get(0).source()); // kept as it is, for the program
        String line = issues.get(0).toString();                 // escaped, for people
        assertEquals(-1, line.indexOf('\n'));
        assertEquals(-1, line.indexOf('\u001B'));
        assertTrue(line.contains("x\\nERROR  forged line \\e[31mred.txt"), line);
    }

    private static Path mkfifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor());
        return p;
    }

    private static void assertIssue(List<Issue> issues, Path source, String reasonPart) {
        assertTrue(issues.stream().anyMatch(i -> i.source().equals(source.toString()) && i.reason().contains(reasonPart)
                && i.severity() == Issue.Severity.ERROR), "no issue for " + source + " with " + reasonPart + " in " + issues);
    }
}
