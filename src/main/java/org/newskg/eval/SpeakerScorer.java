package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.core.Span;

/**
 * Compares one article's system statements with its speaker gold; records in, comparison out.
 *
 * <p>Each gold anchor is found in the cleaned text on its letters and digits alone (case,
 * spaces and punctuation do not matter); the n-th row with the same anchor takes its n-th
 * occurrence. A system statement overlaps a gold row when its content shares at least
 * {@value #MIN_SHARED} letters or digits with the anchor (all of them, for a shorter anchor).
 * A gold statement is found when any system statement overlaps it; its speaker is judged on
 * the one that overlaps most (the first in text order on a tie), by {@link SpeakerNames}.
 * A system statement is speech when it overlaps a gold statement, else optional when it
 * overlaps a row the gold leaves open, a trap when it overlaps a trap, and unmatched otherwise;
 * a speech act on a topic that overlaps no row is counted apart, since it forms no statement.
 * So a quote the system splits in two counts as speech twice, and one it joins finds both.
 */
public final class SpeakerScorer {
    static final int MIN_SHARED = 3;

    private SpeakerScorer() {}

    public static SpeakerComparison compare(SpeakerGold gold, String text, List<SystemSpeech> system) {
        int[] letters = letterPrefix(text);
        Letters index = Letters.of(text);
        Map<String, Integer> seen = new HashMap<>();
        List<SpeakerGold.Row> placed = new ArrayList<>();
        List<Span> anchors = new ArrayList<>();
        List<SpeakerGold.Row> lost = new ArrayList<>();
        for (SpeakerGold.Row row : gold.rows()) {
            String key = Letters.of(row.anchor()).letters;
            int nth = seen.merge(key, 1, Integer::sum);
            Optional<Span> at = key.isEmpty() ? Optional.empty() : index.find(key, nth);
            if (at.isPresent()) {
                placed.add(row);
                anchors.add(at.get());
            } else {
                lost.add(row);
            }
        }
        Set<List<String>> speakers = new LinkedHashSet<>();
        placed.stream().filter(r -> r.kind().speech() && !r.speakers().isEmpty()).forEach(r -> speakers.add(r.speakers()));

        List<SpeakerComparison.Found> found = new ArrayList<>();
        List<SpeakerComparison.Missed> missed = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            SpeakerGold.Row row = placed.get(i);
            if (!row.kind().speech()) {
                continue;
            }
            Span anchor = anchors.get(i);
            int best = -1;
            int bestShared = 0;
            for (int j = 0; j < system.size(); j++) {
                int shared = shared(letters, anchor, system.get(j).content());
                if (overlaps(letters, anchor, shared) && shared > bestShared) {
                    best = j;
                    bestShared = shared;
                }
            }
            if (best < 0) {
                missed.add(new SpeakerComparison.Missed(row, anchor));
            } else {
                SystemSpeech s = system.get(best);
                found.add(new SpeakerComparison.Found(row, anchor, s, SpeakerNames.judge(s, row.speakers(), speakers)));
            }
        }
        List<SpeakerComparison.Judged> judged = new ArrayList<>();
        for (SystemSpeech s : system) {
            SpeakerComparison.Outcome outcome = SpeakerComparison.Outcome.UNMATCHED;
            SpeakerGold.Row by = null;
            for (int i = 0; i < placed.size(); i++) {
                SpeakerGold.Row row = placed.get(i);
                if (!overlaps(letters, anchors.get(i), shared(letters, anchors.get(i), s.content()))) {
                    continue;
                }
                SpeakerComparison.Outcome o = row.kind().speech() ? SpeakerComparison.Outcome.SPEECH
                        : row.kind() == SpeakerGold.Kind.OPTIONAL ? SpeakerComparison.Outcome.OPTIONAL
                        : SpeakerComparison.Outcome.TRAP;
                if (o.ordinal() < outcome.ordinal()) {
                    outcome = o;
                    by = row;
                }
            }
            if (outcome == SpeakerComparison.Outcome.UNMATCHED && !s.statement()) {
                outcome = SpeakerComparison.Outcome.TOPIC;
            }
            judged.add(new SpeakerComparison.Judged(s, outcome, Optional.ofNullable(by)));
        }
        int traps = (int) gold.rows().stream().filter(r -> r.kind() == SpeakerGold.Kind.NOT_SPEECH).count();
        return new SpeakerComparison(gold.article(), text, found, missed, lost, judged, traps);
    }

    private static boolean overlaps(int[] letters, Span anchor, int shared) {
        return shared > 0 && shared >= Math.min(MIN_SHARED, count(letters, anchor));
    }

    private static int shared(int[] letters, Span a, Span b) {
        int begin = Math.max(a.begin(), b.begin());
        int end = Math.min(a.end(), Math.min(b.end(), letters.length - 1));
        return begin < end ? letters[end] - letters[begin] : 0;
    }

    private static int count(int[] letters, Span s) {
        return letters[Math.min(s.end(), letters.length - 1)] - letters[Math.min(s.begin(), letters.length - 1)];
    }

    /** prefix[k] = letters and digits in text[0, k). */
    private static int[] letterPrefix(String text) {
        int[] prefix = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            prefix[i + 1] = prefix[i] + (Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0);
        }
        return prefix;
    }

    /** A text's letters and digits in lower case, each with its offset in the text. */
    private record Letters(String letters, int[] offsets) {
        static Letters of(String text) {
            StringBuilder b = new StringBuilder(text.length());
            int[] offsets = new int[text.length()];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    b.append(Character.toLowerCase(c));
                    offsets[n++] = i;
                }
            }
            return new Letters(b.toString(), java.util.Arrays.copyOf(offsets, n));
        }

        /** The characters of the {@code nth} (from 1) occurrence of {@code key}, if there is one. */
        Optional<Span> find(String key, int nth) {
            int at = -1;
            for (int k = 0; k < nth; k++) {
                at = letters.indexOf(key, at + 1);
                if (at < 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Span(offsets[at], offsets[at + key.length() - 1] + 1));
        }
    }
}
