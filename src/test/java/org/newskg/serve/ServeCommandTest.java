package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.ExitCodes;
import org.newskg.cli.Main;
import picocli.CommandLine;

/** {@code newskg serve} up to the point where it would block. */
class ServeCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(ExitCodes.OK, run("serve", "--help"));
        for (String option : new String[] {"--store", "--host", "--port", "--config", "--behind-proxy"}) {
            assertTrue(out.toString().contains(option), out.toString());
        }
        assertTrue(out.toString().contains("127.0.0.1"), out.toString());
    }

    @Test
    void missingStoreIsAClearFailure(@TempDir Path tmp) {
        Path store = tmp.resolve("absent");
        assertEquals(ExitCodes.FAILED, run("serve", "--store", store.toString(), "--port", "0"));
        assertTrue(err.toString().contains("no store at " + store + ": run newskg ingest first"), err.toString());
        assertFalse(err.toString().contains("warning"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void warnsWhenListeningBeyondThisMachine(@TempDir Path tmp) {
        Path store = tmp.resolve("absent");
        assertEquals(ExitCodes.FAILED, run("serve", "--store", store.toString(), "--host", "0.0.0.0"));
        assertTrue(err.toString().contains("warning: listening on 0.0.0.0"), err.toString());
    }

    @Test
    void aHostThatIsNotThisMachinesIsNamedAsTheProblem(@TempDir Path tmp) {
        Path store = TestStore.twoGraphs(tmp.resolve("store"));
        // 192.0.2.1 is reserved for documentation: no machine has it.
        int code = run("serve", "--store", store.toString(), "--host", "192.0.2.1", "--port", "0");
        assertEquals(ExitCodes.FAILED, code, err.toString());
        assertTrue(err.toString().contains("--host must be an address of this machine"), err.toString());
        assertFalse(err.toString().contains("--port"), err.toString());
    }

    @Test
    void badPortIsAUsageError(@TempDir Path tmp) {
        assertEquals(ExitCodes.USAGE, run("serve", "--store", tmp.toString(), "--port", "70000"));
        assertTrue(err.toString().contains("port out of range"), err.toString());
    }

    @Test
    void updateNeedsAPassword(@TempDir Path tmp) {
        assertEquals(ExitCodes.USAGE, run("serve", "--store", tmp.toString(), "--allow-update", "--password-file",
                tmp.resolve("no-such-file").toString()));
        assertTrue(err.toString().contains("cannot read the password file"), err.toString());
    }

    @Test
    void aPasswordFileWithoutAllowUpdateIsAMistake(@TempDir Path tmp) throws Exception {
        Path file = java.nio.file.Files.writeString(tmp.resolve("pw"), "secret\n");
        assertEquals(ExitCodes.USAGE, run("serve", "--store", tmp.toString(), "--password-file", file.toString()));
        assertTrue(err.toString().contains("--password-file needs --allow-update"), err.toString());
    }

    @Test
    void helpListsTheUpdateOptions() {
        assertEquals(ExitCodes.OK, run("serve", "--help"));
        for (String option : new String[] {"--allow-update", "--user", "--password-file", "NEWSKG_PASSWORD"}) {
            assertTrue(out.toString().contains(option), out.toString());
        }
    }
}
