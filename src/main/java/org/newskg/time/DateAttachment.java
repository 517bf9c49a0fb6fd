package org.newskg.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * What a date in a sentence is attached to. A date that modifies a noun ("the Jan. 6 attack", "Jan. 6
 * defendants", "Monday's vote") names that thing, and one after "since", "until", "before" or "after" a
 * moment something else is measured from: neither says when the sentence's own verb happened, so neither
 * dates a statement, nor an event it is not part of.
 */
public final class DateAttachment {
    /** Words before a date that make it a point of reference rather than the time of the clause. */
    private static final Set<String> REFERENCE_WORDS = Set.of("since", "until", "till", "before", "after", "of", "from",
            "by", "through", "between", "than");

    private DateAttachment() {
    }

    /**
     * Whether the date says when the clause's verb happened: not a modifier of a noun, not a point of
     * reference ("since Monday").
     *
     * @param tokens the article's tokens
     */
    public static boolean saysWhen(TimeValue date, List<Token> tokens) {
        return !modifiesNoun(date, tokens) && !isReference(date, tokens);
    }

    /** "the Jan. 6 attack", "Jan. 6 defendants", "Monday's vote": a noun (or a possessive) right after the date. */
    public static boolean modifiesNoun(TimeValue date, List<Token> tokens) {
        int after = firstAtOrAfter(tokens, date.span().end());
        if (after < 0 || tokens.get(after).sentence() != tokens.get(Math.max(0, after - 1)).sentence()) {
            return false;
        }
        Token next = tokens.get(after);
        return next.pos().equals("POS") || next.pos().startsWith("NN") && !next.pos().startsWith("NNP")
                || next.pos().startsWith("NNP") && lastWordIsNumber(date);
    }

    /** "since Monday", "until May 3", "before the 2024 vote": a point other things are measured from. */
    public static boolean isReference(TimeValue date, List<Token> tokens) {
        int first = firstAtOrAfter(tokens, date.span().begin());
        if (first <= 0) {
            return false;
        }
        String before = tokens.get(first - 1).text().toLowerCase(Locale.ROOT);
        String own = tokens.get(first).text().toLowerCase(Locale.ROOT);
        return REFERENCE_WORDS.contains(before) || REFERENCE_WORDS.contains(own);
    }

    /** "the April 4 Supreme Court election": a day number then a name is a modifier; "May Day" is not a date here. */
    private static boolean lastWordIsNumber(TimeValue date) {
        String t = date.text().strip();
        return !t.isEmpty() && Character.isDigit(t.charAt(t.length() - 1));
    }

    private static int firstAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < tokens.size() ? lo : -1;
    }
}
