package org.newskg.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes every false negative and false positive as one tab-separated line, with why it is wrong
 * and its sentence, for error analysis: {@code kind why type words counterpart line sentence}.
 * <ul>
 *   <li>kind: FN (gold entity not found exactly) or FP (system entity not in the gold data);</li>
 *   <li>why: {@code type} (same words, other type), {@code boundary} (overlaps an entity of the
 *       other side with other boundaries), {@code missed} or {@code spurious} (nothing overlaps);</li>
 *   <li>counterpart: the overlapping entities of the other side, "TYPE words", joined by " | ";</li>
 *   <li>line: the file line of the entity's first token.</li>
 * </ul>
 */
public final class NerErrorWriter implements NerEvaluationListener {
    public static final String HEADER = "kind\twhy\ttype\twords\tcounterpart\tline\tsentence";

    private final PrintWriter out;

    public NerErrorWriter(PrintWriter out) {
        this.out = out;
        out.println(HEADER);
    }

    @Override
    public void sentence(ConllDocument doc, ConllSentence sentence, SentenceComparison c) {
        for (NerSpan g : c.missed()) {
            write("FN", g, c.predicted(), "missed", sentence);
        }
        for (NerSpan p : c.spurious()) {
            write("FP", p, c.gold(), "spurious", sentence);
        }
    }

    private void write(String kind, NerSpan span, List<NerSpan> otherSide, String alone, ConllSentence sentence) {
        List<NerSpan> overlapping = otherSide.stream().filter(span::overlaps).toList();
        String why = overlapping.isEmpty() ? alone
                : overlapping.stream().anyMatch(span::sameBoundaries) ? "type" : "boundary";
        String counterpart = overlapping.stream().map(o -> o.type() + " " + sentence.text(o)).collect(Collectors.joining(" | "));
        out.println(String.join("\t", kind, why, span.type(), sentence.text(span), counterpart,
                Integer.toString(sentence.line() + span.begin()), sentence.text()));
    }
}
