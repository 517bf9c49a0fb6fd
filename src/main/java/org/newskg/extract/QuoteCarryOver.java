package org.newskg.extract;

import static org.newskg.extract.SpeechLexicon.lower;

import java.util.List;
import java.util.Optional;
import org.newskg.core.Span;
import org.newskg.nlp.Sentence;

/**
 * Quotes with no attribution of their own that take the speaker of the quote before them: the
 * next piece of a quote after its attribution ('"A," she told reporters. "B."', {@link
 * #continues}) and paragraphs of quote after a paragraph that ends with the speaker's report or
 * "She said:" ({@link #carryOver}). Kept apart from the rules that attribute a quote in its own
 * sentence: it runs after them, on all the reports they made, and a wrong carry-over gives a
 * whole run of paragraphs the wrong speaker, so it carries only while no one else is named.
 */
final class QuoteCarryOver extends StatementRule {
    /** A quote with no attribution in its sentence: {@code alone} when it reads like a whole statement. */
    record Unattributed(Span content, int firstToken, boolean alone) {}

    QuoteCarryOver(StatementContext run) {
        super(run);
    }

    /**
     * A quote that opens its paragraph with no attribution of its own continues the speaker of
     * the paragraph before, when that paragraph's last report is the last thing in it: no one
     * else is named after it ("She said: " / "“A,” she said." then a paragraph of quote). A
     * chain of such paragraphs keeps the speaker. Otherwise the quote stays without a speaker.
     */
    void carryOver(Unattributed u) {
        Optional<Report> source = speakerBefore(u);
        if (source.isPresent()) {
            Report p = source.get();
            reports.add(report(ReportType.DIRECT, u.content(), p.speaker(), p.cue(), p.cueSpan(), p.addressee(), u.firstToken()));
        } else if (u.alone()) {
            reports.add(report(ReportType.DIRECT, u.content(), Optional.empty(), "", new Span(u.content().begin(), u.content().begin()),
                    Optional.empty(), u.firstToken()));
        }
        reports.sort(java.util.Comparator.comparingInt((Report r) -> r.content().begin()));
    }

    /** Whether only an opening mark stands between the paragraph's start and the quote. */
    private boolean opensParagraph(Span content) {
        int i = content.begin() - 1;
        while (i >= 0 && text.charAt(i) != '\n' && !Character.isLetterOrDigit(text.charAt(i))) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /** Whether only opening marks stand between token t and its sentence's start. */
    private boolean opensSentence(int t) {
        int first = doc.sentences().get(tokens.get(t).sentence()).firstToken();
        for (int k = first; k < t; k++) {
            if (!OPENING_MARKS.contains(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /** The report of the paragraph before that a quote opening this paragraph continues, see {@link #carryOver}. */
    private Optional<Report> speakerBefore(Unattributed u) {
        int paragraphStart;
        int previousStart;
        boolean inParagraph = !opensParagraph(u.content());
        if (!inParagraph) {
            paragraphStart = text.lastIndexOf('\n', u.content().begin()) + 1;
            if (paragraphStart <= 0) {
                return Optional.empty();
            }
            previousStart = text.lastIndexOf('\n', paragraphStart - 2) + 1;
        } else {
            // 'X said it was "hard". "However much ...': a quote that opens its sentence continues
            // the report of the sentence before it in the same paragraph (texts that lost their
            // paragraph breaks run a quote paragraph on after the one before).
            int sentence = tokens.get(u.firstToken()).sentence();
            if (sentence == 0 || !opensSentence(u.firstToken())) {
                return Optional.empty();
            }
            Sentence before = doc.sentences().get(sentence - 1);
            paragraphStart = doc.sentences().get(sentence).span().begin();
            previousStart = before.span().begin();
            if (text.substring(previousStart, paragraphStart).indexOf('\n') >= 0) {
                return Optional.empty();
            }
        }
        Report last = null;
        for (Report r : reports) {
            if (r.content().begin() >= previousStart && r.content().end() < paragraphStart && !nested(r)) {
                last = r;
            }
        }
        if (last == null) {
            return colonCue(previousStart, paragraphStart);
        }
        if (last.speaker().isEmpty() || !runsOn(last.speaker().get())) {
            return Optional.empty();
        }
        if (inParagraph && (last.kind() != ReportKind.SPEECH || !isPerson(last.speaker().get()))) {
            return Optional.empty(); // within a paragraph, only a person's speech runs on into the next quote
        }
        int after = Math.max(last.content().end(), Math.max(last.cueSpan().end(), last.speaker().get().span().end()));
        for (int t = 0; t < tokens.size(); t++) {
            Span s = tokens.get(t).span();
            if (s.begin() >= after && s.end() < paragraphStart && quoteAt[t] < 0 && entityAt[t] != null
                    && entityAt[t].type() == EntityType.PERSON) {
                return Optional.empty(); // somebody else named since
            }
        }
        return Optional.of(last);
    }

    /**
     * Whether a report's cue is inside another report's content ("X said Labour's plans showed
     * ...", "X said it was what he had come to expect"): the quote after it goes on with X, the
     * speaker of the sentence, not with whoever X cites.
     */
    private boolean nested(Report r) {
        for (Report o : reports) {
            if (o != r && o.content().contains(r.cueSpan())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a speaker's words run on into the quotes after: a named person or body, or a
     * description of one person ("the minister said", "a spokeswoman said:") that names nobody the
     * article resolves; a pronoun that found no one does not ("he" is no speaker to carry).
     */
    private boolean runsOn(Speaker speaker) {
        return speaker.entity().isPresent() || describesPerson(speaker);
    }

    private boolean isPerson(Speaker speaker) {
        return speaker.entity().map(e -> e.type() == EntityType.PERSON).orElseGet(() -> describesPerson(speaker));
    }

    /** "the minister", "a party spokeswoman": a common noun for a person (person-nouns.tsv) heads the speaker's words. */
    private boolean describesPerson(Speaker speaker) {
        int head = tk.tokenBefore(speaker.span().end());
        return head >= 0 && tokens.get(head).pos().startsWith("NN") && entityAt[head] == null // "the Salford MP": NNP too
                && SpeechLexicon.PERSON_NOUNS.contains(lower(tokens.get(head).lemma()));
    }

    /** "Jane Smith said:" ending the paragraph before: a report made of its speaker and cue. */
    private Optional<Report> colonCue(int paragraphStart, int paragraphEnd) {
        int last = tk.tokenBefore(paragraphEnd - 1);
        while (last >= 0 && tokens.get(last).span().begin() >= paragraphStart && tokens.get(last).text().isBlank()) {
            last--;
        }
        if (last < 1 || tokens.get(last).span().begin() < paragraphStart || !tokens.get(last).text().equals(":")) {
            return Optional.empty();
        }
        int cue = skipBackToCue(last - 1);
        if (cue < 0 || tokens.get(cue).span().begin() < paragraphStart) {
            return Optional.empty();
        }
        Optional<Speaker> speaker = speakers.subjectOf(cue);
        if (speaker.isEmpty() || !runsOn(speaker.get())) {
            return Optional.empty();
        }
        Span here = tokens.get(cue).span();
        return Optional.of(new Report(ReportType.DIRECT, here, here.of(text), speaker, tokens.get(cue).text(), here,
                tk.addresseeAfter(cue), Optional.empty(), List.of(), Optional.empty()));
    }

    /** The cue of "said:" or "told reporters:" ending at token t, or -1. */
    private int skipBackToCue(int t) {
        for (int k = t; k >= Math.max(0, t - 6) && tk.sameSentence(k, t); k--) {
            if (tk.isCue(k)) {
                return k;
            }
            if (!tk.isNounPhraseToken(k) && timeAt[k] == null && !tokens.get(k).pos().equals("TO")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The attributed quote that quote {@code q} continues: the one right before it in the same
     * paragraph, with nothing between them but its own attribution (a few words holding its cue).
     */
    Optional<Report> continues(int q) {
        if (q == 0) {
            return Optional.empty();
        }
        Span previous = quotes.get(q - 1).content();
        Span current = quotes.get(q).content();
        String between = text.substring(previous.end(), current.begin());
        if (between.indexOf('\n') >= 0 || QuoteFinder.words(text, previous.end(), current.begin()) > MAX_APPOSED_ATTRIBUTION_WORDS) {
            return Optional.empty();
        }
        for (int i = reports.size() - 1; i >= 0; i--) {
            Report r = reports.get(i);
            if (r.content().end() == previous.end() && r.speaker().isPresent()
                    && r.cueSpan().begin() >= previous.end() && r.cueSpan().end() <= current.begin()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
