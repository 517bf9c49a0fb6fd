package org.newskg.eval;

import java.util.Locale;

/**
 * Line counts of a boilerplate evaluation. The cleaner's output is judged as a retrieval of
 * content lines: precision = content kept / all lines kept, recall = content kept / all content.
 *
 * @param pages            gold pages scored
 * @param contentKept      story lines the cleaner kept
 * @param contentLost      story lines the cleaner dropped
 * @param boilerplateKept  boilerplate lines the cleaner kept
 * @param boilerplateDropped boilerplate lines the cleaner dropped
 */
public record CleanScores(int pages, int contentKept, int contentLost, int boilerplateKept, int boilerplateDropped) {
    public static final CleanScores ZERO = new CleanScores(0, 0, 0, 0, 0);

    public CleanScores plus(CleanScores o) {
        return new CleanScores(pages + o.pages, contentKept + o.contentKept, contentLost + o.contentLost,
                boilerplateKept + o.boilerplateKept, boilerplateDropped + o.boilerplateDropped);
    }

    public double precision() {
        return ratio(contentKept, contentKept + boilerplateKept);
    }

    public double recall() {
        return ratio(contentKept, contentKept + contentLost);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of the boilerplate lines that the cleaner dropped. */
    public double boilerplateRemoved() {
        return ratio(boilerplateDropped, boilerplateDropped + boilerplateKept);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    public String render() {
        return String.format(Locale.ROOT, """
                pages %d; content lines %d, boilerplate lines %d
                kept content lines: precision %.4f (%d of %d kept lines are content), recall %.4f (%d of %d content lines kept), F1 %.4f
                boilerplate lines removed: %.4f (%d of %d)
                """, pages, contentKept + contentLost, boilerplateKept + boilerplateDropped,
                precision(), contentKept, contentKept + boilerplateKept, recall(), contentKept, contentKept + contentLost, f1(),
                boilerplateRemoved(), boilerplateDropped, boilerplateDropped + boilerplateKept);
    }
}
