package org.newskg.eval;

import java.io.PrintWriter;
import org.newskg.core.Span;
import org.newskg.time.TimeValue;

/**
 * Writes what the system got wrong, one tab-separated line each, for error analysis:
 * {@code kind gold_words gold_type gold_value system_words system_type system_value document offset context}.
 * Kinds: FN (a gold TIMEX3 nothing overlaps), FP (a system value no gold TIMEX3 overlaps), EXTENT (paired, other
 * extent), VALUE (paired, other value), TYPE (paired, other type). A pair may give several lines.
 */
public final class TimexErrorWriter implements TimexEvaluationListener {
    public static final String HEADER =
            "kind\tgold_words\tgold_type\tgold_value\tsystem_words\tsystem_type\tsystem_value\tdocument\toffset\tcontext";
    private static final int CONTEXT = 60;

    private final PrintWriter out;

    public TimexErrorWriter(PrintWriter out) {
        this.out = out;
        out.println(HEADER);
    }

    @Override
    public void document(TimemlDocument doc, TimexComparison c, int done) {
        for (TimexComparison.Pair p : c.pairs()) {
            if (!p.strict()) {
                write("EXTENT", p.gold(), p.system(), doc);
            }
            if (!p.sameValue()) {
                write("VALUE", p.gold(), p.system(), doc);
            }
            if (!p.sameType()) {
                write("TYPE", p.gold(), p.system(), doc);
            }
        }
        c.missed().forEach(g -> write("FN", g, null, doc));
        c.spurious().forEach(s -> write("FP", null, s, doc));
        out.flush();
    }

    private void write(String kind, TimemlDocument.Timex gold, TimeValue system, TimemlDocument doc) {
        Span at = gold != null ? gold.span() : system.span();
        String text = doc.text();
        String context = text.substring(Math.max(0, at.begin() - CONTEXT), Math.min(text.length(), at.end() + CONTEXT));
        out.println(String.join("\t", kind,
                gold == null ? "" : clean(gold.text()), gold == null ? "" : gold.type(), gold == null ? "" : gold.value(),
                system == null ? "" : clean(system.text()), system == null ? "" : system.type(),
                system == null ? "" : system.value(), doc.name(), Integer.toString(at.begin()), clean(context)));
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
