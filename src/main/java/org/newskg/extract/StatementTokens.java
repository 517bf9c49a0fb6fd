package org.newskg.extract;

import static org.newskg.extract.SpeechLexicon.lower;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.TimeExpression;
import org.newskg.nlp.Token;

/**
 * One article's tokens as the statement rules read them: each token marked with the entity,
 * the time expression and the quote it is in, and the tests on tokens that find cues and the
 * parts around them (a speech verb, passive or negated, an auxiliary, a noun-phrase word, the
 * addressee and the start of the content after a cue). Built once per article; read-only.
 */
final class StatementTokens {
    /** Quotes shorter than this are scare quotes, titles or fragments of reported speech. */
    static final int MIN_DIRECT_WORDS = StatementLimits.number("min-direct-words");
    static final Set<String> CLOSING_MARKS = StatementLimits.tokens("closing-mark");
    static final Set<String> OPENING_MARKS = StatementLimits.tokens("opening-mark");
    static final Set<String> DASHES = StatementLimits.tokens("dash");
    private static final Set<String> FINITE_TAGS = StatementLimits.tokens("finite-verb-tag");
    private static final Set<String> NOUN_PHRASE_TAGS = StatementLimits.tokens("noun-phrase-tag");

    final AnnotatedArticle doc;
    final String text;
    final List<Token> tokens;
    final Entity[] entityAt;
    final boolean[] mentionStart;
    final TimeExpression[] timeAt;
    final int[] quoteAt;
    final List<QuoteFinder.Quote> quotes;

    StatementTokens(AnnotatedArticle doc, List<Entity> entities) {
        this.doc = doc;
        this.text = doc.article().text();
        this.tokens = doc.tokens();
        int n = tokens.size();
        entityAt = new Entity[n];
        mentionStart = new boolean[n];
        timeAt = new TimeExpression[n];
        quoteAt = new int[n];
        java.util.Arrays.fill(quoteAt, -1);
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                boolean first = true;
                for (int t = 0; t < n; t++) {
                    if (m.span().contains(tokens.get(t).span())) {
                        entityAt[t] = e;
                        mentionStart[t] = first;
                        first = false;
                    }
                }
            }
        }
        for (TimeExpression te : doc.times()) {
            for (int t = 0; t < n; t++) {
                if (te.span().contains(tokens.get(t).span())) {
                    timeAt[t] = te;
                }
            }
        }
        quotes = QuoteFinder.find(text);
        for (int q = 0; q < quotes.size(); q++) {
            Span c = quotes.get(q).content();
            for (int t = 0; t < n; t++) {
                Span s = tokens.get(t).span();
                if (s.begin() >= c.begin() && s.end() <= c.end()) {
                    quoteAt[t] = q;
                }
            }
        }
    }

    boolean isCue(int t) {
        Token tok = tokens.get(t);
        if (!tok.pos().startsWith("VB") || !SpeechLexicon.CUE_VERBS.contains(lower(tok.lemma()))) {
            return false;
        }
        // "..., adding that" reports speech; "was responding to questions" does not.
        if (tok.pos().equals("VB") && t > 0 && tokens.get(t - 1).pos().equals("TO")) {
            return false; // "ordered them to testify", "refused to say": not (yet) said
        }
        if (t + 1 < tokens.size() && sameSentence(t, t + 1) && FINITE_TAGS.contains(tokens.get(t + 1).pos())) {
            return false; // "The Demos report looked at ...": a noun tagged as a verb, the verb comes next
        }
        return (!tok.pos().equals("VBG") || afterComma(t) || progressive(t) || (t + 1 < tokens.size()
                && lower(tokens.get(t + 1).text()).equals("that") && tokens.get(t + 1).pos().equals("IN"))) && !isNegated(t);
    }

    /** "is saying", "was telling": a form of "be" right before the participle. */
    boolean progressive(int t) {
        return t > 0 && sameSentence(t - 1, t) && isAuxiliary(t - 1) && lower(tokens.get(t - 1).lemma()).equals("be");
    }

    /** ", saying" or ',” saying': a comma, maybe inside the closing mark of a quote, right before. */
    boolean afterComma(int t) {
        return t > 0 && (tokens.get(t - 1).text().equals(",")
                || (t > 1 && CLOSING_MARKS.contains(tokens.get(t - 1).text()) && tokens.get(t - 2).text().equals(",")));
    }

    /** "had not explained", "never said", "did n't confirm": what was not said is no report. */
    boolean isNegated(int cue) {
        int sentenceStart = doc.sentences().get(tokens.get(cue).sentence()).firstToken();
        for (int t = cue - 1; t >= Math.max(sentenceStart, cue - 3); t--) {
            String w = lower(tokens.get(t).text());
            if (SpeechLexicon.NEGATIONS.contains(w)) {
                return true;
            }
            if (!isAuxiliary(t) && !tokens.get(t).pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /** "was told", "had been asked": the subject is who heard it. */
    boolean isPassive(int cue) {
        if (!tokens.get(cue).pos().equals("VBN")) {
            return false;
        }
        for (int t = cue - 1; t >= Math.max(0, cue - 3) && sameSentence(t, cue); t--) {
            if (isAuxiliary(t) && lower(tokens.get(t).lemma()).equals("be")) {
                return true;
            }
            if (!tokens.get(t).pos().startsWith("RB") && !isAuxiliary(t)) {
                return false;
            }
        }
        return false;
    }

    /** A relative clause or participle phrase between a subject and its verb: "who chairs ...", "speaking on ...". */
    boolean isRelativeStart(int t) {
        String pos = tokens.get(t).pos();
        return pos.equals("WP") || pos.equals("WDT") || pos.equals("WP$") || pos.equals("VBG") || pos.equals("VBN");
    }

    boolean isAuxiliary(int t) {
        String l = lower(tokens.get(t).lemma());
        return tokens.get(t).pos().startsWith("VB") && (l.equals("have") || l.equals("be") || l.equals("do"));
    }

    boolean isNounPhraseToken(int t) {
        Token tok = tokens.get(t);
        if (DASHES.contains(tok.text())) {
            return false; // "Harbourtown — Prosecutors said ...": a dateline, not part of the subject
        }
        return NOUN_PHRASE_TAGS.contains(tok.pos()) || entityAt[t] != null || tok.pos().equals("PRP");
    }

    boolean isPhrasePreposition(int t, int lowerBound) {
        return t > lowerBound && SpeechLexicon.PHRASE_PREPOSITIONS.contains(lower(tokens.get(t).text()))
                && tokens.get(t - 1).pos().startsWith("NN");
    }

    boolean isAppositiveStart(int t) {
        String pos = tokens.get(t).pos();
        return pos.equals("DT") || pos.startsWith("NN") || pos.equals("JJ") || pos.equals("PRP$");
    }

    boolean isDefinite(int t) {
        String w = lower(tokens.get(t).text());
        return w.equals("the") || w.equals("this") || w.equals("that");
    }

    boolean isPunctuation(int t) {
        String w = tokens.get(t).text();
        return !w.isEmpty() && w.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    boolean isSentenceEnd(int t) {
        return t + 1 >= tokens.size() || tokens.get(t + 1).sentence() != tokens.get(t).sentence();
    }

    boolean hasVerb(int from, int to) {
        for (int t = from; t < to; t++) {
            if (tokens.get(t).pos().startsWith("VB") || tokens.get(t).pos().equals("MD")) {
                return true;
            }
        }
        return false;
    }

    int tokenBefore(int charOffset) {
        int best = -1;
        for (int t = 0; t < tokens.size() && tokens.get(t).span().end() <= charOffset; t++) {
            best = t;
        }
        return best;
    }

    int sentenceOf(Span span) {
        for (Sentence s : doc.sentences()) {
            if (s.span().contains(span)) {
                return s.index();
            }
        }
        return -1;
    }

    /** Tokens [first, end) inside a span, or null. */
    int[] tokenRange(Span span) {
        int first = -1;
        int end = -1;
        for (int t = 0; t < tokens.size(); t++) {
            Span s = tokens.get(t).span();
            if (s.begin() >= span.begin() && s.end() <= span.end()) {
                if (first < 0) {
                    first = t;
                }
                end = t + 1;
            }
        }
        return first < 0 ? null : new int[] {first, end};
    }

    boolean sameSentence(int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence();
    }

    boolean timeLike(int t) {
        return timeAt[t] != null;
    }

    boolean isAccordingTo(int t) {
        return lower(tokens.get(t).text()).equals("according") && t + 1 < tokens.size()
                && lower(tokens.get(t + 1).text()).equals("to");
    }

    int trimTrailingPunctuation(int start, int end) {
        while (end > start && isPunctuation(end - 1) && quoteAt[end - 1] < 0 && !closesOpenMark(start, end - 1)) {
            end--;
        }
        return end;
    }

    /** Whether token {@code t} is the closing mark of a quote opened inside [start, t): keep the pair whole. */
    boolean closesOpenMark(int start, int t) {
        if (!CLOSING_MARKS.contains(tokens.get(t).text())) {
            return false;
        }
        int marks = 0;
        for (int i = start; i < t; i++) {
            String w = tokens.get(i).text();
            if (w.equals("\"") || w.equals("\u201c") || w.equals("\u201d") || w.equals("\u00ab") || w.equals("\u00bb")) {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /** Whether tokens [start, end) are one quote and its marks: a direct quote, reported elsewhere. */
    boolean isWholeQuote(int start, int end) {
        int q = -1;
        for (int t = start; t < end; t++) {
            if (quoteAt[t] >= 0) {
                if (q >= 0 && quoteAt[t] != q) {
                    return false;
                }
                q = quoteAt[t];
            } else if (!isPunctuation(t)) {
                return false;
            }
        }
        return q >= 0 && QuoteFinder.words(text, quotes.get(q).content().begin(), quotes.get(q).content().end()) >= MIN_DIRECT_WORDS;
    }

    /** The token after an addressee of a speech verb, or the token after the verb when there is none. */
    int skipAddressee(int cue) {
        String lemma = lower(tokens.get(cue).lemma());
        int t = cue + 1;
        int limit = doc.sentences().get(tokens.get(cue).sentence()).endToken();
        if (t < limit && lemma.equals("tell") && quoteAt[t] < 0 && isNounPhraseToken(t)) {
            int start = t;
            while (t < limit && t - start < 8 && quoteAt[t] < 0 && (isNounPhraseToken(t) || timeAt[t] != null)) {
                t++;
            }
            return t;
        }
        if (t + 1 < limit && lower(tokens.get(t).text()).equals("to") && isNounPhraseToken(t + 1)) {
            t++;
            int start = t;
            while (t < limit && t - start < 8 && quoteAt[t] < 0 && isNounPhraseToken(t)) {
                t++;
            }
            return t;
        }
        return t;
    }

    /** Where the content of "X said (to Y) (on Monday) (at a briefing) (that) ..." begins. */
    int skipToContent(int cue) {
        int t = skipAddressee(cue);
        int limit = doc.sentences().get(tokens.get(cue).sentence()).endToken();
        while (t < limit && (timeAt[t] != null || venueEnd(t, limit) > t || (tokens.get(t).pos().equals("IN") && t + 1 < limit && timeAt[t + 1] != null)
                || lower(tokens.get(t).text()).equals("that") || tokens.get(t).text().equals(":")
                || tokens.get(t).text().equals(",") || SpeechLexicon.CUE_ADVERBS.contains(lower(tokens.get(t).text()))
                || lower(tokens.get(t).text()).equals("citing"))) {
            if (lower(tokens.get(t).text()).equals("citing")) {
                // "reported, citing officials, that ...": the sources of the report are not its content.
                while (t < limit && !tokens.get(t).text().equals(",")) {
                    t++;
                }
            }
            t = Math.max(t + 1, venueEnd(t, limit) + 1);
        }
        return t;
    }

    /** The last token of a venue phrase starting at t ("at a regular press conference"), or -1. */
    int venueEnd(int t, int limit) {
        if (t >= limit) {
            return -1;
        }
        String w = lower(tokens.get(t).text());
        if (!SpeechLexicon.VENUE_PREPOSITIONS.contains(w) || quoteAt[t] >= 0) {
            return -1;
        }
        for (int k = t + 1; k < Math.min(limit, t + 7) && isNounPhraseToken(k); k++) {
            if (SpeechLexicon.VENUE_NOUNS.contains(lower(tokens.get(k).lemma()))) {
                return k;
            }
        }
        return -1;
    }

    /** Whom it was said to: "told reporters", "told a newspaper", "confirmed to MPs". */
    Optional<String> addresseeAfter(int cue) {
        int end = skipAddressee(cue);
        if (end == cue + 1) {
            return Optional.empty();
        }
        int first = cue + 1;
        if (lower(tokens.get(first).text()).equals("to")) {
            first++;
        }
        int last = end - 1;
        while (last >= first && (timeAt[last] != null || isPunctuation(last))) {
            last--;
        }
        return last >= first
                ? Optional.of(text.substring(tokens.get(first).span().begin(), tokens.get(last).span().end()))
                : Optional.empty();
    }
}
