package org.newskg.eval;

import java.io.PrintWriter;
import org.newskg.core.Span;

/**
 * Writes what a person should check after a speaker evaluation, one tab-separated line each:
 * {@code what article verdict gold-kind gold-speaker system-speaker system-type cue text}.
 * <ul>
 *   <li>{@code speaker}: a found gold statement whose speaker is not right (verdict: wrong,
 *       ambiguous, pronoun, none, invented);</li>
 *   <li>{@code missed}: a gold statement no system statement overlaps;</li>
 *   <li>{@code lost}: a gold statement whose anchor is not in the cleaned text (a trap the cleaner
 *       dropped is not listed);</li>
 *   <li>{@code not-speech}: a system statement on a gold trap (verdict {@code trap}) or on no gold
 *       row at all (verdict {@code unmatched}: not speech, unless the gold missed it);</li>
 *   <li>{@code topic}: a speech act on a topic ("criticised the measures") on no gold row: no
 *       statement, counted apart.</li>
 * </ul>
 * text is the anchor for gold rows, the system's content (shortened) for system statements.
 */
public final class SpeakerErrorWriter implements SpeakerEvaluation.Listener {
    public static final String HEADER =
            "what\tarticle\tverdict\tgold_kind\tgold_speaker\tsystem_speaker\tsystem_type\tcue\ttext";
    private static final int MAX_CHARS = 200;

    private final PrintWriter out;

    public SpeakerErrorWriter(PrintWriter out) {
        this.out = out;
        out.println(HEADER);
    }

    @Override
    public void article(SpeakerComparison c, int done) {
        for (SpeakerComparison.Found f : c.found()) {
            if (f.verdict() != SpeakerNames.Verdict.RIGHT) {
                write("speaker", c.article(), f.verdict().label(), f.gold(), f.system(), f.gold().anchor());
            }
        }
        for (SpeakerComparison.Missed m : c.missed()) {
            write("missed", c.article(), "", m.gold(), null, m.gold().anchor());
        }
        for (SpeakerGold.Row r : c.lost()) {
            if (r.kind().speech()) {
                write("lost", c.article(), "", r, null, r.anchor());
            }
        }
        for (SpeakerComparison.Judged j : c.system()) {
            if (j.outcome().notSpeech() || j.outcome() == SpeakerComparison.Outcome.TOPIC) {
                write(j.outcome().notSpeech() ? "not-speech" : "topic", c.article(), j.outcome().name().toLowerCase(java.util.Locale.ROOT),
                        j.gold().orElse(null), j.statement(), shorten(j.statement().content(), c.text()));
            }
        }
        out.flush();
    }

    private void write(String what, String article, String verdict, SpeakerGold.Row gold, SystemSpeech system, String text) {
        out.println(String.join("\t", what, article, verdict, gold == null ? "" : gold.kind().label(),
                gold == null ? "" : gold.speaker(), system == null ? "" : clean(system.speaker()),
                system == null ? "" : system.type(), system == null ? "" : clean(system.cue()), clean(text)));
    }

    private static String shorten(Span span, String text) {
        String s = span.of(text);
        return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) + "..." : s;
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
