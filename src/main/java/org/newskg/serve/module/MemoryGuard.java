package org.newskg.serve.module;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.NotificationEmitter;
import org.apache.jena.fuseki.Fuseki;

/**
 * Cancels the running queries when the heap is still nearly full right after a garbage
 * collection. Jena cannot spill {@code GROUP BY}, {@code DISTINCT} over a large OFFSET or a
 * big aggregate to disk, so one such query can fill the heap long before its time limit; the
 * time limit alone would then end in an {@code OutOfMemoryError} that takes other requests
 * (and Jetty's own threads) with it. What is live after a collection is the only reading that
 * garbage does not inflate, so the JVM's collection-usage threshold on the old generation is
 * the trigger; the cancelled queries are answered 503 and their memory is freed.
 */
public final class MemoryGuard {
    /** Share of the old generation that may stay live after a collection before queries are cancelled. */
    public static final double DEFAULT_SHARE = 0.75;
    private static volatile MemoryGuard installed;

    private final Set<AtomicBoolean> running = ConcurrentHashMap.newKeySet();

    MemoryGuard() {}

    /** The guard of this JVM, wired to the heap's collection-usage threshold on first use. */
    public static MemoryGuard get() {
        MemoryGuard guard = installed;
        if (guard == null) {
            synchronized (MemoryGuard.class) {
                guard = installed;
                if (guard == null) {
                    guard = new MemoryGuard();
                    guard.watch(DEFAULT_SHARE);
                    installed = guard;
                }
            }
        }
        return guard;
    }

    /** Registers a query's cancel signal for as long as the returned handle is open. */
    public Registration register(AtomicBoolean cancel) {
        running.add(cancel);
        return () -> running.remove(cancel);
    }

    /** Raises every registered cancel signal; returns how many were raised. */
    int cancelAll() {
        int n = 0;
        for (AtomicBoolean cancel : running) {
            if (!cancel.getAndSet(true)) {
                n++;
            }
        }
        return n;
    }

    /** Queries registered and not yet done. */
    int running() {
        return running.size();
    }

    private void watch(double share) {
        List<MemoryPoolMXBean> oldGenerations = ManagementFactory.getMemoryPoolMXBeans().stream()
                // The pool that supports a usage threshold is the tenured one (eden and survivor do not).
                .filter(p -> p.getType() == MemoryType.HEAP && p.isUsageThresholdSupported()
                        && p.isCollectionUsageThresholdSupported() && p.getUsage().getMax() > 0)
                .toList();
        for (MemoryPoolMXBean pool : oldGenerations) {
            pool.setCollectionUsageThreshold((long) (pool.getUsage().getMax() * share));
        }
        if (oldGenerations.isEmpty()
                || !(ManagementFactory.getMemoryMXBean() instanceof NotificationEmitter emitter)) {
            Fuseki.configLog.warn("newskg: this JVM reports no old-generation threshold; queries are bounded by time only");
            return;
        }
        emitter.addNotificationListener((notification, handback) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                int n = cancelAll();
                if (n > 0) {
                    Fuseki.serverLog.warn("newskg: the heap is over {}% full after a collection; cancelled {} running quer{}",
                            Math.round(share * 100), n, n == 1 ? "y" : "ies");
                }
            }
        }, null, null);
    }

    /** An open registration; closing it forgets the query. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
