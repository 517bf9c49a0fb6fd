package org.newskg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Epithets: descriptions a news text uses for a person it already named, not for a new one
 * ("the Dutchman", "the Irishman", "the former teacher"). From {@code epithet-words.tsv} and the
 * demonyms of {@code countries.tsv}, alone or with "man"/"woman".
 */
final class Epithets {
    private static final Map<String, Optional<Gender>> NOUNS = new HashMap<>();
    private static final Set<String> MODIFIERS = new HashSet<>();

    static {
        for (String[] r : RuleFiles.rows("epithet-words.tsv")) {
            String word = r[0].strip().toLowerCase(Locale.ROOT);
            String role = r.length > 1 ? r[1].strip() : "";
            if (role.equals("MODIFIER")) {
                MODIFIERS.add(word);
            } else if (role.equals("NOUN")) {
                NOUNS.put(word, r.length > 2 ? Optional.of(Gender.valueOf(r[2].strip())) : Optional.empty());
            } else {
                throw new IllegalStateException("epithet-words.tsv: NOUN or MODIFIER expected: " + String.join("\t", r));
            }
        }
    }

    private Epithets() {}

    /** Whether a (lower-case) noun is an epithet: listed, a demonym ("the German"), or one with "man"/"woman". */
    static boolean isNoun(String noun) {
        return NOUNS.containsKey(noun) || Countries.standard().byDemonym(noun).isPresent()
                || Countries.standard().byDemonym(stem(noun)).isPresent();
    }

    /** Whether a (lower-case) word before a person noun makes it an epithet ("the former teacher"). */
    static boolean isModifier(String word) {
        return MODIFIERS.contains(word);
    }

    /** The gender an epithet noun shows: listed, or from its ending ("Irishman", "Scotswoman"). */
    static Optional<Gender> gender(String noun) {
        Optional<Gender> listed = NOUNS.getOrDefault(noun, Optional.empty());
        if (listed.isPresent()) {
            return listed;
        }
        if (stem(noun).equals(noun) || Countries.standard().byDemonym(noun).isPresent()) {
            return Optional.empty(); // "the German": no "-man" of a demonym
        }
        return Optional.of(noun.endsWith("woman") || noun.endsWith("women") ? Gender.FEMALE : Gender.MALE);
    }

    /** "irishman" -> "irish", "scotswoman" -> "scots"; other words unchanged. */
    private static String stem(String noun) {
        for (String end : new String[] {"woman", "women", "man", "men"}) {
            if (noun.endsWith(end) && noun.length() > end.length() + 2) {
                return noun.substring(0, noun.length() - end.length());
            }
        }
        return noun;
    }
}
