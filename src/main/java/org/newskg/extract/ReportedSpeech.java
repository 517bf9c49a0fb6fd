package org.newskg.extract;

import static org.newskg.extract.SpeechLexicon.lower;

import java.util.Optional;
import java.util.Set;
import org.newskg.core.Span;
import org.newskg.nlp.Sentence;

/**
 * Reported speech, the clause a cue verb introduces: {@code X said (that) ...}, {@code ..., X
 * said}, {@code ..., said X} and {@code ..., saying ...}. What is reported is a clause with a
 * verb; the cue's setting ("said in a letter") and an object ("admitted its interests") are not.
 */
final class ReportedSpeech extends StatementRule {
    /** A reported content that starts with a verb has no subject: "report, entitled ...", "admitted helping ...". */
    private static final Set<String> CLAUSELESS_START_TAGS = StatementLimits.tokens("clauseless-start-tag");
    private static final Set<String> FINITE_VERB_TAGS = StatementLimits.tokens("finite-verb-tag");

    ReportedSpeech(StatementContext run) {
        super(run);
    }

    /** @return whether a report was made */
    boolean reportedSpeech(int cue) {
        int before = reports.size();
        reportedSpeechOf(cue);
        return reports.size() > before;
    }

    private void reportedSpeechOf(int cue) {
        Sentence sentence = doc.sentences().get(tokens.get(cue).sentence());
        boolean participle = tokens.get(cue).pos().equals("VBG") && !tk.progressive(cue);
        // "..., saying" and "tweets saying that": the participle's speaker is the sentence's.
        Optional<Speaker> subject = participle ? speakers.previousSpeakerInSentence(sentence, cue) : speakers.subjectOf(cue);
        if (subject.isEmpty() && participle && !tk.afterComma(cue)) {
            subject = speakers.subjectOf(cue);
        }
        int clauseEnd = clauseEnd(cue, sentence);
        if (subject.isPresent()) {
            int start = tk.skipToContent(cue);
            if (clauseEnd - start >= MIN_CONTENT_TOKENS && !tk.isWholeQuote(start, clauseEnd) && !startsAdjunct(start, clauseEnd)) {
                addReported(subject, cue, start, clauseEnd);
                return;
            }
            // "..., Jane Smith said."  The content comes first.
            int subjectStart = subject.get().span().begin();
            int comma = tk.tokenBefore(subjectStart);
            if (comma >= 0 && tokens.get(comma).text().equals(",")) {
                int first = contentFirstStart(comma, sentence);
                if (comma - first >= MIN_CONTENT_TOKENS && !tk.isWholeQuote(first, comma)) {
                    addReported(subject, cue, first, comma);
                }
            }
            return;
        }
        // "..., said Jane Smith." / "..., says Jane Smith" (never "..., saying X": a participle does not invert)
        if (!participle && cue > 0 && tokens.get(cue - 1).text().equals(",")) {
            Optional<Speaker> after = speakers.speakerAfter(cue).filter(this::endsClause);
            int first = contentFirstStart(cue - 1, sentence);
            if (after.isPresent() && cue - 1 - first >= MIN_CONTENT_TOKENS && !tk.isWholeQuote(first, cue - 1)) {
                addReported(after, cue, first, cue - 1);
            }
        }
    }

    /**
     * Whether what follows a cue opens with a preposition ("said in a rare letter released on
     * Monday", "warned against ..."), with no finite verb after it: the verb's setting, not what
     * was said, which then comes before the cue if anywhere. "that", "whether" and "if" open a content.
     */
    private boolean startsAdjunct(int t, int clauseEnd) {
        if (t >= clauseEnd || !tokens.get(t).pos().equals("IN") || quoteAt[t] >= 0
                || SpeechLexicon.CONTENT_OPENERS.contains(lower(tokens.get(t).text()))) {
            return false;
        }
        for (int k = t + 1; k < clauseEnd; k++) {
            if (FINITE_VERB_TAGS.contains(tokens.get(k).pos())) {
                return false; // "said for 2003/2004, Asians were ...": a clause follows the phrase
            }
        }
        return true;
    }

    /**
     * Whether a speaker named after its verb ends the clause (", said Jane Smith." or ", said Jane
     * Smith, the mayor"); in "warned Jane Smith not to ..." the name is who was warned.
     */
    private boolean endsClause(Speaker speaker) {
        int last = tk.tokenBefore(speaker.span().end());
        return last + 1 >= tokens.size() || tk.isSentenceEnd(last) || tk.isPunctuation(last + 1);
    }

    private void addReported(Optional<Speaker> speaker, int cue, int start, int end) {
        end = tk.trimTrailingPunctuation(start, end);
        if (end - start < MIN_CONTENT_TOKENS || !tk.hasVerb(start, end) || CLAUSELESS_START_TAGS.contains(tokens.get(start).pos())) {
            return; // "admitted its interests": an object, not something said
        }
        Span content = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
        boolean quoted = false;
        for (int t = start; t < end; t++) {
            quoted |= quoteAt[t] >= 0;
        }
        usedCues.add(cue);
        reports.add(report(quoted ? ReportType.PARTIAL : ReportType.INDIRECT, content, speaker,
                tokens.get(cue).text(), tokens.get(cue).span(), tk.addresseeAfter(cue), cue));
    }

    /** The content ends at the end of the sentence, or where ", adding ..." starts another report. */
    private int clauseEnd(int cue, Sentence sentence) {
        for (int t = cue + 2; t < sentence.endToken(); t++) {
            if (tk.afterComma(t) && quoteAt[t] < 0
                    && (tk.isCue(t) && tokens.get(t).pos().equals("VBG") || tk.isAccordingTo(t))) {
                return tokens.get(t - 1).text().equals(",") ? t - 1 : t - 2;
            }
            // 'said it would "join the city", after the council approved it': the clause after
            // the speaker's closing mark is the reporter's setting, not what was said.
            if (tokens.get(t - 1).text().equals(",") && t >= 2 && CLOSING_MARKS.contains(tokens.get(t - 2).text())
                    && (tokens.get(t).pos().equals("IN") || tokens.get(t).pos().equals("WRB"))) {
                return t - 1;
            }
        }
        return sentence.endToken();
    }
}
