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
        return near(span, sentence, tokens, false);
    }

    /**
     * As {@link #near(Span, Sentence, List)}; with {@code cues}, a word of tense-cues.tsv right before the span
     * ("ended March 31", "effective Feb. 1") decides, and a past participle with no auxiliary ("shares issued
     * July 1", "products introduced in April") is past.
     */
    static Tense near(Span span, Sentence sentence, List<Token> tokens, boolean cues) {
        return near(span, sentence, tokens, cues, false);
    }

    /**
     * As {@link #near(Span, Sentence, List, boolean)}; with {@code planning}, a verb group before the date with a word of
     * planning-verbs.tsv ("planned to leave on Thursday", "has scheduled a news conference Thursday", "is to
     * resume trading Tuesday") is future whatever its tense: what is planned lies ahead of the report.
     */
    static Tense near(Span span, Sentence sentence, List<Token> tokens, boolean cues, boolean planning) {
        String cued = cues ? cue(span, sentence, tokens) : null;
        if (cued != null && !cued.equals("deadline")) {
            return cued.equals("past") ? PAST : FUTURE;
        }
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
        Tense tense = verb < 0 ? UNKNOWN
                : planning && verb == before && planned(verb, sentence, tokens) ? FUTURE : ofGroup(verb, sentence, tokens, cues);
        if (cued != null) {
            // a deadline lies ahead ("kept closed until Friday") unless told in the past perfect ("had filed by Wednesday")
            return verb >= 0 && pastPerfect(verb, sentence, tokens) ? PAST : FUTURE;
        }
        return tense;
    }

    /** Whether the verb group at {@code at} is in the past perfect: "had" and a participle ("had not called"). */
    private static boolean pastPerfect(int at, Sentence sentence, List<Token> tokens) {
        boolean had = false;
        boolean participle = false;
        for (int t = groupStart(at, sentence, tokens); t < groupEnd(at, sentence, tokens); t++) {
            String word = tokens.get(t).text().toLowerCase(Locale.ROOT);
            had |= word.equals("had") || word.equals("'d");
            participle |= tokens.get(t).pos().equals("VBN");
        }
        return had && participle;
    }

    /**
     * The direction (past, future, deadline) a cue of one or two words right before the span gives, a
     * preposition may come between; null when there is none.
     */
    private static String cue(Span span, Sentence sentence, List<Token> tokens) {
        int last = -1;
        for (int t = sentence.firstToken(); t < sentence.endToken() && tokens.get(t).span().end() <= span.begin(); t++) {
            last = t;
        }
        for (int t = last; t >= sentence.firstToken() && t >= last - 1; t--) {
            String word = tokens.get(t).text().toLowerCase(Locale.ROOT);
            String pair = t > sentence.firstToken() ? tokens.get(t - 1).text().toLowerCase(Locale.ROOT) + " " + word : null;
            String cued = pair != null && CUES.containsKey(pair) ? CUES.get(pair) : CUES.get(word);
            if (cued != null) {
                return cued;
            }
            if (!tokens.get(t).pos().equals("IN")) {
                break;
            }
        }
        return null;
    }

    /**
     * Whether the verb group at {@code at} has a word, or two words, of planning-verbs.tsv, and no "previously"
     * ("as previously planned Saturday night" tells of a plan carried out).
     */
    private static boolean planned(int at, Sentence sentence, List<Token> tokens) {
        int end = groupEnd(at, sentence, tokens);
        boolean plan = false;
        for (int t = groupStart(at, sentence, tokens); t < end; t++) {
            String word = tokens.get(t).text().toLowerCase(Locale.ROOT);
            if (word.equals("previously")) {
                return false;
            }
            String next = t + 1 < end ? tokens.get(t + 1).text().toLowerCase(Locale.ROOT) : "";
            plan |= PLANNING.contains(word) || PLANNING.contains(word + " " + next);
        }
        return plan;
    }

    /** planning-verbs.tsv: words of one or two tokens, lower case. */
    private static final Set<String> PLANNING = TimeNormalizer.lines("planning-verbs.tsv").stream()
            .map(l -> l.split("\t")[0].strip().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** tense-cues.tsv: a cue of one or two words, lower case, to its direction. */
    private static final java.util.Map<String, String> CUES = readCues();

    private static java.util.Map<String, String> readCues() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String line : TimeNormalizer.lines("tense-cues.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length < 2 || !cols[1].strip().matches("past|future|deadline")) {
                throw new IllegalStateException("tense-cues.tsv: a row needs a cue and past, future or deadline: " + line);
            }
            out.put(cols[0].strip().toLowerCase(Locale.ROOT), cols[1].strip());
        }
        return java.util.Map.copyOf(out);
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

    /** The first token of the verb group around {@code at}: its auxiliaries, adverbs and "to" before it. */
    private static int groupStart(int at, Sentence sentence, List<Token> tokens) {
        int first = at;
        while (first > sentence.firstToken() && inGroup(tokens.get(first - 1))) {
            first--;
        }
        return first;
    }

    /** The end (exclusive) of the verb group around {@code at}. */
    private static int groupEnd(int at, Sentence sentence, List<Token> tokens) {
        int end = at + 1;
        while (end < sentence.endToken() && inGroup(tokens.get(end))) {
            end++;
        }
        return end;
    }

    private static boolean inGroup(Token t) {
        return isVerb(t) || t.pos().equals("RB") || t.pos().equals("TO");
    }

    /** The verb group around token {@code at}: its auxiliaries before it and verbs after it. */
    private static Tense ofGroup(int at, Sentence sentence, List<Token> tokens, boolean bareParticiple) {
        int first = groupStart(at, sentence, tokens);
        int end = groupEnd(at, sentence, tokens);
        boolean past = false;
        boolean have = false;
        boolean participle = false;
        boolean auxiliary = false;
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
            auxiliary |= t != at && isVerb(token);
        }
        // "shares issued July 1": a participle standing alone reports what is done
        boolean alone = bareParticiple && !auxiliary && tokens.get(at).pos().equals("VBN");
        return past || have && participle || alone ? PAST : PRESENT;
    }
}
