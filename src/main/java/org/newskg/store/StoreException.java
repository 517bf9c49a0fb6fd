package org.newskg.store;

/** The store cannot be opened or written: fatal to the run, unlike a bad article. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
