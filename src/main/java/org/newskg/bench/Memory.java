package org.newskg.bench;

import java.util.OptionalLong;

/**
 * Memory used during one phase of a benchmark, in bytes.
 *
 * @param peakHeap     the sum of the heap pools' peak usage: an upper bound on heap in use,
 *                     garbage included
 * @param maxHeapAfterGc the largest heap in use right after a collection: closest to the live data
 *                     at the peak
 * @param peakRss      the process's peak resident set (Linux VmHWM), empty where unknown
 * @param rssPerPhase  whether the RSS peak was reset at the start of the phase; if not, it is the
 *                     peak since the process started
 */
public record Memory(long peakHeap, long maxHeapAfterGc, OptionalLong peakRss, boolean rssPerPhase) {
    public Memory {
        if (peakHeap < 0 || maxHeapAfterGc < 0) {
            throw new IllegalArgumentException("negative memory");
        }
    }
}
