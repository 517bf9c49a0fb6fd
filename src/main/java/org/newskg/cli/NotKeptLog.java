package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import org.newskg.core.Issue;
import org.newskg.extract.NotKept;
import org.newskg.pipeline.IngestListener;
import org.newskg.pipeline.IngestSummary;

/**
 * {@code ingest --not-kept FILE}: every name the entity rules did not keep, one tab-separated line
 * each (source, character offsets, the recogniser's label, the words, why), so an analyst can check
 * them; everything else goes on to the progress display.
 */
final class NotKeptLog implements IngestListener {
    static final String HEADER = "source\tlocator\tlabel\twords\treason";

    private final PrintWriter out;
    private final IngestListener next;
    private int count;

    NotKeptLog(PrintWriter out, IngestListener next) {
        this.out = out;
        this.next = next;
        out.println(HEADER);
    }

    int count() {
        return count;
    }

    @Override
    public void notKept(String source, List<NotKept> candidates) {
        for (NotKept n : candidates) {
            out.println(String.join("\t", clean(source), "char=" + n.span().begin() + "," + n.span().end(), n.label(),
                    clean(n.text()), clean(n.reason())));
            count++;
        }
        out.flush();
        next.notKept(source, candidates);
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }

    @Override
    public void started(int files) {
        next.started(files);
    }

    @Override
    public void fileDone(String source) {
        next.fileDone(source);
    }

    @Override
    public void annotated(String source, int tokens) {
        next.annotated(source, tokens);
    }

    @Override
    public void stored(int articles) {
        next.stored(articles);
    }

    @Override
    public void issue(Issue issue) {
        next.issue(issue);
    }

    @Override
    public void rebuilding() {
        next.rebuilding();
    }

    @Override
    public void finished(IngestSummary summary) {
        next.finished(summary);
    }
}
