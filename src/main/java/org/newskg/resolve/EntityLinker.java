package org.newskg.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.EntityType;
import org.newskg.extract.Names;

/**
 * Links people and organisations of the corpus to Wikipedia pages through a name dictionary with
 * priors (CoreNLP's WikiDict), offline. The dictionary knows strings, not types or context, and
 * links a bare surname to its most famous bearer; so only full names are looked up: a person's
 * names of two or more words, an organisation's names of two or more words, its acronyms, and
 * its one-word names that are not generic words ("Ministry", "Police"). A name's best page must
 * have a prior of at least {@link #MIN_PRIOR}, and must fit the entity: its title, without a
 * bracketed qualifier, is one of the entity's names (or, for an organisation, the acronym of one,
 * or the name the acronym stands for), and a bracketed qualifier ("(film)", "(politician)") does
 * not name another kind of thing. When the names of one entity lead to different pages, it is not
 * linked.
 */
public final class EntityLinker {
    public static final double MIN_PRIOR = 0.5;

    private static final Set<String> GENERIC = Set.of("government", "parliament", "congress", "senate", "police",
            "army", "navy", "military", "ministry", "council", "court", "party", "commission", "committee", "agency",
            "cabinet", "administration", "embassy", "university", "company", "bank", "union", "office", "department");
    private static final Pattern QUALIFIER = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)$");
    /** Words in a page qualifier that say the page is not about a person. */
    private static final Set<String> NOT_A_PERSON = Set.of("film", "album", "song", "band", "novel", "book", "ship",
            "company", "magazine", "newspaper", "tv", "series", "game", "play", "horse", "racehorse", "software", "group",
            "organization", "organisation", "party", "city", "town", "village", "river", "county", "district", "station");
    /** Words in a page qualifier that say the page is about a person. */
    private static final Set<String> A_PERSON = Set.of("politician", "footballer", "actor", "actress", "singer", "musician",
            "businessman", "businesswoman", "diplomat", "journalist", "writer", "author", "born", "athlete", "cricketer",
            "economist", "lawyer", "judge", "general", "officer", "scientist", "player");

    /** An entity of the corpus with every name its articles give it. */
    public record Subject(String iri, EntityType type, Set<String> names) {}

    /** The corpus entities, one per canonical IRI, with the names of all their article-level IRIs. */
    public static List<Subject> subjects(List<EntityRecord> records, Resolution resolution) {
        Map<String, Set<String>> names = new TreeMap<>();
        Map<String, EntityType> types = new TreeMap<>();
        for (EntityRecord r : records) {
            String iri = resolution.canonicalOf(r.iri());
            types.putIfAbsent(iri, r.type());
            Set<String> n = names.computeIfAbsent(iri, k -> new TreeSet<>());
            n.add(r.name());
            n.addAll(r.aliases());
        }
        List<Subject> out = new ArrayList<>();
        names.forEach((iri, n) -> out.add(new Subject(iri, types.get(iri), n)));
        return out;
    }

    private final Function<Set<String>, Map<String, List<WikiDict.Candidate>>> dictionary;

    /** @param dictionary looks up many strings at once, best candidates first ({@link WikiDict#lookup}) */
    public EntityLinker(Function<Set<String>, Map<String, List<WikiDict.Candidate>>> dictionary) {
        this.dictionary = dictionary;
    }

    public List<EntityLink> link(List<Subject> subjects) {
        Set<String> wanted = new HashSet<>();
        subjects.forEach(s -> wanted.addAll(lookupNames(s)));
        Map<String, List<WikiDict.Candidate>> found = dictionary.apply(wanted);
        List<EntityLink> links = new ArrayList<>();
        for (Subject s : subjects) {
            Map<String, String> titleByName = new TreeMap<>();
            double best = 0;
            for (String name : lookupNames(s)) {
                List<WikiDict.Candidate> candidates = found.getOrDefault(name, List.of());
                if (!candidates.isEmpty() && candidates.get(0).prior() >= MIN_PRIOR && fits(s, candidates.get(0).title())) {
                    titleByName.put(name, candidates.get(0).title());
                    best = Math.max(best, candidates.get(0).prior());
                }
            }
            Set<String> titles = new TreeSet<>(titleByName.values());
            if (titles.size() == 1) {
                double prior = best;
                String evidence = "WikiDict: " + String.join(", ", titleByName.keySet().stream()
                        .map(n -> "'" + n + "'").toList()) + " -> " + titles.iterator().next()
                        + String.format(Locale.ROOT, " (prior %.2f); the page title is one of its names", prior);
                links.add(new EntityLink(s.iri(), titles.iterator().next(), prior, evidence));
            }
        }
        return links;
    }

    /** The names worth looking up: full names, never a bare surname or a generic word. */
    static Set<String> lookupNames(Subject s) {
        Set<String> out = new TreeSet<>();
        for (String name : s.names()) {
            int words = Names.words(Names.key(name)).size();
            boolean ok = switch (s.type()) {
                case PERSON -> words >= 2;
                case ORGANIZATION -> words >= 2 || NameForms.acronym(name).isPresent()
                        || (words == 1 && !GENERIC.contains(Names.key(name)));
                case PLACE -> false;
            };
            if (ok) {
                out.add(name);
            }
        }
        return out;
    }

    /** Whether a page title fits the entity: one of its names (or their acronym), of the right kind. */
    static boolean fits(Subject s, String title) {
        String t = title.replace('_', ' ');
        Matcher q = QUALIFIER.matcher(t);
        Optional<String> qualifier = Optional.empty();
        if (q.matches()) {
            t = q.group(1);
            qualifier = Optional.of(q.group(2).toLowerCase(Locale.ROOT));
        }
        Set<String> qualifierWords = qualifier.map(x -> Set.of(x.split("[^\\p{L}]+"))).orElse(Set.of());
        boolean person = s.type() == EntityType.PERSON;
        if (person && qualifierWords.stream().anyMatch(NOT_A_PERSON::contains)) {
            return false;
        }
        if (!person && qualifierWords.stream().anyMatch(A_PERSON::contains)) {
            return false;
        }
        String titleKey = Names.key(t);
        for (String name : s.names()) {
            String key = Names.key(name);
            if (key.equals(titleKey) || NameForms.letters(key).equals(NameForms.letters(titleKey))) {
                return true;
            }
            if (!person && (NameForms.initials(key).contains(titleKey.replace(" ", ""))
                    || NameForms.acronym(name).map(a -> NameForms.initials(titleKey).contains(a)).orElse(false))) {
                return true;
            }
        }
        return false;
    }
}
