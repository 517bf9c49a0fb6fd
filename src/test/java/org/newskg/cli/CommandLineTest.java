package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.StoreInUseException;
import picocli.CommandLine;

/** The command line never leaves a user stuck: each mistake gets a message that says what and where. No models. */
class CommandLineTest {
    @TempDir
    Path tmp;

    @Test
    void anUnknownCommandWithHelpIsAnErrorNotTheTopLevelHelp() {
        CliRun r = CliRun.of("inspect", "--help");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.out());
        assertTrue(r.err().contains("newskg: unknown command 'inspect'; the commands are: help, ingest, read, query"), r.err());
        assertEquals(ExitCodes.OK, CliRun.of("query", "--help").exitCode());
    }

    /** The list of commands shows each one's first description line: it must be a whole sentence. */
    @Test
    void everyCommandSummaryIsAWholeSentence() {
        List<CommandLine> all = new java.util.ArrayList<>(List.of(Main.commandLine()));
        for (int i = 0; i < all.size(); i++) {
            CommandLine cl = all.get(i);
            all.addAll(cl.getSubcommands().values());
            String[] description = cl.getCommandSpec().usageMessage().description();
            if (description.length > 0) {
                assertTrue(description[0].endsWith("."), cl.getCommandSpec().qualifiedName() + ": " + description[0]);
            }
        }
    }

    @Test
    void exportHelpNamesEveryView() {
        String help = CliRun.of("export", "--help").out();
        for (String view : List.of("co-mention", "who-said-what", "sources", "events", "roles")) {
            assertTrue(help.contains(view + " ("), view + " missing in\n" + help);
        }
    }

    @Test
    void aSyntaxErrorIsPlacedInTheUsersOwnTextWithAShortHint() throws Exception {
        Path q = Files.writeString(tmp.resolve("bad.rq"), "SELECT ?p WHERE {\n  ?p a schema:Person\n  FILTER(?p = }\n");
        CliRun r = CliRun.of("query", "--store", tmp.resolve("none").toString(), q.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().startsWith("newskg query: query does not parse: " + q + ", line 3, column 13: Encountered \"}\"; expected \"(\" or "),
                r.err());
        assertTrue(r.err().contains("other tokens)\n  3 |   FILTER(?p = }\n    |             ^\n"), r.err());
        assertTrue(r.err().lines().count() == 3, "no list of a hundred tokens: " + r.err());

        CliRun prefix = CliRun.of("query", "--store", tmp.resolve("none").toString(), "-e", "SELECT * WHERE { ?s foo:bar ?o }");
        assertTrue(prefix.err().startsWith("newskg query: query does not parse: -e, line 1, column 21: Unresolved prefixed name: foo:bar"),
                prefix.err());
    }

    @Test
    void aMissingQueryFileSaysWhereItWasLookedFor() {
        CliRun r = CliRun.of("query", "queries/no-such-query.rq");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("query file not found: queries/no-such-query.rq (neither "
                + Path.of("queries/no-such-query.rq").toAbsolutePath() + " exists); the query library is in "), r.err());
    }

    @Test
    void theQueryLibraryIsFoundFromAnotherWorkingDirectory() {
        String before = System.getProperty("newskg.home");
        System.setProperty("newskg.home", Path.of("").toAbsolutePath().toString());
        try {
            // Relative to the working directory it is found directly; under another home it is found there.
            assertEquals(Path.of("queries/people.rq"), Query.queryFile(Path.of("queries/people.rq")));
            System.setProperty("newskg.home", tmp.toString());
            assertTrue(Files.isRegularFile(Query.queryFile(Path.of("queries/people.rq"))));
        } finally {
            if (before == null) {
                System.clearProperty("newskg.home");
            } else {
                System.setProperty("newskg.home", before);
            }
        }
    }

    @Test
    void aMissingStoreSaysWhereAndWhatToDo() {
        CliRun r = CliRun.of("query", "--store", tmp.resolve("nowhere").toString(), "-e", "ASK {}");
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains("no store at " + tmp.resolve("nowhere") + " (no TDB2 database in that folder): run 'newskg ingest'"
                + " to make one, or name an existing store with --store DIR"), r.err());
    }

    @Test
    void noStoreIsCreatedAmongOtherFiles() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "An article about the harbour.\n");
        CliRun r = CliRun.of("ingest", "--store", articles.toString(), articles.resolve("a.txt").toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains("no store at " + articles + ", and the folder holds other files: a store is created only in a new"
                + " or empty folder. Give --store a new folder (e.g. " + articles.resolve("store") + ")"), r.err());
        try (var entries = Files.list(articles)) {
            assertEquals(List.of(articles.resolve("a.txt")), entries.toList(), "nothing written among the articles");
        }
    }

    @Test
    void anEmptyInputIsAWarningAndCreatesNoStore() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve(".hidden"), "x");
        Path store = tmp.resolve("store");
        CliRun r = CliRun.of("ingest", "--store", store.toString(), empty.toString());
        assertEquals(ExitCodes.FAILED, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("WARNING  ingest: no article files to read in [" + empty + "]; no store created"), r.err());
        assertFalse(Files.exists(store));

        CliRun missing = CliRun.of("ingest", "--store", store.toString(), tmp.resolve("typo").toString());
        assertEquals(ExitCodes.FAILED, missing.exitCode());
        assertTrue(missing.err().contains("ERROR  " + tmp.resolve("typo") + "  source  no such file or folder"), missing.err());
        assertFalse(Files.exists(store));
    }

    /** The link leads to an empty file, so the test sees it read (and reported empty) without loading CoreNLP. */
    @Test
    void aLinkOutOfTheFoldersIsFollowedOnlyWithFollowLinks() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path outside = Files.writeString(Files.createDirectories(tmp.resolve("outside")).resolve("empty.txt"), "");
        Files.createSymbolicLink(in.resolve("link.txt"), outside);
        CliRun refused = CliRun.of("ingest", "--store", tmp.resolve("s1").toString(), in.toString());
        assertTrue(refused.err().contains("ERROR  " + in.resolve("link.txt") + "  source  symbolic link to " + outside
                + ", outside the folders named: not followed (--follow-links to read it)"), refused.err());
        CliRun followed = CliRun.of("ingest", "--store", tmp.resolve("s2").toString(), "--follow-links", in.toString());
        assertFalse(followed.err().contains("not followed"), followed.err());
        assertTrue(followed.err().contains("ERROR  " + outside + "  source  empty file"), followed.err());
    }

    @Test
    void ingestOptionsOutOfRangeAreUsageErrors() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.txt"), "text");
        for (String[] bad : List.of(new String[] {"--limit", "-1"}, new String[] {"--max-article-chars", "0"},
                new String[] {"--max-article-seconds", "0"})) {
            CliRun r = CliRun.of("ingest", "--store", tmp.resolve("s").toString(), bad[0], bad[1], a.toString());
            assertEquals(ExitCodes.USAGE, r.exitCode(), String.join(" ", bad) + ": " + r.err());
        }
    }

    @Test
    void aStoreHeldByAServerSaysWhatToDo() {
        String m = StoreInUseException.message(tmp, "Failed to get a lock: file='" + tmp + "/tdb.lock': held by process 4242");
        assertEquals("the store " + tmp + " is in use by process 4242, most likely a running 'newskg serve' or 'newskg demo'"
                + " (a store is opened by one process at a time). Either stop that server (Ctrl-C where it runs) and run this"
                + " again, or ask the server: 'newskg query --endpoint http://127.0.0.1:3030/newskg/sparql FILE.rq'"
                + " (its address if not the default)", m);
    }

    @Test
    void aCommandThatCannotAskTheServerSaysWhatElseToDo() {
        StoreInUseException held = new StoreInUseException(tmp, new IllegalStateException("held by process 4242"));
        String dump = held.instead("take the dump the server publishes").getMessage();
        assertTrue(dump.endsWith("Either stop that server (Ctrl-C where it runs) and run this again, or take the dump"
                + " the server publishes"), dump);
        String export = held.instead("").getMessage();
        assertTrue(export.endsWith("Stop that server (Ctrl-C where it runs), run this again, then start the server again"),
                export);
    }

    @Test
    void removeTakesAnySpellingOfAFile() {
        Path abs = Path.of("src/test/resources/articles/north-wire.txt").toAbsolutePath();
        assertEquals(abs.toString(), Remove.canonicalSource("src/test/resources/../resources/articles/./north-wire.txt"));
        assertEquals(abs + "#row=3", Remove.canonicalSource("src/test/resources/articles/north-wire.txt#row=3"));
        assertEquals("https://news.example/a", Remove.canonicalSource("https://news.example/a"));
        assertEquals("stdin", Remove.canonicalSource("stdin"));
    }
}
