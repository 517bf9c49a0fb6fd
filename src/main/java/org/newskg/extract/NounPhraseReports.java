package org.newskg.extract;

import static org.newskg.extract.SpeechLexicon.lower;

import java.util.List;
import java.util.Optional;
import org.newskg.core.Span;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Attributions whose content is a noun phrase or follows a fixed word rather than a cue's
 * clause: speech acts ("criticised the party's lack of ...", "called for a new vote"; a short
 * one is a {@link ReportKind#SPEECH_ACT}, what the act was about), characterisations ("called
 * the plan a disaster": the content is what it was called) and "according to Jane Smith". One
 * class because they share the reading of an object and are tried before reported speech.
 */
final class NounPhraseReports extends StatementRule {
    /**
     * A speech act's noun phrase shorter than this ("criticised the measures") names what it was
     * about, not what was said: a report of kind {@link ReportKind#SPEECH_ACT}, which joins no statement.
     */
    private static final int MIN_OBJECT_WORDS = StatementLimits.number("min-object-words");

    NounPhraseReports(StatementContext run) {
        super(run);
    }

    /** "cited", "attacked", "called for": a speech act whose content may be a noun phrase (object-cues.tsv). */
    boolean isObjectCue(int t) {
        Token tok = tokens.get(t);
        String particle = SpeechLexicon.OBJECT_CUES.get(lower(tok.lemma()));
        if (particle == null || !tok.pos().startsWith("VB") || tk.isPassive(t) || tk.isNegated(t)
                || (tok.pos().equals("VBG") && !tk.afterComma(t))) {
            return false;
        }
        return particle.equals("-") || (t + 1 < tokens.size() && List.of(particle.split("\\|")).contains(lower(tokens.get(t + 1).text())));
    }

    /**
     * "X criticised the party's lack of ...", "X called for a new vote": the content is what
     * follows the verb (and its particle) up to the next comma, semicolon or the sentence end.
     */
    void objectReport(int verb) {
        Sentence sentence = doc.sentences().get(tokens.get(verb).sentence());
        Optional<Speaker> subject = speakers.subjectOf(verb);
        if (subject.isEmpty() && tokens.get(verb).pos().equals("VBG")) {
            subject = speakers.previousSpeakerInSentence(sentence, verb);
        }
        if (subject.isEmpty()) {
            return;
        }
        int start = verb + (SpeechLexicon.OBJECT_CUES.get(lower(tokens.get(verb).lemma())).equals("-") ? 1 : 2);
        if (start >= sentence.endToken() || !opensNounPhrase(start) || !speakers.canSpeak(subject.get())) {
            return; // "The cases cited involved ...": a participle, not a speech act of the cases
        }
        int limit = sentence.endToken();
        int end = start;
        while (end < limit && (quoteAt[end] >= 0 || !(tokens.get(end).text().equals(",") || tokens.get(end).text().equals(";")
                || tokens.get(end).text().equals(":")))) {
            end++;
        }
        end = tk.trimTrailingPunctuation(start, end);
        boolean anyQuoted = false;
        for (int t = start; t < end; t++) {
            anyQuoted |= quoteAt[t] >= 0;
        }
        if (end - start < 2) {
            return;
        }
        // "attacked the plans", "called for cutting taxes": what it was about, not what was said.
        boolean topic = !anyQuoted && (tokens.get(start).pos().equals("VBG")
                || SpeechLexicon.TOPIC_OBJECT_CUES.contains(lower(tokens.get(verb).lemma()))
                || QuoteFinder.words(text, tokens.get(start).span().begin(), tokens.get(end - 1).span().end()) < MIN_OBJECT_WORDS);
        Span content = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
        usedCues.add(verb);
        Report r = report(tk.isWholeQuote(start, end) ? ReportType.DIRECT : anyQuoted ? ReportType.PARTIAL : ReportType.INDIRECT,
                content, subject, tokens.get(verb).text(), tokens.get(verb).span(), Optional.empty(), verb);
        reports.add(topic ? r.withKind(ReportKind.SPEECH_ACT) : r);
    }

    /** Whether token t can open a noun phrase, an activity or a quotation: the object of a speech act. */
    private boolean opensNounPhrase(int t) {
        return quoteAt[t] >= 0 || (tk.isNounPhraseToken(t) && !tokens.get(t).pos().equals("POS"))
                || tokens.get(t).pos().equals("VBG") // "called for cutting taxes"
                // "called for increased defence spending": a participle before its noun
                || ((tokens.get(t).pos().equals("VBN") || tokens.get(t).pos().equals("VBD")) && t + 1 < tokens.size()
                        && tk.sameSentence(t, t + 1) && tokens.get(t + 1).pos().startsWith("NN"))
                || SpeechLexicon.CONTENT_OPENERS.contains(lower(tokens.get(t).text())) // "questioned whether ..."
                || OPENING_MARKS.contains(tokens.get(t).text());
    }

    /** "called", "describes", ", calling": a verb that names what somebody or something is (naming-verbs.tsv). */
    boolean isNamingVerb(int t) {
        Token tok = tokens.get(t);
        return tok.pos().startsWith("VB") && SpeechLexicon.NAMING_VERBS.containsKey(lower(tok.lemma()))
                && (!tok.pos().equals("VBG") || tk.afterComma(t)) && !tk.isPassive(t) && !tk.isNegated(t);
    }

    /**
     * "X called the plan a disaster": a characterisation by X whose content is what the thing
     * was called ("a disaster"); "described it as ...": what follows the verb's word ("as").
     * The object is a pronoun, a name, or a noun phrase up to its last noun; what follows it
     * up to the next comma or the sentence end is the content.
     */
    void characterization(int verb) {
        Sentence sentence = doc.sentences().get(tokens.get(verb).sentence());
        Optional<Speaker> subject = speakers.subjectOf(verb);
        if (subject.isEmpty() && tokens.get(verb).pos().equals("VBG")) {
            subject = speakers.previousSpeakerInSentence(sentence, verb);
        }
        int limit = sentence.endToken();
        int t = verb + 1;
        if (subject.isEmpty() || t >= limit || quoteAt[t] >= 0 || SpeechLexicon.NOT_AN_OBJECT.contains(lower(tokens.get(t).text()))) {
            return;
        }
        int objectEnd = objectEnd(t, limit);
        String marker = SpeechLexicon.NAMING_VERBS.get(lower(tokens.get(verb).lemma()));
        int start = objectEnd;
        if (!marker.equals("-")) {
            if (start >= limit || !lower(tokens.get(start).text()).equals(marker)) {
                return;
            }
            start++;
        }
        while (start < limit && tk.isPunctuation(start) && quoteAt[start] < 0 && !CLOSING_MARKS.contains(tokens.get(start).text())
                && !tokens.get(start).text().equals(",")) {
            start++; // an opening mark
        }
        if (objectEnd == t || start >= limit || (tokens.get(start).pos().equals("IN") && quoteAt[start] < 0)) {
            return;
        }
        int end = start;
        int q = quoteAt[start];
        while (end < limit && (q >= 0 ? quoteAt[end] == q : !(tokens.get(end).text().equals(",") || tokens.get(end).text().equals(";")
                || (tk.isCue(end) && tk.afterComma(end))))) {
            end++;
        }
        for (int k = start; k < Math.min(end, start + 3); k++) {
            if (quoteAt[k] >= 0) {
                // 'called the project a "vanity bridge" for years': what it was called ends with the quote.
                int close = k;
                while (close < end && quoteAt[close] == quoteAt[k]) {
                    close++;
                }
                end = Math.min(end, close + 1);
                break;
            }
        }
        end = tk.trimTrailingPunctuation(start, end);
        if (end - start < 2 && q < 0) {
            return; // "called it off", "called him back"
        }
        Span content = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
        usedCues.add(verb);
        ReportType type = q >= 0 && quotes.get(q).content().equals(content) ? ReportType.DIRECT
                : q >= 0 ? ReportType.PARTIAL : ReportType.INDIRECT;
        reports.add(report(type, content, subject, tokens.get(verb).text(), tokens.get(verb).span(), Optional.empty(), verb)
                .withKind(ReportKind.CHARACTERIZATION));
    }

    /** The end of the object of a naming verb starting at t: a pronoun, a name, or nouns up to the last of a run. */
    private int objectEnd(int t, int limit) {
        if (tokens.get(t).pos().equals("PRP")) {
            return t + 1;
        }
        int k = t;
        while (k < limit && quoteAt[k] < 0 && (tokens.get(k).pos().equals("DT") || tokens.get(k).pos().startsWith("JJ")
                || tokens.get(k).pos().equals("PRP$") || tokens.get(k).pos().equals("CD"))) {
            k++;
        }
        boolean noun = false;
        while (k < limit && quoteAt[k] < 0 && (tokens.get(k).pos().startsWith("NN") || tokens.get(k).pos().equals("POS"))
                && !SpeechLexicon.INDEFINITE_PRONOUNS.contains(lower(tokens.get(k).text()))) {
            noun |= tokens.get(k).pos().startsWith("NN");
            k++;
        }
        return noun ? k : t;
    }

    /** {@code According to Jane Smith, ...} and {@code ..., according to Jane Smith.} */
    void accordingTo(int t) {
        Sentence sentence = doc.sentences().get(tokens.get(t).sentence());
        Optional<Speaker> source = speakers.nounPhraseForward(t + 2, sentence.endToken());
        if (source.isEmpty()) {
            return;
        }
        Span cueSpan = new Span(tokens.get(t).span().begin(), tokens.get(t + 1).span().end());
        int start;
        int end;
        if (t == sentence.firstToken()) {
            int comma = t + 2;
            while (comma < sentence.endToken() && !tokens.get(comma).text().equals(",")) {
                comma++;
            }
            start = comma + 1;
            end = sentence.endToken();
        } else {
            start = contentFirstStart(t, sentence);
            end = t;
        }
        end = tk.trimTrailingPunctuation(start, end);
        if (end - start < MIN_CONTENT_TOKENS) {
            return;
        }
        Span content = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
        boolean quoted = false;
        for (int i = start; i < end; i++) {
            quoted |= quoteAt[i] >= 0;
        }
        ReportType type = tk.isWholeQuote(start, end) ? ReportType.DIRECT : quoted ? ReportType.PARTIAL : ReportType.INDIRECT;
        if (type == ReportType.DIRECT) {
            content = quotes.get(quoteAt[start] >= 0 ? quoteAt[start] : quoteAt[start + 1]).content();
        }
        reports.add(report(type, content, source, text.substring(cueSpan.begin(), cueSpan.end()), cueSpan,
                Optional.empty(), t));
    }
}
