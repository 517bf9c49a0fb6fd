package org.newskg.pipeline;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether the heap can hold an article's annotation, asked before it starts. An article that
 * does not fit never throws {@code OutOfMemoryError} in practice: CoreNLP's tokenizer fills the
 * heap a token at a time and the JVM then spends minutes in back-to-back full collections, which
 * stalls the whole run (docs/PERFORMANCE.md, "One article that does not fit in the heap"). So the
 * article is refused up front, as its own issue, when its estimated need exceeds what is free.
 */
final class HeapRoom {
    /**
     * Heap an article's annotation holds per character, with room to spare: the tokenizer alone
     * held about 70 bytes a character on a 15 MB article, and the whole pipeline on a 100,000
     * character article raised the live heap by under 30 MB (docs/PERFORMANCE.md).
     */
    static final long BYTES_PER_CHAR = 400;

    private HeapRoom() {}

    /** Why an article of {@code chars} characters cannot be annotated in this JVM now, if it cannot. */
    static Optional<String> refusal(long chars) {
        long need = chars * BYTES_PER_CHAR;
        if (fits(need, free())) {
            return Optional.empty();
        }
        // Garbage counts as used until it is collected: only a full collection says what is free.
        System.gc();
        long free = free();
        if (fits(need, free)) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "too long for the memory left: %,d characters need about %,d MB to annotate, %,d MB is free; %s",
                chars, need >> 20, Math.max(0, free) >> 20, ArticlePreparer.MORE_MEMORY));
    }

    static boolean fits(long need, long free) {
        return need <= free;
    }

    /** Heap not in use now: what may still be allocated before the maximum is reached. */
    static long free() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }
}
