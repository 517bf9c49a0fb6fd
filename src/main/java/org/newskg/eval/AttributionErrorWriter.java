package org.newskg.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.newskg.core.Span;

/**
 * Writes every miss, false alarm and wrong speaker of an attribution evaluation as one
 * tab-separated line: {@code kind why type article offset content counterpart overlap source cue}.
 * <ul>
 *   <li>kind: FN (gold attribution not matched), FP (system attribution not matched), SOURCE
 *       (matched, but the speaker is wrong or missing);</li>
 *   <li>why: for FN/FP {@code missed}/{@code spurious} (no overlap at all) or {@code partial}
 *       (overlaps, but below the threshold or taken by another pair); for SOURCE {@code wrong}
 *       or {@code none};</li>
 *   <li>type: direct or indirect, by the gold rule for FN and SOURCE, the system's for FP;</li>
 *   <li>content: the content text (gold pieces joined by " ... "); counterpart: the other side's
 *       best-overlapping content (for SOURCE: the system's speaker), with its overlap F1;</li>
 *   <li>source, cue: the gold source and cue (FN, SOURCE), the system's speaker and cue (FP).</li>
 * </ul>
 */
public final class AttributionErrorWriter implements AttributionEvaluationListener {
    public static final String HEADER = "kind\twhy\ttype\tarticle\toffset\tcontent\tcounterpart\toverlap\tsource\tcue";
    private static final int MAX_CHARS = 400;

    private final PrintWriter out;

    public AttributionErrorWriter(PrintWriter out) {
        this.out = out;
        out.println(HEADER);
    }

    @Override
    public void article(PolnearArticle article, AttributionComparison c, int done) {
        String text = article.text();
        for (AttributionComparison.Miss m : c.missed()) {
            write("FN", m.nearest().isEmpty() ? "missed" : "partial", goldType(text, m.gold()), article,
                    m.gold().content().get(0).begin(), pieces(text, m.gold().content()),
                    m.nearest().map(s -> s.content().of(text)).orElse(""), m.overlap(),
                    pieces(text, m.gold().source()), pieces(text, m.gold().cue()));
        }
        for (AttributionComparison.Spurious s : c.spurious()) {
            write("FP", s.nearest().isEmpty() ? "spurious" : "partial", s.system().direct() ? "direct" : "indirect", article,
                    s.system().content().begin(), s.system().content().of(text),
                    s.nearest().map(g -> pieces(text, g.content())).orElse(""), s.overlap(),
                    s.system().speaker().map(sp -> sp.of(text)).orElse(""), s.system().cue());
        }
        for (AttributionComparison.Match m : c.matched()) {
            if (m.source() == AttributionComparison.SourceCheck.WRONG || m.source() == AttributionComparison.SourceCheck.NONE) {
                write("SOURCE", m.source() == AttributionComparison.SourceCheck.WRONG ? "wrong" : "none",
                        goldType(text, m.gold()), article, m.gold().content().get(0).begin(), pieces(text, m.gold().content()),
                        m.system().speaker().map(sp -> sp.of(text)).orElse(""), m.overlap(),
                        pieces(text, m.gold().source()), pieces(text, m.gold().cue()));
            }
        }
        out.flush();
    }

    private static String goldType(String text, GoldAttribution g) {
        return AttributionScorer.isDirect(text, g.content()) ? "direct" : "indirect";
    }

    private void write(String kind, String why, String type, PolnearArticle article, int offset, String content,
            String counterpart, double overlap, String source, String cue) {
        out.println(String.join("\t", kind, why, type, article.name(), Integer.toString(offset), clean(content),
                clean(counterpart), String.format(java.util.Locale.ROOT, "%.2f", overlap), clean(source), clean(cue)));
    }

    private static String pieces(String text, List<Span> spans) {
        return spans.stream().map(s -> s.of(text)).collect(Collectors.joining(" ... "));
    }

    private static String clean(String s) {
        String one = s.replaceAll("[\\t\\r\\n]+", " ").strip();
        return one.length() <= MAX_CHARS ? one : one.substring(0, MAX_CHARS - 3) + "...";
    }
}
