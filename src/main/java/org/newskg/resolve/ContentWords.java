package org.newskg.resolve;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of a reported text, for comparing two wordings of one remark: lower case,
 * accents and punctuation gone, function words dropped, and a light suffix strip so that
 * "continued"/"continues" or "plans"/"planned" meet.
 */
final class ContentWords {
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "and", "but", "for", "nor", "yet", "with", "from", "into", "onto", "upon", "about", "over",
            "under", "than", "then", "that", "this", "these", "those", "there", "their", "they", "them", "its",
            "his", "her", "hers", "him", "she", "our", "ours", "you", "your", "we", "who", "whom", "whose",
            "which", "what", "when", "where", "why", "how", "was", "were", "are", "is", "be", "been", "being",
            "has", "have", "had", "having", "does", "did", "doing", "do", "will", "would", "shall", "should",
            "can", "could", "may", "might", "must", "not", "any", "all", "some", "such", "also", "very", "just",
            "only", "more", "most", "much", "many", "other", "own", "same", "so", "too", "at", "by", "in", "of",
            "on", "or", "to", "as", "an", "a", "it", "if", "no", "up", "out", "off", "said", "says", "say");

    private ContentWords() {}

    static Set<String> of(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace("\u2019", "'").replaceAll("'s\\b", "");
        Set<String> words = new LinkedHashSet<>();
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !FUNCTION_WORDS.contains(w)) {
                words.add(stem(w));
            }
        }
        return words;
    }

    private static String stem(String w) {
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
