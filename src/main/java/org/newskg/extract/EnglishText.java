package org.newskg.extract;

import java.util.List;
import java.util.Locale;
import org.newskg.nlp.Token;

/**
 * Whether an article is English enough for the English entity rules: a text is taken for another
 * language when the frequent function words of other languages ({@code other-function-words.txt}:
 * German, French, Spanish, Italian, Dutch, Portuguese) are at least five, more than twice the English ones
 * ({@code english-function-words.txt}) and make up a fair share of its words. English news has
 * about a quarter English function words; a German article about as many German ones. Texts too
 * short to tell, and tables of names and figures with neither, count as English. A small check:
 * the reader's language detection does it properly; this one keeps the rules off other languages
 * whatever the input said. Stateless.
 */
final class EnglishText {
    /** Fewer words than this cannot be told apart. */
    static final int MIN_WORDS = 20;
    /** The share of other languages' function words from which a text is another language's. */
    static final double MIN_OTHER_SHARE = 0.08;
    /** Fewer of them than this, or not twice the English ones, say nothing (a stray "de" or "la" in a table). */
    static final int MIN_OTHER_WORDS = 5;
    private static final java.util.Set<String> OTHER = java.util.Set.copyOf(EntityLexicon.lines("other-function-words.txt"));

    private EnglishText() {}

    static boolean looksEnglish(List<Token> tokens) {
        int words = 0;
        int english = 0;
        int other = 0;
        for (Token t : tokens) {
            String w = t.text();
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
                continue;
            }
            if (!t.ner().equals("O") || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
                // Names ("Los Angeles", "De Gaulle") and headlines in capitals say nothing of the language.
                continue;
            }
            words++;
            String lower = w.toLowerCase(Locale.ROOT);
            if (EntityLexicon.ENGLISH_FUNCTION_WORDS.contains(lower)) {
                english++;
            } else if (OTHER.contains(lower)) {
                other++;
            }
        }
        return words < MIN_WORDS || other < MIN_OTHER_WORDS || other <= 2 * english || (double) other / words < MIN_OTHER_SHARE;
    }
}
