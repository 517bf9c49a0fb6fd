package org.newskg.extract;

import java.util.Optional;
import java.util.Set;
import org.newskg.core.Span;
import org.newskg.extract.QuoteCarryOver.Unattributed;

/**
 * Direct quotes and the attribution in their sentence: after the quote ('"...," Jane Smith
 * said', '"...," said Jane Smith', '"..." ― Jane Smith'), before it ('Jane Smith said: "..."',
 * 'She went on: "..."'), or the attribution of the quote piece before it ({@link
 * QuoteCarryOver#continues}). A quote with no attribution is left to {@link QuoteCarryOver}. One
 * class because these rules decide together whether a quote is a report and by whom.
 */
final class DirectQuotes extends StatementRule {
    /** Quotes shorter than this are scare quotes, titles or fragments of reported speech. */
    private static final int MIN_DIRECT_WORDS = StatementTokens.MIN_DIRECT_WORDS;
    /** A shorter quote is a report only with its attribution right after it ("“I love you,” he said"). */
    private static final int MIN_SHORT_QUOTE_WORDS = StatementLimits.number("min-short-quote-words");
    /** A quote with no attribution at all is kept only when it reads like a whole statement. */
    private static final int MIN_UNATTRIBUTED_WORDS = StatementLimits.number("min-unattributed-words");
    /** The most words an attribution between two quotes of one speaker takes ("Jane Smith, the mayor, told reporters"). */
    private static final int MAX_ATTRIBUTION_WORDS = StatementLimits.number("max-attribution-words");
    private static final Set<String> DASHES = StatementTokens.DASHES;

    private final QuoteCarryOver carryOver;

    DirectQuotes(StatementContext run, QuoteCarryOver carryOver) {
        super(run);
        this.carryOver = carryOver;
    }

    void directQuote(int q) {
        QuoteFinder.Quote quote = quotes.get(q);
        Span content = quote.content();
        int words = QuoteFinder.words(text, content.begin(), content.end());
        int[] range = tk.tokenRange(content);
        if (range == null || words < MIN_SHORT_QUOTE_WORDS) {
            return;
        }
        if (words < MIN_DIRECT_WORDS) {
            // '"I love you," he said': a short quote counts only with its own attribution right after it.
            Attribution a = endsWithComma(content) || endsWithQuestion(content) ? attributeAfter(q, range[1]) : null;
            if (a != null && a.speaker.isPresent()) {
                usedCues.add(a.cue);
                reports.add(report(ReportType.DIRECT, content, a.speaker, tokens.get(a.cue).text(), tokens.get(a.cue).span(),
                        a.addressee, a.cue));
            }
            return;
        }
        Attribution a = attributeAfter(q, range[1]);
        if (a == null) {
            a = attributeBefore(q, range[0]);
        }
        if (a == null && isAccordingToNearby(range)) {
            return; // the "according to" rule reports it
        }
        if (a == null) {
            Optional<Report> continued = carryOver.continues(q);
            if (continued.isPresent()) {
                // '"A," she told reporters. "B."': the second quote is hers too, on the same cue.
                Report p = continued.get();
                reports.add(report(ReportType.DIRECT, content, p.speaker(), p.cue(), p.cueSpan(), p.addressee(), range[0]));
                return;
            }
            boolean alone = !quote.openingMarkLost() && words >= MIN_UNATTRIBUTED_WORDS && tk.hasVerb(range[0], range[1]);
            unattributed.add(new Unattributed(content, range[0], alone));
            return;
        }
        if (a.partial) {
            return; // words of the reporter stand between cue and quote: reported speech with a quote in it
        }
        usedCues.add(a.cue);
        int prefix = a.cue > range[0] ? reporterWordsBefore(range[0]) : -1;
        ReportType type = ReportType.DIRECT;
        if (prefix >= 0) {
            // 'Such a move "will fail," she said': the sentence is hers, only part of it in her words.
            content = new Span(tokens.get(prefix).span().begin(), content.end());
            type = ReportType.PARTIAL;
        }
        reports.add(report(type, content, a.speaker, tokens.get(a.cue).text(), tokens.get(a.cue).span(),
                a.addressee, a.cue));
    }

    /** '"...,"': the reporter's comma right after the quoted words, before or after the closing mark. */
    private boolean endsWithComma(Span content) {
        int i = content.end();
        while (i < text.length() && i < content.end() + 3 && !Character.isLetterOrDigit(text.charAt(i))) {
            if (text.charAt(i) == ',') {
                return true;
            }
            i++;
        }
        return false;
    }

    private boolean endsWithQuestion(Span content) {
        char c = text.charAt(content.end() - 1);
        return c == '?' || c == '!';
    }

    /** The first of the reporter's words before a quote in its sentence, or -1 when there are none. */
    private int reporterWordsBefore(int quoteStart) {
        int sentenceStart = doc.sentences().get(tokens.get(quoteStart).sentence()).firstToken();
        int first = -1;
        for (int t = quoteStart - 1; t >= sentenceStart && quoteAt[t] < 0; t--) {
            if (tk.isCue(t) || tk.isAccordingTo(t)) {
                return -1;
            }
            if (!tk.isPunctuation(t)) {
                first = t;
            }
        }
        return first;
    }

    private record Attribution(int cue, Optional<Speaker> speaker, Optional<String> addressee, boolean partial) {}

    /** {@code "...," Jane Smith said} or {@code "...," said Jane Smith}. */
    private Attribution attributeAfter(int q, int quoteEnd) {
        int t = quoteEnd;
        while (t < tokens.size() && tk.isPunctuation(t) && quoteAt[t] < 0) {
            t++;
        }
        Span content = quotes.get(q).content();
        Attribution signed = dashAttribution(quoteEnd);
        if (signed != null) {
            return signed;
        }
        // A quote that ends its own sentence ("... for all.") is not attributed by what follows it.
        if (t >= tokens.size() || text.charAt(content.end() - 1) == '.') {
            return null;
        }
        int limit = Math.min(tokens.size(), t + MAX_ATTRIBUTION_WORDS + 4);
        // The attribution shares the quote's sentence: a headline's quote is not attributed by the next paragraph.
        int quoteSentence = tokens.get(Math.max(0, quoteEnd - 1)).sentence();
        // '"Who knows?" she asked.': the splitter ends a sentence at the question mark; the
        // attribution right after it in the same paragraph still belongs to the quote.
        char last = text.charAt(content.end() - 1);
        if ((last == '?' || last == '!') && tokens.get(t).sentence() == quoteSentence + 1
                && text.substring(content.end(), tokens.get(t).span().begin()).indexOf('\n') < 0) {
            quoteSentence++;
        }
        for (int c = t; c < limit && quoteAt[c] < 0 && tokens.get(c).sentence() == quoteSentence; c++) {
            if (tk.isCue(c) && tokens.get(c).pos().equals("VBG")) {
                return null; // '"...," saying ...' starts another report, it does not attribute this one
            }
            if (tk.isCue(c) && tk.isPassive(c)) {
                return new Attribution(c, Optional.empty(), Optional.empty(), false); // "..., she was told": by whom is not said
            }
            if (tk.isCue(c)) {
                if (!nounPhraseBetween(t, c)) {
                    return null; // '"good fun", apart from ... he wants': another clause, not an attribution
                }
                Optional<Speaker> before = c > t ? speakers.speakerOf(t, c - 1, c) : Optional.empty();
                Optional<Speaker> speaker = before.isPresent() ? before : speakers.speakerAfter(c);
                if (speaker.isEmpty()) {
                    return null;
                }
                return new Attribution(c, speaker, tk.addresseeAfter(c), false);
            }
            if (tk.isSentenceEnd(c) || tokens.get(c).text().equals(";")) {
                return null;
            }
        }
        return null;
    }

    /** '“...” ― Jane Smith': a quote signed with a dash and a name that ends its paragraph. */
    private Attribution dashAttribution(int quoteEnd) {
        int dash = quoteEnd;
        while (dash < tokens.size() && quoteAt[dash] < 0 && tk.isPunctuation(dash) && !DASHES.contains(tokens.get(dash).text())) {
            dash++;
        }
        if (dash >= tokens.size() || dash == 0 || !DASHES.contains(tokens.get(dash).text())
                || text.substring(tokens.get(quoteEnd - 1).span().end(), tokens.get(dash).span().begin()).indexOf('\n') >= 0) {
            return null;
        }
        int end = dash + 1;
        while (end < tokens.size() && end - dash <= 6 && text.substring(tokens.get(dash).span().end(), tokens.get(end).span().begin())
                .indexOf('\n') < 0 && tk.isNounPhraseToken(end) && quoteAt[end] < 0) {
            end++;
        }
        int after = end < tokens.size() && tokens.get(end).text().equals(".") ? end + 1 : end; // "― Jane Smith."
        boolean endsParagraph = after >= tokens.size() || text.substring(tokens.get(after - 1).span().end(), tokens.get(after).span().begin())
                .indexOf('\n') >= 0 || tokens.get(end).text().equals(",");
        if (end == dash + 1 || !endsParagraph) {
            return null;
        }
        Optional<Speaker> speaker = speakers.speakerOf(dash + 1, end - 1, dash)
                .filter(sp -> sp.entity().filter(e -> e.type() == EntityType.PLACE).isEmpty());
        return speaker.isEmpty() ? null : new Attribution(dash, speaker, Optional.empty(), false);
    }

    /** Whether tokens [from, to) can be a speaker with an apposition: no verb of their own but auxiliaries. */
    private boolean nounPhraseBetween(int from, int to) {
        for (int t = from; t < to; t++) {
            if (tokens.get(t).pos().startsWith("W")) {
                return true; // "Jane Smith, who chairs the board, said": the relative clause may have verbs
            }
            if ((tokens.get(t).pos().startsWith("VB") && !tk.isAuxiliary(t)) || tokens.get(t).pos().equals("MD")) {
                return false;
            }
        }
        return true;
    }

    /** {@code Jane Smith said: "..."} or {@code Jane Smith told reporters, "..."}. */
    private Attribution attributeBefore(int q, int quoteStart) {
        int sentenceStart = doc.sentences().get(tokens.get(quoteStart).sentence()).firstToken();
        int cue = -1;
        for (int t = quoteStart - 1; t >= sentenceStart && quoteAt[t] < 0; t--) {
            if (tk.isCue(t)) {
                cue = t;
                break;
            }
        }
        if (cue < 0) {
            return colonBefore(quoteStart, sentenceStart);
        }
        Optional<Speaker> speaker = speakers.subjectOf(cue);
        if (speaker.isEmpty() && tokens.get(cue).pos().equals("VBG") && tk.afterComma(cue)) {
            // 'he said it was "key", saying: "..."': the participle's speaker is the sentence's.
            speaker = speakers.previousSpeakerInSentence(doc.sentences().get(tokens.get(cue).sentence()), cue);
        }
        if (speaker.isEmpty() && !tk.isPassive(cue)) {
            return null;
        }
        boolean partial = false;
        for (int t = tk.skipToContent(cue); t < quoteStart; t++) {
            partial |= !tk.isPunctuation(t);
        }
        return new Attribution(cue, speaker, tk.addresseeAfter(cue), partial);
    }

    /**
     * 'She went on: "..."', 'Her answer was: "..."': a colon right before the quote, after a
     * clause whose verb is no cue; the clause's subject, when it is a person, is the speaker.
     */
    private Attribution colonBefore(int quoteStart, int sentenceStart) {
        int colon = quoteStart - 1;
        while (colon > sentenceStart && quoteAt[colon] < 0 && tk.isPunctuation(colon) && !tokens.get(colon).text().equals(":")) {
            colon--;
        }
        if (colon <= sentenceStart || !tokens.get(colon).text().equals(":")) {
            return null;
        }
        for (int v = sentenceStart; v < colon; v++) {
            if (quoteAt[v] >= 0) {
                return null;
            }
            if (tokens.get(v).pos().startsWith("VB") && !tk.isAuxiliary(v)) {
                Optional<Speaker> speaker = speakers.subjectOf(v)
                        .filter(sp -> sp.entity().map(e -> e.type() == EntityType.PERSON).orElse(false));
                return speaker.isEmpty() ? null : new Attribution(v, speaker, Optional.empty(), false);
            }
        }
        return null;
    }

    private boolean isAccordingToNearby(int[] range) {
        for (int t = range[1]; t < Math.min(tokens.size(), range[1] + 4); t++) {
            if (tk.isAccordingTo(t)) {
                return true;
            }
        }
        return false;
    }
}
