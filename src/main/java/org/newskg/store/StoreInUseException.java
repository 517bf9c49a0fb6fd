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

    public StoreInUseException(Path store, RuntimeException lock) {
        super(message(store, lock.getMessage()), lock);
    }

    public static String message(Path store, String lockMessage) {
        Matcher m = PROCESS.matcher(lockMessage == null ? "" : lockMessage);
        String who = m.find() ? "process " + m.group(1) : "another process";
        return "the store " + store + " is in use by " + who + ", most likely a running 'newskg serve' or 'newskg demo'"
                + " (a store is opened by one process at a time). Either stop that server (Ctrl-C where it runs) and"
                + " run this again, or ask the server: 'newskg query --endpoint " + DEFAULT_ENDPOINT + " FILE.rq'"
                + " (its address if not the default)";
    }
}
