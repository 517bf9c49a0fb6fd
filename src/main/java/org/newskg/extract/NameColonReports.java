package org.newskg.extract;

import static org.newskg.extract.SpeechLexicon.lower;

import java.util.Optional;
import org.newskg.core.Span;
import org.newskg.nlp.Sentence;

/**
 * "Jane Smith: the plan will fail", "Poll: ...", and a transcript's turns ('"PENCE: ...'): a
 * name that opens its sentence, a colon, and what it said. Its own class because it reads
 * sentences and paragraphs, not cues, and because a transcript's turn replaces the quote
 * reports made without a speaker.
 */
final class NameColonReports extends StatementRule {
    NameColonReports(StatementContext run) {
        super(run);
    }

    /**
     * "Jane Smith: the plan will fail" or "Poll: ...": a name (a person, a body, a study) that
     * opens its sentence, followed by a colon and what it said. Other words before a colon
     * ("Update:", "Note:") are the reporter's.
     */
    void colonAfterName(Sentence sentence) {
        int first = sentence.firstToken();
        // '"WALLACE: ...': a transcript's turn may open with a quotation mark that never closes
        // (or closes at the next turn's): the name and the turn are inside that "quote".
        int turn = -1;
        if (first + 1 < sentence.endToken() && OPENING_MARKS.contains(tokens.get(first).text())
                && !lower(tokens.get(first + 1).text()).equals(tokens.get(first + 1).text())) {
            first++;
            turn = quoteAt[first];
        }
        int colon = first;
        while (colon < sentence.endToken() && colon - first <= 5 && !tokens.get(colon).text().equals(":")) {
            if (!tk.isNounPhraseToken(colon) || (quoteAt[colon] >= 0 && quoteAt[colon] != turn)) {
                return;
            }
            colon++;
        }
        if (colon == first || colon >= sentence.endToken() || !tokens.get(colon).text().equals(":")) {
            return;
        }
        Optional<Speaker> speaker = speakers.speakerOf(first, colon - 1, colon);
        if (speaker.flatMap(Speaker::entity).isEmpty() && colon == first + 1 && transcriptSpeaker(first).isPresent()) {
            speaker = transcriptSpeaker(first);
        }
        String head = lower(tokens.get(speakers.headOf(first, colon - 1)).lemma());
        boolean named = speaker.flatMap(Speaker::entity).filter(e -> e.type() != EntityType.PLACE).isPresent()
                || (speaker.isPresent() && SpeechLexicon.FINDING_NOUNS.contains(head));
        int start = colon + 1;
        while (start < sentence.endToken() && tk.isPunctuation(start) && quoteAt[start] < 0) {
            start++;
        }
        int end = tk.trimTrailingPunctuation(start, paragraphEnd(sentence));
        if (!named || end - start < MIN_CONTENT_TOKENS || !tk.hasVerb(start, end)) {
            return;
        }
        Span content = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
        ReportType type = ReportType.INDIRECT;
        if (turn >= 0) {
            while (end - start > MIN_CONTENT_TOKENS && tk.isPunctuation(end - 1)) {
                end--; // the turn's last full stop, which the quote around it kept
            }
            content = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
            Span said = content;
            unattributed.removeIf(u -> u.content().overlaps(said));
            reports.removeIf(r -> r.speaker().isEmpty() && r.content().overlaps(said));
            type = ReportType.DIRECT;
        } else if (tk.isWholeQuote(start, end)) {
            Span quoted = quotes.get(quoteAt[start]).content();
            if (reports.stream().anyMatch(r -> r.content().overlaps(quoted))) {
                return; // attributed already
            }
            unattributed.removeIf(u -> u.content().equals(quoted));
            content = quoted;
            type = ReportType.DIRECT;
        } else {
            for (int t = start; t < end; t++) {
                type = quoteAt[t] >= 0 ? ReportType.PARTIAL : type;
            }
        }
        Span cueSpan = tokens.get(colon).span();
        reports.add(report(type, content, speaker, ":", cueSpan, Optional.empty(), colon));
    }

    /**
     * "PENCE: ...": a surname in capitals before a transcript's colon is the person of the
     * article with that surname (the reporter's "UPDATE:" or "NOTE:" names nobody).
     */
    private Optional<Speaker> transcriptSpeaker(int t) {
        String word = tokens.get(t).text();
        if (word.length() < 2 || !word.chars().allMatch(Character::isUpperCase)) {
            return Optional.empty();
        }
        for (Entity e : entityAt) {
            if (e != null && e.type() == EntityType.PERSON && e.name().toUpperCase(java.util.Locale.ROOT).endsWith(" " + word)) {
                return Optional.of(new Speaker(word, tokens.get(t).span(), Optional.of(e)));
            }
        }
        return Optional.empty();
    }

    /**
     * The end token of the paragraph a sentence opens, or of the sentence when it does not open
     * one: "Jane Smith: ..." at a paragraph's start (a transcript's turn) speaks to its end.
     */
    private int paragraphEnd(Sentence sentence) {
        int begin = tokens.get(sentence.firstToken()).span().begin();
        if (begin > 0 && text.charAt(begin - 1) != '\n' && !text.substring(text.lastIndexOf('\n', begin) + 1, begin).isBlank()) {
            return sentence.endToken();
        }
        int newline = text.indexOf('\n', tokens.get(sentence.endToken() - 1).span().end());
        int end = sentence.endToken();
        while (end < tokens.size() && (newline < 0 || tokens.get(end).span().end() <= newline)) {
            end++;
        }
        return end;
    }
}
