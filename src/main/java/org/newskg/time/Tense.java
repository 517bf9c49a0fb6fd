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

    /** Words that end the clause a date opens: a verb after them is not the one that governs it. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "that", "which", "who", "whom", "where", "while",
            "whereas", "because", "although");

    /**
     * The tense of the verb group that governs {@code span}: the nearest verb before it in its sentence ("will
     * meet on Friday", "said on Wednesday"), or after it in its own clause when none comes before ("On Friday,
     * she said" is past, but "the April 4 election, and voting that began Tuesday" gives April 4 no tense).
     */
    static Tense near(Span span, Sentence sentence, List<Token> tokens) {
        int before = -1;
        int after = -1;
        boolean clauseEnded = false;
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            Token token = tokens.get(t);
            if (token.span().begin() >= span.end() && CLAUSE_ENDS.contains(token.text().toLowerCase(Locale.ROOT))
                    && after < 0 && !(t == firstAfter(span, sentence, tokens) && token.text().equals(","))) {
                clauseEnded = true; // a comma right after the date ends an opening adverbial, not the clause
            }
            if (!isVerb(token) || span.contains(token.span())) {
                continue;
            }
            if (token.span().end() <= span.begin()) {
                before = t;
            } else if (after < 0 && !clauseEnded && token.span().begin() >= span.end()) {
                after = t;
            }
        }
        int verb = before >= 0 ? before : after;
        return verb < 0 ? UNKNOWN : ofGroup(verb, sentence, tokens);
    }

    /** The first token after the span in the sentence, -1 when none. */
    private static int firstAfter(Span span, Sentence sentence, List<Token> tokens) {
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            if (tokens.get(t).span().begin() >= span.end()) {
                return t;
            }
        }
        return -1;
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
