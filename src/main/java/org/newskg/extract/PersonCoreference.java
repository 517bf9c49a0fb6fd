package org.newskg.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newskg.extract.EntityLexicon.Gender;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.EntityMention;
import org.newskg.nlp.Token;

/**
 * Within-article coreference of people's names, before any IRI is made: a surname ("Oster", "Mrs
 * Oster"), a first name alone or the first words of a name join the one full name of the article
 * they start or end ("Katrin Oster"), and a name without its middle names joins the one name with them
 * ("Katrin Oster" and "Katrin Anna Oster"). Titles are no part of a name (the hygiene step has taken them
 * off) but say the gender: "Mr"/"Mrs"/"Ms" ({@code person-words.tsv}), and so do the pronouns that
 * follow a name with no other person named in between ("Oster ... she said"). Where two full names
 * fit a short one, the gender decides if it leaves exactly one; otherwise the short name stays on
 * its own rather than guess. A short name whose gender is known never joins a full name of the other
 * gender. Stateless and thread-safe.
 */
final class PersonCoreference {
    /** Evidence counted per gender for one name key. */
    private static final class Votes {
        final Map<Gender, Integer> titles = new EnumMap<>(Gender.class);
        final Map<Gender, Integer> pronouns = new EnumMap<>(Gender.class);

        Gender gender() {
            Gender byTitle = decide(titles, 1);
            return byTitle != Gender.UNKNOWN ? byTitle : decide(pronouns, 2);
        }

        /** The gender with votes when the other has none, or at least {@code ratio} times the other's. */
        private static Gender decide(Map<Gender, Integer> votes, int ratio) {
            int m = votes.getOrDefault(Gender.MALE, 0);
            int f = votes.getOrDefault(Gender.FEMALE, 0);
            if (m > 0 && (f == 0 || ratio > 1 && m >= ratio * f)) {
                return Gender.MALE;
            }
            if (f > 0 && (m == 0 || ratio > 1 && f >= ratio * m)) {
                return Gender.FEMALE;
            }
            return Gender.UNKNOWN;
        }
    }

    /** For each person key that names the same person as a longer key of the article, that key. */
    Map<String, String> joins(AnnotatedArticle doc, List<EntityMention> people, Function<EntityMention, String> keyOf) {
        Map<String, Gender> genders = genders(doc, people, keyOf);
        return joins(genders);
    }

    /** The joins among keys whose gender is known or {@link Gender#UNKNOWN}. */
    static Map<String, String> joins(Map<String, Gender> genders) {
        Map<String, String> joins = new HashMap<>();
        for (String shortKey : genders.keySet()) {
            List<String> shortWords = Names.words(shortKey);
            Gender g = genders.get(shortKey);
            List<String> candidates = genders.keySet().stream()
                    .filter(k -> Names.words(k).size() > shortWords.size())
                    .filter(k -> EntityExtractor.startsOrEndsWith(Names.words(k), shortWords) || withMiddleNames(k, shortKey)
                            || innerName(k, shortKey))
                    .toList();
            List<String> covering = EntityExtractor.keepLongestCovering(candidates);
            // "Meyer" fits "Anthony Meyer" and "Anthony John Charles Meyer": one person, with and without middle names.
            List<String> longest = covering.stream()
                    .filter(c -> covering.stream().noneMatch(o -> !o.equals(c) && withMiddleNames(o, c))).toList();
            List<String> fitting = longest.stream().filter(k -> compatible(g, genders.get(k))).toList();
            if (fitting.size() > 1 && g != Gender.UNKNOWN) {
                fitting = fitting.stream().filter(k -> genders.get(k) == g).toList();
            }
            if (fitting.size() == 1) {
                joins.put(shortKey, fitting.get(0));
            }
        }
        return EntityExtractor.followChains(joins);
    }

    /**
     * "Lula" for "Luiz Inacio Lula da Silva": one capitalised word that is a middle name of a name of
     * four words or more (the name by which Portuguese and Spanish news call a person).
     */
    static boolean innerName(String longerKey, String shorterKey) {
        List<String> longer = Names.words(longerKey);
        List<String> shorter = Names.words(shorterKey);
        return shorter.size() == 1 && longer.size() >= 4 && longer.subList(1, longer.size() - 1).contains(shorter.get(0))
                && shorter.get(0).length() > 3;
    }

    /** "Anthony John Charles Meyer" for "Anthony Meyer": the same first and last words, more in between. */
    static boolean withMiddleNames(String longerKey, String shorterKey) {
        List<String> longer = Names.words(longerKey);
        List<String> shorter = Names.words(shorterKey);
        return shorter.size() >= 2 && longer.size() > shorter.size() && longer.get(0).equals(shorter.get(0))
                && longer.get(longer.size() - 1).equals(shorter.get(shorter.size() - 1));
    }

    private static boolean compatible(Gender a, Gender b) {
        return a == Gender.UNKNOWN || b == Gender.UNKNOWN || a == b;
    }

    /** The gender the article gives each key: by the titles before its mentions, else by the pronouns after them. */
    static Map<String, Gender> genders(AnnotatedArticle doc, List<EntityMention> people, Function<EntityMention, String> keyOf) {
        List<Token> tokens = doc.tokens();
        Map<String, Votes> votes = new java.util.LinkedHashMap<>();
        List<EntityMention> sorted = new ArrayList<>(people);
        sorted.sort(java.util.Comparator.comparingInt(EntityMention::firstToken));
        for (int i = 0; i < sorted.size(); i++) {
            EntityMention m = sorted.get(i);
            Votes v = votes.computeIfAbsent(keyOf.apply(m), k -> new Votes());
            if (EntityHygiene.titleBefore(tokens, m.firstToken())) {
                Gender g = EntityLexicon.title(tokens.get(m.firstToken() - 1).text()).orElseThrow();
                v.titles.merge(g, 1, Integer::sum);
            }
            int next = i + 1 < sorted.size() ? sorted.get(i + 1).firstToken() : tokens.size();
            pronounAfter(doc, m, next).ifPresent(g -> v.pronouns.merge(g, 1, Integer::sum));
        }
        Map<String, Gender> out = new java.util.LinkedHashMap<>();
        votes.forEach((k, v) -> out.put(k, v.gender()));
        return out;
    }

    /** Double quotation marks as the tokenizer keeps them. */
    private static final java.util.Set<String> QUOTES = java.util.Set.of("\"", "``", "''", "\u201c", "\u201d");

    /**
     * The gender of the first third-person pronoun after a mention, in its sentence or the next one,
     * before {@code nextPerson} (the next person's first token) and before a quotation opens or the
     * one the name stands in closes: "Oster said she ...", not '"... Oster's post," she said'.
     */
    private static Optional<Gender> pronounAfter(AnnotatedArticle doc, EntityMention m, int nextPerson) {
        List<Token> tokens = doc.tokens();
        int lastSentence = m.sentence() + 1;
        for (int t = m.endToken(); t < Math.min(tokens.size(), nextPerson) && tokens.get(t).sentence() <= lastSentence; t++) {
            if (QUOTES.contains(tokens.get(t).text())) {
                // A quotation the name stands in closes: '"... for Smith's departure," she said' is its speaker.
                // Or one opens: its pronouns are its speaker's words.
                break;
            }
            if (tokens.get(t).pos().startsWith("PRP")) {
                Optional<Gender> g = EntityLexicon.pronoun(tokens.get(t).text());
                if (g.isPresent()) {
                    return g;
                }
            }
        }
        return Optional.empty();
    }
}
