package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.EntityMention;
import org.newskg.nlp.Token;

/**
 * Finds the people, organisations and places of one article and joins each one's mentions.
 * The recogniser's names are first repaired ({@link NameRepairs}) and checked against the article's
 * evidence ({@link EntityHygiene}: titles, picture credits, common words, outlets, one-word "people"
 * with nothing that makes them people); what is not kept is listed with its reason
 * ({@link ArticleFacts#notKept()}). Within an article a short person name ("Smith", "Mrs Smith")
 * joins the one full name it is part of ("Jane Smith"), the gender the article gives deciding
 * between two ({@link PersonCoreference}), and an organisation's last words ("the Commission") the
 * one longer name they end ("European Commission"); where two full names share it, it stays on its
 * own rather than guess. An article that is not English gets no entities ({@link EnglishText}).
 * Stateless and thread-safe.
 */
public final class EntityExtractor {
    private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$", "DT", "EX");
    private static final int MAX_NAME_CHARS = 80;
    private static final Countries COUNTRIES = Countries.standard();
    private static final Set<String> BRANCH_WORDS = RuleFiles.words("organization-branch-words.tsv");

    private final NameRepairs repairs = new NameRepairs();
    private final EntityHygiene hygiene = new EntityHygiene();
    private final PersonCoreference people = new PersonCoreference();

    public ArticleFacts extract(AnnotatedArticle annotated) {
        if (!EnglishText.looksEnglish(annotated.tokens())) {
            // The rules and lists here are English ones: on another language they make junk.
            List<NotKept> all = annotated.mentions().stream().filter(m -> EntityType.fromNer(m.type()).isPresent())
                    .map(m -> new NotKept(m.text(), m.span(), m.type(), "the article is not in English")).toList();
            return new ArticleFacts(annotated.article(), List.of(), List.of(), List.of(), List.of(), List.of(), all);
        }
        NameRepairs.Repaired repaired = repairs.repair(annotated);
        // Candidates: names of the kinds kept ("foreign ministry" of a country is named by the repairs).
        List<EntityMention> candidates = repaired.mentions().stream()
                .filter(m -> EntityType.fromNer(m.type()).isPresent()
                        && (repaired.names().containsKey(m.span()) || isName(m, annotated.tokensOf(m))))
                .toList();
        EntityHygiene.Checked checked = hygiene.check(annotated, candidates);
        List<NotKept> notKept = new ArrayList<>(checked.notKept());
        Map<EntityType, List<Mention>> byType = new LinkedHashMap<>();
        List<EntityMention> persons = new ArrayList<>();
        for (EntityMention m : checked.kept()) {
            EntityType type = EntityType.fromNer(m.type()).orElseThrow();
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(new Mention(m.text(), m.span(), m.type(), m.sentence()));
            if (type == EntityType.PERSON) {
                persons.add(m);
            }
        }
        Function<Mention, String> nameOf = m -> repaired.names().getOrDefault(m.span(), m.text());
        Map<String, String> personJoins = people.joins(annotated, persons, m -> Names.key(m.text()));
        List<Entity> entities = new ArrayList<>();
        // People first: a "person" the article uses as a company ("X announced its ...") joins the organisations.
        Set<String> organizationNames = byType.getOrDefault(EntityType.ORGANIZATION, List.of()).stream()
                .map(m -> Names.key(m.text())).collect(Collectors.toSet());
        for (Entity p : group(EntityType.PERSON, byType.getOrDefault(EntityType.PERSON, List.of()), nameOf, personJoins)) {
            String work = WorkTitleEvidence.of(annotated, p, checked.titled());
            if (work != null) {
                // "the X series", "X the pig": no person, and newskg has no type for works
                Mention first = p.mentions().get(0);
                notKept.add(new NotKept(p.name(), first.span(), first.nerLabel(), work));
            } else if (OrganizationEvidence.of(annotated, p, checked.titled(), organizationNames) != null) {
                byType.computeIfAbsent(EntityType.ORGANIZATION, t -> new ArrayList<>()).addAll(p.mentions());
            } else {
                entities.add(p);
            }
        }
        byType.forEach((type, mentions) -> {
            if (type != EntityType.PERSON) {
                entities.addAll(group(type, mentions, nameOf, personJoins));
            }
        });
        entities.removeIf(e -> {
            String why = e.type() == EntityType.PERSON ? EntityHygiene.loneWordPerson(annotated, e, checked.titled()) : null;
            if (why != null) {
                Mention first = e.mentions().get(0);
                notKept.add(new NotKept(e.name(), first.span(), first.nerLabel(),
                        why + (e.mentions().size() > 1 ? " (" + e.mentions().size() + " mentions)" : "")));
            }
            return why != null;
        });
        entities.sort(Comparator.comparingInt((Entity e) -> e.mentions().get(0).span().begin())
                .thenComparing(e -> e.type()));
        notKept.sort(Comparator.comparingInt(n -> n.span().begin()));
        return new ArticleFacts(annotated.article(), entities, List.of(), List.of(), List.of(), List.of(), notKept);
    }

    /** Pronouns, lower-case words and runaway spans are not names. */
    private static boolean isName(EntityMention m, List<Token> tokens) {
        if (m.text().length() > MAX_NAME_CHARS || Names.key(m.text()).isEmpty()) {
            return false;
        }
        if (tokens.stream().allMatch(t -> PRONOUN_TAGS.contains(t.pos()))) {
            return false;
        }
        return m.text().codePoints().anyMatch(Character::isUpperCase);
    }

    /** One entity per name; {@code nameOf} gives a mention's name where it is not its words ("Foreign Ministry of China"). */
    private static List<Entity> group(EntityType type, List<Mention> mentions, Function<Mention, String> nameOf,
            Map<String, String> personJoins) {
        Map<String, List<Mention>> byKey = mentions.stream()
                .collect(Collectors.groupingBy(m -> Names.key(nameOf.apply(m)), LinkedHashMap::new, Collectors.toList()));
        Map<String, String> joinTo = switch (type) {
            case PERSON -> personJoins;
            case ORGANIZATION -> withPlurals(headToFullNames(byKey.keySet()), byKey.keySet());
            case PLACE -> countryForms(byKey.keySet());
        };
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        byKey.forEach((key, ms) -> groups.computeIfAbsent(joinTo.getOrDefault(key, key), k -> new ArrayList<>()).addAll(ms));

        List<Entity> out = new ArrayList<>();
        groups.forEach((key, ms) -> {
            ms.sort(Comparator.comparingInt(m -> m.span().begin()));
            Optional<String> country = type == EntityType.PLACE ? COUNTRIES.byName(key).map(Countries.Country::name)
                    .filter(n -> Names.key(n).equals(key)) : Optional.empty();
            // "Ardent" and "Ardent Motor Company": named "Ardent", as articles that say only that name it.
            Optional<String> core = type == EntityType.ORGANIZATION ? coreName(key, joinTo) : Optional.empty();
            List<Mention> naming = core.map(c -> ms.stream().filter(m -> Names.key(nameOf.apply(m)).equals(c)).toList()).orElse(ms);
            String name = country.orElseGet(() -> ms.stream().filter(m -> !nameOf.apply(m).equals(m.text())).findFirst()
                    .map(m -> Names.display(nameOf.apply(m))).orElseGet(() -> canonicalName(naming)));
            Set<String> aliases = new TreeSet<>();
            for (Mention m : ms) {
                String form = Names.display(m.text());
                if (!form.equals(name)) {
                    aliases.add(form);
                }
            }
            Optional<String> subtype = type == EntityType.PLACE ? mostFrequent(ms, Mention::nerLabel)
                    .filter(label -> !label.equals("LOCATION")) : Optional.empty();
            out.add(new Entity(type, name, subtype, List.copyOf(aliases), ms));
        });
        return out;
    }

    /** The shortest first words of an organisation's full name that the article also uses alone, if any. */
    private static Optional<String> coreName(String key, Map<String, String> joinTo) {
        List<String> full = Names.words(key);
        return joinTo.entrySet().stream()
                .filter(j -> j.getValue().equals(key))
                .map(Map.Entry::getKey)
                .filter(k -> full.subList(0, Names.words(k).size()).equals(Names.words(k)))
                .min(Comparator.comparingInt((String k) -> Names.words(k).size()).thenComparing(k -> k));
    }

    /**
     * For each person key that is the first or last words of exactly one longer name key, that
     * longer key. "oster" -> "katrin oster"; "zhou" -> "zhou li" (family name first).
     */
    static Map<String, String> shortToFullNames(Set<String> keys) {
        Map<String, EntityLexicon.Gender> unknown = new LinkedHashMap<>();
        keys.forEach(k -> unknown.put(k, EntityLexicon.Gender.UNKNOWN));
        return PersonCoreference.joins(unknown);
    }

    /**
     * For organisations, a short form is the last words of one longer name ("the Commission" for
     * the "European Commission" the article names) or its first words ("Ardent" for "Ardent Motor
     * Company", "Ardent Inc."), unless those first words are a country's name or demonym
     * ("European" or "Danish" say where, not which).
     */
    static Map<String, String> headToFullNames(Set<String> keys) {
        return joinsOfShortForms(keys, (words, part) -> words.subList(words.size() - part.size(), words.size()).equals(part)
                || words.subList(0, part.size()).equals(part) && !isPlaceWord(String.join(" ", part))
                        && !namesABranch(words.subList(part.size(), words.size())));
    }

    /**
     * A one-word organisation name and its plural in one article ("Tory" and "Tories", a party's
     * member word and its members) are one organisation, named by the plural.
     */
    static Map<String, String> withPlurals(Map<String, String> joins, Set<String> keys) {
        Map<String, String> out = new HashMap<>(joins);
        for (String k : keys) {
            String plural = plural(k);
            if (!plural.equals(k) && !k.contains(" ") && keys.contains(plural) && !out.containsKey(k)) {
                out.put(k, out.getOrDefault(plural, plural));
            }
        }
        return out;
    }

    /** An English plural of one word: "tory" -> "tories", "democrat" -> "democrats"; a word ending in s stays. */
    public static String plural(String word) {
        if (word.endsWith("s")) {
            return word;
        }
        if (word.endsWith("y") && word.length() > 2 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    /**
     * Whether the words after an organisation's first words name a channel, branch or subsidiary
     * ("BBC One", "GM Europe", "Channel 4"): all numbers, ordinals or place words
     * ({@code organization-branch-words.tsv}, countries and demonyms).
     */
    static boolean namesABranch(List<String> rest) {
        return !rest.isEmpty() && rest.stream().allMatch(w -> w.chars().allMatch(Character::isDigit)
                || BRANCH_WORDS.contains(w) || isPlaceWord(w));
    }

    private static boolean isPlaceWord(String key) {
        return COUNTRIES.byName(key).isPresent() || COUNTRIES.byDemonym(key).isPresent() || key.endsWith("ean")
                || key.endsWith("ian") || key.endsWith("ese");
    }

    /**
     * The names of one country in an article ("US", "the United States", "America") join the
     * country table's name for it ({@code countries.tsv}), so each article names it alike.
     */
    static Map<String, String> countryForms(Set<String> keys) {
        Map<String, String> joins = new HashMap<>();
        for (String k : keys) {
            COUNTRIES.byName(k).map(c -> Names.key(c.name())).filter(target -> !target.equals(k)).ifPresent(t -> joins.put(k, t));
        }
        return joins;
    }

    private static Map<String, String> joinsOfShortForms(Set<String> keys,
            java.util.function.BiPredicate<List<String>, List<String>> isShortFormOf) {
        Map<String, String> joins = new HashMap<>();
        for (String shortKey : keys) {
            List<String> shortWords = Names.words(shortKey);
            List<String> candidates = keys.stream()
                    .filter(k -> Names.words(k).size() > shortWords.size())
                    .filter(k -> isShortFormOf.test(Names.words(k), shortWords))
                    .toList();
            // Only the longest candidates count: "Smith" may sit in "Jane Smith" and "Jane Ann Smith".
            List<String> longest = keepLongestCovering(candidates);
            if (longest.size() == 1) {
                joins.put(shortKey, longest.get(0));
            }
        }
        return followChains(joins);
    }

    /** Joins with chains followed, so that every short form lands on its fullest name. */
    static Map<String, String> followChains(Map<String, String> joins) {
        Map<String, String> resolved = new HashMap<>();
        joins.forEach((k, v) -> {
            String target = v;
            while (joins.containsKey(target)) {
                target = joins.get(target);
            }
            resolved.put(k, target);
        });
        return resolved;
    }

    static List<String> keepLongestCovering(List<String> candidates) {
        return candidates.stream()
                .filter(c -> candidates.stream().noneMatch(o -> !o.equals(c)
                        && Names.words(o).size() > Names.words(c).size()
                        && containsRun(Names.words(o), Names.words(c))))
                .toList();
    }

    static boolean startsOrEndsWith(List<String> words, List<String> part) {
        int n = part.size();
        return words.subList(0, n).equals(part) || words.subList(words.size() - n, words.size()).equals(part);
    }

    private static boolean containsRun(List<String> words, List<String> part) {
        for (int i = 0; i + part.size() <= words.size(); i++) {
            if (words.subList(i, i + part.size()).equals(part)) {
                return true;
            }
        }
        return false;
    }

    /** The fullest form the article uses: most words first, then most frequent, then first seen. */
    private static String canonicalName(List<Mention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : mentions) {
            counts.merge(Names.display(m.text()), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> Names.words(Names.key(e.getKey())).size())
                        .thenComparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -indexOf(counts, e.getKey())))
                .orElseThrow()
                .getKey();
    }

    private static int indexOf(Map<String, Integer> ordered, String key) {
        int i = 0;
        for (String k : ordered.keySet()) {
            if (k.equals(key)) {
                return i;
            }
            i++;
        }
        return i;
    }

    private static <T> Optional<String> mostFrequent(List<T> items, Function<T, String> f) {
        Map<String, Long> counts = items.stream().collect(Collectors.groupingBy(f, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
