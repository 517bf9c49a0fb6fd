package org.newskg.eval;

import java.util.Locale;

/**
 * Counts of a speaker evaluation, summed over articles. Gold statements by kind: how many, how
 * many a system statement overlaps (found), and how many of those have the right speaker;
 * speaker verdicts over the found ones; system statements by outcome.
 */
public final class SpeakerScores {
    private final int[] gold = new int[SpeakerGold.Kind.values().length];
    private final int[] found = new int[SpeakerGold.Kind.values().length];
    private final int[] right = new int[SpeakerGold.Kind.values().length];
    private final int[] verdicts = new int[SpeakerNames.Verdict.values().length];
    private final int[] system = new int[SpeakerComparison.Outcome.values().length];
    private int articles;
    private int lost;
    private int traps;
    private int trapsHit;
    private int trapsDropped;

    /** Adds one article's comparison. */
    public void add(SpeakerComparison c) {
        articles++;
        for (SpeakerComparison.Found f : c.found()) {
            int k = f.gold().kind().ordinal();
            gold[k]++;
            found[k]++;
            verdicts[f.verdict().ordinal()]++;
            if (f.verdict() == SpeakerNames.Verdict.RIGHT) {
                right[k]++;
            }
        }
        for (SpeakerComparison.Missed m : c.missed()) {
            gold[m.gold().kind().ordinal()]++;
        }
        for (SpeakerGold.Row r : c.lost()) {
            if (r.kind().speech()) {
                gold[r.kind().ordinal()]++;
                lost++;
            } else if (r.kind() == SpeakerGold.Kind.NOT_SPEECH) {
                trapsDropped++;
            }
        }
        for (SpeakerComparison.Judged j : c.system()) {
            system[j.outcome().ordinal()]++;
        }
        traps += c.traps();
        trapsHit += (int) c.system().stream().filter(j -> j.outcome() == SpeakerComparison.Outcome.TRAP)
                .map(j -> j.gold().orElseThrow()).distinct().count();
    }

    /** Gold traps no system statement overlaps; a trap the cleaner dropped is avoided, not lost. */
    public int trapsAvoided() {
        return traps - trapsHit;
    }

    /** Gold traps whose words the cleaner dropped (page furniture, captions): avoided before extraction. */
    public int trapsDropped() {
        return trapsDropped;
    }

    public int articles() {
        return articles;
    }

    /** Gold statements (rows of a speech kind). */
    public int gold() {
        return sum(gold);
    }

    public int found() {
        return sum(found);
    }

    public int rightSpeaker() {
        return sum(right);
    }

    public int verdict(SpeakerNames.Verdict v) {
        return verdicts[v.ordinal()];
    }

    public int system(SpeakerComparison.Outcome o) {
        return system[o.ordinal()];
    }

    public int systemTotal() {
        return sum(system);
    }

    public int lost() {
        return lost;
    }

    /** Found / gold. */
    public double recall() {
        return ratio(found(), gold());
    }

    /** Right speaker / found. */
    public double speakerAccuracy() {
        return ratio(rightSpeaker(), found());
    }

    /** System statements that are not speech (traps and unmatched) / system statements judged (optional ones aside). */
    public double notSpeechRate() {
        int notSpeech = system(SpeakerComparison.Outcome.TRAP) + system(SpeakerComparison.Outcome.UNMATCHED);
        return ratio(notSpeech, judged());
    }

    /** System statements judged: all but those over rows left open and speech acts on a topic that match no row. */
    private int judged() {
        return systemTotal() - system(SpeakerComparison.Outcome.OPTIONAL) - system(SpeakerComparison.Outcome.TOPIC);
    }

    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-14s %6s %6s %7s %7s %9s%n", "gold kind", "gold", "found", "recall",
                "speaker", "accuracy"));
        for (SpeakerGold.Kind k : SpeakerGold.Kind.values()) {
            int i = k.ordinal();
            if (k.speech() && gold[i] > 0) {
                b.append(row(k.label(), gold[i], found[i], right[i]));
            }
        }
        b.append(row("all", gold(), found(), rightSpeaker()));
        b.append(String.format(Locale.ROOT, "speaker accuracy on found statements: %.3f (%d of %d)%n", speakerAccuracy(),
                rightSpeaker(), found()));
        b.append("speaker verdicts:");
        for (SpeakerNames.Verdict v : SpeakerNames.Verdict.values()) {
            b.append(' ').append(v.label()).append(' ').append(verdicts[v.ordinal()]);
        }
        b.append(System.lineSeparator());
        int judged = judged();
        b.append(String.format(Locale.ROOT,
                "system statements: %d; speech %d, not speech %d (gold traps %d, matching no gold row %d), "
                        + "optional %d, speech acts on a topic matching no row %d (no statement); not speech %.3f of %d judged%n",
                systemTotal(), system(SpeakerComparison.Outcome.SPEECH),
                system(SpeakerComparison.Outcome.TRAP) + system(SpeakerComparison.Outcome.UNMATCHED),
                system(SpeakerComparison.Outcome.TRAP), system(SpeakerComparison.Outcome.UNMATCHED),
                system(SpeakerComparison.Outcome.OPTIONAL), system(SpeakerComparison.Outcome.TOPIC), notSpeechRate(), judged));
        b.append(String.format(Locale.ROOT, "gold traps: %d; avoided %d (dropped by the cleaner %d), overlapped by a statement %d%n",
                traps, trapsAvoided(), trapsDropped, trapsHit));
        if (lost > 0) {
            b.append(String.format(Locale.ROOT, "gold statements whose anchor is not in the cleaned text: %d (counted missed)%n", lost));
        }
        return b.toString();
    }

    private static String row(String label, int gold, int found, int right) {
        return String.format(Locale.ROOT, "%-14s %6d %6d %7.3f %7d %9.3f%n", label, gold, found, ratio(found, gold), right,
                ratio(right, found));
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }
}
