package org.newskg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Annotates gold documents on a pool of workers, at most two per worker in flight so memory stays
 * bounded however large the data, and hands each result on in input order on the calling thread,
 * so scores do not depend on timing.
 */
final class OrderedWork {
    /** The next input, or null when there is none; may read from disk. */
    interface Source<I> {
        I next() throws IOException;
    }

    private OrderedWork() {}

    /**
     * @param where names an input in an error message ("file:line")
     */
    static <I, O> void run(Source<I> inputs, int workers, Function<I, O> work, BiConsumer<I, O> consume,
            Function<I, String> where) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "newskg-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Map.Entry<I, Future<O>>> window = new ArrayDeque<>();
            boolean more = true;
            while (true) {
                while (more && window.size() < 2 * workers) {
                    I input = inputs.next();
                    if (input == null) {
                        more = false;
                    } else {
                        window.add(new SimpleImmutableEntry<>(input, pool.submit(() -> work.apply(input))));
                    }
                }
                Map.Entry<I, Future<O>> oldest = window.poll();
                if (oldest == null) {
                    return;
                }
                consume.accept(oldest.getKey(), await(oldest.getValue(), where.apply(oldest.getKey())));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O await(Future<O> result, String where) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(where + ": annotation failed: " + e.getCause(), e.getCause());
        }
    }
}
