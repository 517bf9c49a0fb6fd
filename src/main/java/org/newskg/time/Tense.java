package org.newskg.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.core.Span;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * The tense of the verb nearest to a time expression, from the part-of-speech tags: "said on Friday" is
 * past, "will meet on Friday" future. Decides which Friday a bare weekday means.
 */
enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN;

    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> HAVE = Set.of("have", "has", "'ve");

    /**
     * The tense of the verb group that governs {@code span}: the nearest verb before it in its sentence ("will
     * meet on Friday", "said on Wednesday"), or after it when none comes before ("On Friday, she said").
     */
    static Tense near(Span span, Sentence sentence, List<Token> tokens) {
        int before = -1;
        int after = -1;
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            Token token = tokens.get(t);
            if (!isVerb(token) || span.contains(token.span())) {
                continue;
            }
            if (token.span().end() <= span.begin()) {
                before = t;
            } else if (after < 0 && token.span().begin() >= span.end()) {
                after = t;
            }
        }
        int verb = before >= 0 ? before : after;
        return verb < 0 ? UNKNOWN : ofGroup(verb, sentence, tokens);
    }

    private static boolean isVerb(Token t) {
        return t.pos().startsWith("VB") || t.pos().equals("MD");
    }

    /** The verb group around token {@code at}: its auxiliaries before it and verbs after it. */
    private static Tense ofGroup(int at, Sentence sentence, List<Token> tokens) {
        int first = at;
        while (first > sentence.firstToken() && (isVerb(tokens.get(first - 1)) || tokens.get(first - 1).pos().equals("RB")
                || tokens.get(first - 1).pos().equals("TO"))) {
            first--;
        }
        int end = at + 1;
        while (end < sentence.endToken() && (isVerb(tokens.get(end)) || tokens.get(end).pos().equals("RB")
                || tokens.get(end).pos().equals("TO"))) {
            end++;
        }
        boolean past = false;
        boolean have = false;
        boolean participle = false;
        for (int t = first; t < end; t++) {
            Token token = tokens.get(t);
            String word = token.text().toLowerCase(Locale.ROOT);
            if (FUTURE_AUXILIARIES.contains(word) || word.equals("going") && t + 1 < end
                    && tokens.get(t + 1).pos().equals("TO")) {
                return FUTURE;
            }
            past |= token.pos().equals("VBD");
            have |= HAVE.contains(word);
            participle |= token.pos().equals("VBN");
        }
        return past || have && participle ? PAST : PRESENT;
    }
}
