package org.newskg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newskg.core.Issue;
import org.newskg.core.Printable;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.IngestSummary;
import org.newskg.store.Compaction;

/**
 * Progress of an ingest on standard error: on a terminal a bar over the input files with the
 * articles stored (committed), articles per second and the time left; otherwise (CI logs, pipes) a plain line
 * at most every {@code interval}, and always once every article is stored. Issues are printed as they
 * happen. Files are the unit because a CSV export or web archive holds an unknown number of
 * articles until it is read; a file is done when it has been read, while its last articles may
 * still be annotated.
 */
final class IngestProgress implements IngestListener {
    private static final long SECOND = 1_000_000_000L;
    private final PrintWriter err;
    private final boolean terminal;
    private final long intervalNanos;
    private ProgressBar bar;
    private long start;
    private long lastLine;
    private int files;
    private int filesDone;
    private volatile int articles;
    private int problems;

    IngestProgress(PrintWriter err, boolean terminal, Duration interval) {
        this.err = err;
        this.terminal = terminal;
        this.intervalNanos = interval.toNanos();
    }

    /** Articles committed so far; read by the Ctrl-C message from another thread. */
    int articlesStored() {
        return articles;
    }

    @Override
    public void started(int files) {
        this.files = files;
        start = System.nanoTime();
        lastLine = start;
        if (terminal && files > 1) {
            bar = new ProgressBarBuilder().setTaskName("Ingest").setInitialMax(files)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).build();
        }
    }

    /** Articles count once committed, so that a line never claims what a crash could still take back. */
    @Override
    public void stored(int articles) {
        this.articles += articles;
        update();
    }

    /** A long article: the line (or the bar's message) says which and for how long, so a stall is visible. */
    @Override
    public void annotating(String source, Duration running) {
        long now = System.nanoTime();
        String which = ", annotating " + Printable.escape(source) + " for " + clock(running);
        if (bar != null) {
            bar.setExtraMessage(String.format(Locale.ROOT, "%d articles%s", articles, which));
        } else if (now - lastLine >= Math.max(intervalNanos, SECOND)) {
            err.println(line(now) + which);
            err.flush();
            lastLine = now;
        }
    }

    @Override
    public void fileDone(String source) {
        filesDone++;
        if (bar != null) {
            bar.step();
        }
        update();
    }

    @Override
    public void issue(Issue issue) {
        problems++;
        if (bar != null) {
            // Keep the bar on its own line: ProgressBar redraws after each message.
            err.print("\r");
        }
        err.println(issue);
        err.flush();
    }

    /** Every article is stored: the last progress line, whatever the interval. */
    @Override
    public void rebuilding() {
        if (bar == null) {
            err.println(line(System.nanoTime()));
            err.println("ingest: recomputing the statements across articles ...");
            err.flush();
        }
    }

    @Override
    public void compacted(Compaction compaction) {
        err.println(compaction.describe());
        err.flush();
    }

    @Override
    public void finished(IngestSummary summary) {
        if (bar != null) {
            bar.close();
        }
    }

    private void update() {
        long now = System.nanoTime();
        if (bar != null) {
            bar.setExtraMessage(String.format(Locale.ROOT, "%d articles, %.2f articles/s", articles, rate(now)));
        } else if (now - lastLine >= intervalNanos) {
            err.println(line(now));
            err.flush();
            lastLine = now;
        }
    }

    /** "ingest: 12/40 files, 15 articles, 1 problem(s), 1.40 articles/s, 0:25 left" */
    String line(long now) {
        String left = filesDone == 0 || filesDone >= files ? ""
                : ", " + clock(Duration.ofNanos((now - start) / filesDone * (files - filesDone))) + " left";
        return String.format(Locale.ROOT, "ingest: %d/%d files, %d articles, %d problem(s), %.2f articles/s%s",
                filesDone, files, articles, problems, rate(now), left);
    }

    private double rate(long now) {
        return articles / Math.max((now - start) / 1e9, 1e-3);
    }

    private static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
