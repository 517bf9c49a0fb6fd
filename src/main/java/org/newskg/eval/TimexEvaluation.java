package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.time.TimeNormalizer;

/**
 * Scores the product's time expressions on TimeML files: documents are annotated on a pool of workers
 * and scored in file order on the calling thread ({@link OrderedWork}), so the outcome does not depend on timing.
 */
public final class TimexEvaluation {
    /** Reads one gold document: TempEval-3's TimeML or MEANTIME's XML. */
    public interface Reader {
        TimemlDocument read(Path file) throws IOException;
    }

    private final ProductTimex system;
    private final int workers;
    private final Reader reader;

    public TimexEvaluation(ProductTimex system, int workers) {
        this(system, workers, TimemlReader::read);
    }

    public TimexEvaluation(ProductTimex system, int workers, Reader reader) {
        this.reader = reader;
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.system = system;
        this.workers = workers;
    }

    /** @param limitDocs stop after this many files; 0 or less means all */
    public TimexScores run(List<Path> files, int limitDocs, TimexEvaluationListener listener) throws IOException {
        List<Path> chosen = limitDocs > 0 && limitDocs < files.size() ? files.subList(0, limitDocs) : files;
        TimexScores[] scores = {TimexScores.ZERO};
        int[] next = {0};
        int[] done = {0};
        OrderedWork.run(() -> next[0] < chosen.size() ? reader.read(chosen.get(next[0]++)) : null, workers,
                system::times, (doc, times) -> {
                    TimexComparison c = TimexComparison.of(doc.timexes(), times);
                    scores[0] = scores[0].plus(c);
                    listener.document(doc, c, ++done[0]);
                }, TimemlDocument::name);
        return scores[0];
    }

    /**
     * What each normaliser makes of the same annotated documents: each document goes through CoreNLP once
     * and through every normaliser, so rules are compared on equal terms. The listener hears the
     * comparisons of the normaliser named {@code listened}.
     */
    public Map<String, TimexScores> compare(List<Path> files, int limitDocs, Map<String, TimeNormalizer> normalizers,
            String listened, TimexEvaluationListener listener) throws IOException {
        List<Path> chosen = limitDocs > 0 && limitDocs < files.size() ? files.subList(0, limitDocs) : files;
        Map<String, TimexScores> scores = new LinkedHashMap<>();
        normalizers.keySet().forEach(k -> scores.put(k, TimexScores.ZERO));
        int[] next = {0};
        int[] done = {0};
        OrderedWork.run(() -> next[0] < chosen.size() ? reader.read(chosen.get(next[0]++)) : null, workers,
                system::annotate, (doc, annotated) -> {
                    done[0]++;
                    normalizers.forEach((name, n) -> {
                        TimexComparison c = TimexComparison.of(doc.timexes(), n.expressions(annotated));
                        scores.put(name, scores.get(name).plus(c));
                        if (name.equals(listened)) {
                            listener.document(doc, c, done[0]);
                        }
                    });
                }, TimemlDocument::name);
        return scores;
    }
}
