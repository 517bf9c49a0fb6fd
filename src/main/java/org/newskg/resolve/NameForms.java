package org.newskg.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.Names;

/**
 * What two written forms of one name have in common, for comparing names across articles:
 * spelling variants, acronyms and their expansions, and organisations qualified by their country.
 * Works on {@link Names#key} forms (no case, accents, dots, hyphens or apostrophes) unless it says otherwise.
 */
final class NameForms {
    /** Words an acronym usually skips ("Organisation for Economic Co-operation and Development" -> OECD). */
    private static final Set<String> ACRONYM_SKIPPED = Set.of("of", "the", "and", "for", "on", "in", "at", "to", "de",
            "du", "des", "la", "le", "del", "der", "und");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z&]{1,9}|(?:[A-Z]\\.){2,}");
    private static final Pattern POSSESSIVE_QUALIFIER = Pattern.compile("^(.+?)['\u2019]s\\s+(.+)$");
    private static final Pattern STATED_EXPANSION = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");

    private NameForms() {}

    /**
     * The letters of a key with the letters that have no accent to drop folded too ("ø" -> "o",
     * "ß" -> "ss"), a leading "the" dropped, and no spaces: "Al Qaida" and "AlQaida" meet.
     */
    static String letters(String key) {
        String k = key.startsWith("the ") ? key.substring(4) : key;
        StringBuilder sb = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            switch (c) {
                case ' ' -> { }
                case 'ø' -> sb.append('o');
                case 'æ' -> sb.append("ae");
                case 'œ' -> sb.append("oe");
                case 'ß' -> sb.append("ss");
                case 'ł' -> sb.append('l');
                case 'đ', 'ð' -> sb.append('d');
                case 'ı' -> sb.append('i');
                case 'þ' -> sb.append("th");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The letters of an acronym ("NATO", "U.N."), lower case; empty when the form is no acronym. */
    static Optional<String> acronym(String display) {
        String d = display.startsWith("the ") ? display.substring(4) : display;
        return ACRONYM.matcher(d).matches() ? Optional.of(Names.key(d).replace(" ", "")) : Optional.empty();
    }

    /** The acronyms a name of two or more words can have: initials of all words, and of its content words. */
    static Set<String> initials(String key) {
        List<String> words = Names.words(key);
        Set<String> out = new LinkedHashSet<>();
        if (words.size() < 2) {
            return out;
        }
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (String w : words) {
            all.append(w.charAt(0));
            if (!ACRONYM_SKIPPED.contains(w)) {
                content.append(w.charAt(0));
            }
        }
        out.add(all.toString());
        if (content.length() >= 2) {
            out.add(content.toString());
        }
        return out;
    }

    /** "Harbour Safety Board (HSB)" as one name: the expansion and the acronym it states. */
    record Expansion(String expansion, String acronym) {}

    static Optional<Expansion> statedExpansion(String display) {
        Matcher m = STATED_EXPANSION.matcher(display);
        if (!m.matches()) {
            return Optional.empty();
        }
        return acronym(m.group(2).strip()).filter(a -> initialsMatchLoosely(Names.key(m.group(1)), a))
                .map(a -> new Expansion(m.group(1), a));
    }

    /** An acronym whose letters start the expansion's words in order: a sanity check for stated pairs. */
    private static boolean initialsMatchLoosely(String expansionKey, String acronym) {
        List<String> words = Names.words(expansionKey);
        return words.size() >= 2 && !acronym.isEmpty() && words.get(0).charAt(0) == acronym.charAt(0);
    }

    /** An organisation named with its country: which country, and the rest of the name (a key). */
    record Qualified(String country, String core) {}

    /**
     * The country an organisation's name is qualified by, in any of the usual forms: "Japan's Foreign
     * Ministry", "Japanese Foreign Ministry", "Japan Foreign Ministry" and "the Foreign Ministry of Japan"
     * are all (japan, foreign ministry).
     */
    static Optional<Qualified> qualified(String display, Countries countries) {
        Matcher possessive = POSSESSIVE_QUALIFIER.matcher(display);
        if (possessive.matches()) {
            Optional<String> country = countries.country(Names.words(Names.key(possessive.group(1))));
            if (country.isPresent()) {
                return core(Names.key(possessive.group(2))).map(core -> new Qualified(country.get(), core));
            }
        }
        List<String> words = new ArrayList<>(Names.words(Names.key(display)));
        if (!words.isEmpty() && words.get(0).equals("the")) {
            words.remove(0);
        }
        for (int n = Math.min(countries.longestForm(), words.size() - 1); n >= 1; n--) {
            Optional<String> country = countries.country(words.subList(0, n));
            if (country.isPresent()) {
                Optional<String> core = core(String.join(" ", words.subList(n, words.size())));
                if (core.isPresent()) {
                    return Optional.of(new Qualified(country.get(), core.get()));
                }
            }
        }
        int of = words.lastIndexOf("of");
        if (of >= 1 && of < words.size() - 1) {
            List<String> tail = words.subList(of + 1, words.size());
            if (tail.get(0).equals("the")) {
                tail = tail.subList(1, tail.size());
            }
            Optional<String> country = countries.country(tail);
            if (country.isPresent()) {
                return core(String.join(" ", words.subList(0, of))).map(core -> new Qualified(country.get(), core));
            }
        }
        return Optional.empty();
    }

    /** The rest of a qualified name without a leading "the", if anything is left. */
    private static Optional<String> core(String key) {
        String k = key.startsWith("the ") ? key.substring(4) : key;
        return k.isBlank() ? Optional.empty() : Optional.of(k);
    }
}
