package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {
    private static final long MB = 1024 * 1024;

    private static final BenchmarkReport REPORT = new BenchmarkReport("corpus/bbc", 2, 10, "JVM: test",
            new BenchmarkReport.Baseline(900 * MB, OptionalLong.of(2000 * MB)),
            new PhaseResult("bare CoreNLP", 200, 100_000, 0, Duration.ofSeconds(40), Optional.of(Duration.ofSeconds(50)),
                    new Memory(2500 * MB, 1200 * MB, OptionalLong.of(3000 * MB), true)),
            new PhaseResult("end to end", 200, 90_000, 1, Duration.ofSeconds(50), Optional.of(Duration.ofSeconds(80)),
                    new Memory(2600 * MB, 1300 * MB, OptionalLong.empty(), true)));

    @Test
    void ratesAreCountsOverWallSeconds() {
        assertEquals(5.0, REPORT.bare().articlesPerSecond(), 1e-9);
        assertEquals(2500.0, REPORT.bare().tokensPerSecond(), 1e-9);
        assertEquals(4.0, REPORT.endToEnd().articlesPerSecond(), 1e-9);
        assertEquals(0.8, REPORT.ratio(), 1e-9);
        assertEquals(0.72, REPORT.tokenRatio(), 1e-9);
        assertEquals(4.0, REPORT.bare().articlesPerCpuSecond(), 1e-9);
        assertEquals(2.5, REPORT.endToEnd().articlesPerCpuSecond(), 1e-9);
    }

    @Test
    void aPhaseOfNoMeasurableTimeHasRateZeroNotInfinity() {
        PhaseResult instant = new PhaseResult("x", 3, 30, 0, Duration.ZERO, Optional.empty(), new Memory(0, 0, OptionalLong.empty(), false));
        assertEquals(0.0, instant.articlesPerSecond());
        assertEquals(0.0, instant.articlesPerCpuSecond());
    }

    @Test
    void theTableHasOneRowPerPhaseAndTheRatio() {
        String text = REPORT.render();
        assertTrue(text.contains("Benchmark: 201 file(s) of corpus/bbc, 2 worker(s), 10 warm-up article(s)"), text);
        assertTrue(text.contains("Models loaded: heap after GC 900 MB, RSS 2000 MB"), text);
        assertTrue(text.matches("(?s).*\nbare CoreNLP +200 +100000 +0 +40\\.0 +5\\.00 +2500 +50\\.0 +4\\.00 +2500 +1200 +3000\n.*"), text);
        assertTrue(text.matches("(?s).*\nend to end +200 +90000 +1 +50\\.0 +4\\.00 +1800 +80\\.0 +2\\.50 +2600 +1300 +n/a\n.*"), text);
        assertTrue(text.contains("end to end / bare: 0.80 x articles/s, 0.72 x tokens/s"), text);
    }

    @Test
    void csvHasAHeaderAPhaseRowEachAndTheRatio() {
        assertEquals("""
                phase,workers,articles,tokens,errors,wall_s,articles_per_s,tokens_per_s,cpu_s,articles_per_cpu_s,peak_heap_mb,max_heap_after_gc_mb,peak_rss_mb\r
                bare CoreNLP,2,200,100000,0,40.000,5.000,2500.0,50.000,4.000,2500,1200,3000\r
                end to end,2,200,90000,1,50.000,4.000,1800.0,80.000,2.500,2600,1300,\r
                end to end / bare,2,,,,,0.800,0.720,,,,,\r
                """, REPORT.renderCsv());
    }
}
