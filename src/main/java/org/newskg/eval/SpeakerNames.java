package org.newskg.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether the speaker the system gives is the speaker of the gold. Names are compared
 * as words after normalisation (accents, case, punctuation and a possessive "'s" ignored;
 * articles and honorific or office titles dropped): the system's name is the gold's when its
 * last word (surname, or the head noun of a description) is the gold's last word and every other
 * word of it is in the gold too. So "Ekdal", "Mr Ekdal" and "Prime Minister Jan Ekdal" are
 * "Jan Ekdal", "spokesman" is "a government spokesman", "the minister" is "the foreign
 * minister", but "Maria Ekdal" is not "Jan Ekdal" and "the Interior Ministry" not "an Interior
 * Ministry spokesman"; the full name after a title of any length is right too ("Secretary of State Jane
 * Roe"). A name (capitalised words) that fits two gold speakers of the same article is
 * ambiguous, so wrong. The system's resolved entity is judged when there is one (it is what the
 * graph stores), else the words it wrote.
 */
public final class SpeakerNames {
    /** How the system's speaker compares with the gold speaker. */
    public enum Verdict {
        /** The same person or body (or both name nobody). */
        RIGHT,
        /** Somebody else. */
        WRONG,
        /** A surname that fits several gold speakers of the article. */
        AMBIGUOUS,
        /** A pronoun the system did not resolve. */
        PRONOUN,
        /** No speaker, where the gold names one. */
        NONE,
        /** A speaker, where the article names nobody. */
        INVENTED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    // Words that come before a name without being part of it; the scorer's, not an extraction rule.
    private static final Set<String> DROPPED = Set.of("the", "a", "an", "mr", "mrs", "ms", "miss", "mx", "dr", "sir",
            "dame", "lady", "lord", "prof", "professor", "rev", "reverend", "president", "prime", "minister",
            "chancellor", "secretary", "senator", "sen", "rep", "representative", "gov", "governor", "mayor", "judge",
            "justice", "gen", "general", "foreign", "home", "deputy", "former", "attorney", "archbishop", "bishop",
            "cardinal", "rabbi", "imam", "sheikh");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her",
            "them", "us", "me", "his", "hers", "their", "its", "who", "this", "that", "one");

    private SpeakerNames() {}

    /**
     * @param system      the system's statement
     * @param gold        the gold speaker and its alternatives, empty when the article names nobody
     * @param allSpeakers every gold speaker of the article, for the ambiguity check
     */
    public static Verdict judge(SystemSpeech system, List<String> gold, Collection<List<String>> allSpeakers) {
        Optional<String> text = system.speakerText().filter(t -> !words(t).isEmpty());
        Optional<String> entity = system.speakerEntity().filter(t -> !words(t).isEmpty());
        if (gold.isEmpty()) {
            return text.isEmpty() && entity.isEmpty() ? Verdict.RIGHT : Verdict.INVENTED;
        }
        // The entity is what the graph says spoke; the words count only where there is none.
        Optional<String> name = entity.or(() -> text);
        if (name.isEmpty()) {
            return Verdict.NONE;
        }
        if (gold.stream().anyMatch(g -> sameSpeaker(name.get(), g))) {
            boolean other = isProperName(name.get()) && allSpeakers.stream().filter(s -> !sharesName(s, gold))
                    .anyMatch(s -> s.stream().anyMatch(g -> sameSpeaker(name.get(), g)));
            return other ? Verdict.AMBIGUOUS : Verdict.RIGHT;
        }
        return entity.isEmpty() && isPronoun(name.get()) ? Verdict.PRONOUN : Verdict.WRONG;
    }

    /** Whether the system's name fits the gold name (see the class comment). */
    public static boolean sameSpeaker(String system, String gold) {
        List<String> s = core(words(system));
        List<String> g = core(words(gold));
        if (s.isEmpty() || g.isEmpty()) {
            // Only title words ("the minister"): the same rule on them, articles aside.
            s = words(system).stream().filter(w -> !ARTICLES.contains(w)).toList();
            g = words(gold).stream().filter(w -> !ARTICLES.contains(w)).toList();
        }
        // Title + full name, however long the title ("Secretary of State Jane Roe").
        return fits(s, g) || words(system).size() > g.size() && endsWith(words(system), g);
    }

    private static boolean endsWith(List<String> words, List<String> tail) {
        return words.subList(words.size() - tail.size(), words.size()).equals(tail);
    }

    // A name, not a description: its words other than titles are capitalised ("Okafor", not "officials").
    private static boolean isProperName(String name) {
        List<String> raw = Arrays.stream(name.split("[^\\p{L}\\p{N}'’.]+")).filter(w -> !w.isEmpty())
                .filter(w -> !DROPPED.contains(words(w).isEmpty() ? "" : words(w).get(0))).toList();
        return !raw.isEmpty() && raw.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }

    private static boolean fits(List<String> system, List<String> gold) {
        return !system.isEmpty() && !gold.isEmpty() && system.get(system.size() - 1).equals(gold.get(gold.size() - 1))
                && gold.containsAll(system);
    }

    public static boolean isPronoun(String text) {
        List<String> w = words(text);
        return w.size() == 1 && PRONOUNS.contains(w.get(0));
    }

    /** Lower-case words of letters and digits, accents and a final possessive dropped. */
    static List<String> words(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[.'’]", "").replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
    }

    private static List<String> core(List<String> words) {
        return words.stream().filter(w -> !DROPPED.contains(w)).toList();
    }

    // Two gold entries that share a name are alternatives for one speaker, not two people.
    private static boolean sharesName(List<String> a, List<String> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> words(x).equals(words(y))));
    }
}
