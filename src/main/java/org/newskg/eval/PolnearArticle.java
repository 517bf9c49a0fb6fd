package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.newskg.core.Span;

/**
 * One PolNeAR article with the attributions of one annotator.
 *
 * @param name        the file name without {@code .txt}
 * @param annotator   whose annotations these are
 * @param text        the raw article text, into which the gold offsets point
 * @param gold        the attributions, in file order
 * @param withoutContent attribution events skipped because they name no content
 */
public record PolnearArticle(String name, String annotator, String text, List<GoldAttribution> gold, int withoutContent) {
    public PolnearArticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(text, "text");
        gold = List.copyOf(gold);
    }

    /**
     * The attributions of a brat document over a text: each event whose trigger is labelled
     * {@code Attribution...} gives one, with its {@code Content...}, {@code Source...} and
     * {@code Cue...} arguments (PolNeAR has a few {@code Content2}). Every text-bound annotation
     * must lie inside the text and cover the text the file gives for it.
     */
    public static PolnearArticle of(String name, String annotator, String text, BratDocument ann) {
        for (BratDocument.TextBound t : ann.textBounds().values()) {
            for (Span s : t.spans()) {
                if (s.end() > text.length()) {
                    throw new BratFormatException(ann.source(), t.line(), t.id() + " ends at " + s.end()
                            + ", after the end of the text (" + text.length() + " characters)");
                }
            }
            String covered = t.spans().stream().map(s -> s.of(text)).collect(Collectors.joining(" "));
            if (!covered.equals(t.text())) {
                throw new BratFormatException(ann.source(), t.line(), t.id() + " says '" + t.text()
                        + "' but its offsets cover '" + covered + "': the text and the annotations do not belong together");
            }
        }
        List<GoldAttribution> gold = new ArrayList<>();
        int withoutContent = 0;
        for (BratDocument.Event e : ann.events()) {
            if (!e.type().startsWith("Attribution")) {
                continue;
            }
            List<Span> content = new ArrayList<>();
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            for (BratDocument.Argument a : e.arguments()) {
                List<Span> spans = ann.textBounds().get(a.id()).spans();
                if (a.role().startsWith("Content")) {
                    content.addAll(spans);
                } else if (a.role().startsWith("Source")) {
                    source.addAll(spans);
                } else if (a.role().startsWith("Cue")) {
                    cue.addAll(spans);
                }
            }
            if (content.isEmpty()) {
                withoutContent++;
                continue;
            }
            content.sort(SPAN_ORDER);
            source.sort(SPAN_ORDER);
            cue.sort(SPAN_ORDER);
            gold.add(new GoldAttribution(e.id(), content, source, cue));
        }
        return new PolnearArticle(name, annotator, text, gold, withoutContent);
    }

    private static final java.util.Comparator<Span> SPAN_ORDER =
            java.util.Comparator.comparingInt(Span::begin).thenComparingInt(Span::end);
}
