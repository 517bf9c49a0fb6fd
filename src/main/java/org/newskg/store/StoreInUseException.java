package org.newskg.store;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another process holds the store (TDB2 allows one), most often a running {@code newskg serve} or
 * {@code demo}: the message says what to do instead of TDB2's bare lock message.
 */
public final class StoreInUseException extends StoreException {
    /** Where {@code newskg serve} answers queries by default. */
    public static final String DEFAULT_ENDPOINT = "http://127.0.0.1:3030/newskg/sparql";

    private static final Pattern PROCESS = Pattern.compile("held by process (\\d+)");

    /** Where {@code newskg serve} publishes the store's dump by default. */
    public static final String DEFAULT_DUMP = "http://127.0.0.1:3030/dump.nq";
    /** What a query can do instead: ask the server. */
    static final String ASK_THE_SERVER = "ask the server: 'newskg query --endpoint " + DEFAULT_ENDPOINT + " FILE.rq'"
            + " (its address if not the default)";

    private final transient Path store;
    private final RuntimeException lock;

    public StoreInUseException(Path store, RuntimeException lock) {
        this(store, lock, ASK_THE_SERVER);
    }

    private StoreInUseException(Path store, RuntimeException lock, String instead) {
        super(message(store, lock.getMessage(), instead), lock);
        this.store = store;
        this.lock = lock;
    }

    /**
     * The same refusal with what this command can do instead of waiting for the server (for
     * {@code dump}: take the server's dump); empty for a command that has to wait.
     */
    public StoreInUseException instead(String what) {
        return new StoreInUseException(store, lock, what);
    }

    public static String message(Path store, String lockMessage) {
        return message(store, lockMessage, ASK_THE_SERVER);
    }

    static String message(Path store, String lockMessage, String instead) {
        Matcher m = PROCESS.matcher(lockMessage == null ? "" : lockMessage);
        String who = m.find() ? "process " + m.group(1) : "another process";
        String stop = "stop that server (Ctrl-C where it runs) and run this again";
        return "the store " + store + " is in use by " + who + ", most likely a running 'newskg serve' or 'newskg demo'"
                + " (a store is opened by one process at a time). "
                + (instead.isEmpty() ? "Stop that server (Ctrl-C where it runs), run this again, then start the server again"
                        : "Either " + stop + ", or " + instead);
    }
}
