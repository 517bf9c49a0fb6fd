package org.newskg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newskg.extract.EntityType;
import org.newskg.extract.Names;

/**
 * Links the people, organisations and places of each article to Wikipedia pages through
 * CoreNLP's WikiDict ({@link WikiDictIndex}), offline, using the article as context; then one page
 * per entity of the corpus.
 *
 * <p><b>Which names are looked up.</b> The dictionary knows strings, not types, and gives a bare
 * surname to its most famous bearer; so a person is looked up by names of two or more words only,
 * an organisation by names of two or more words, acronyms and one-word names that are not generic
 * words ("Ministry"), a place by any name.
 *
 * <p><b>Which page.</b> (1) The page the names most often link to in Wikipedia (below); failing that
 * (2) <i>context</i>: a page named exactly so with a qualifier
 * that the same article supports ("Paris,_Texas" where the article names Texas, "Labour_Party_(Norway)"
 * where it names Norway or Norwegians' places: the qualifier is a name of another entity of the article,
 * or links to the page another entity of the article links to, and Wikipedia refers to it at least a
 * quarter as much as to the best-known page of that name), or for an organisation the page that
 * its name "of" a place the article links links to ("Cabinet" -> "Cabinet of the United Kingdom" where
 * the article's "Britain" links to United_Kingdom), when exactly one such page fits.
 * The page a name most often links to counts when that share of its links (the prior) is at
 * least {@link #MIN_PRIOR} and the page fits the entity: its title, without a qualifier, is one of the
 * entity's names (or, for organisations and places, their acronym, the rest of a name that only adds
 * generic words such as "Party" or "News", or for places another name of the same country in the
 * country table), and a qualifier does not name another kind of thing ("(film)" for a person,
 * "(politician)" for an organisation). A two-letter name ("LA", "CA") is ambiguous: it links by its
 * prior only when that is at least {@link #SHORT_PRIOR}, or when another entity of the same article
 * links to the same page or is named by its title (the state or country named beside it, "General
 * Motors" beside "GM"). A page that another page of the same
 * name outweighs (more strings of Wikipedia link to "Washington,_D.C." than to "Washington") is
 * ambiguous, and left to the context. (3) Failing both, an organisation's name ("Cabinet",
 * "Treasury", "Tories", "Independence Party") is the institution or party of the country the article is about, looked up as
 * "British Cabinet", "British Tories" ({@link CountryForms}, {@code country-forms.tsv}). A page without qualifier gives way to a namesake with one that the
 * article supports and Wikipedia refers to at least half as much. When the names of one entity in one article lead to different
 * pages, that entity is not linked in that article.
 *
 * <p><b>One page per corpus entity.</b> A canonical entity gets the page its articles agree on; when
 * two articles give it different pages, it is not linked. The confidence is the best prior, or
 * {@link #CONTEXT_CONFIDENCE} for a page chosen by context; the evidence says which
 * names, which rule and which words of the article led there. Stateless apart from the dictionary.
 */
public final class EntityLinker {
    public static final double MIN_PRIOR = 0.5;
    public static final double SHORT_PRIOR = 0.65;
    public static final double CONTEXT_CONFIDENCE = 0.8;
    public static final double COUNTRY_FORM_PRIOR = 0.6;

    private static final Set<String> GENERIC = Set.of("government", "parliament", "congress", "senate", "police",
            "army", "navy", "military", "ministry", "council", "court", "party", "commission", "committee", "agency",
            "cabinet", "administration", "embassy", "university", "company", "bank", "union", "office", "department");
    /** Words an organisation's page title may add to the name articles use ("Kyodo" -> "Kyodo News", "Eton" -> "Eton College"). */
    private static final Set<String> ORG_WORDS = Set.of("party", "news", "press", "agency", "group", "company",
            "corporation", "inc", "ltd", "limited", "organization", "organisation", "association", "of", "the", "and",
            "service", "network", "newspaper", "broadcasting", "international", "club", "movement", "front", "college",
            "school", "university");
    /** Words a place's page title may add to the name articles use ("Kalahari" -> "Kalahari Desert"). */
    private static final Set<String> PLACE_WORDS = Set.of("desert", "river", "mountains", "mountain", "island", "islands",
            "lake", "sea", "ocean", "valley", "peninsula", "strait", "bay", "city", "county", "province", "region", "of",
            "the");
    /** Lower-case words that name titles of named things still have ("Bank of England", "Isle of Man"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "on", "in", "at", "de", "du",
            "des", "la", "le", "del", "da", "do", "dos", "das", "van", "von", "der", "den", "y", "e", "upon", "a", "an",
            "to", "by", "with", "al", "bin", "ibn", "el");
    /** Words in a page qualifier that say the page is not about a person. */
    private static final Set<String> NOT_A_PERSON = Set.of("film", "album", "song", "band", "novel", "book", "ship",
            "company", "magazine", "newspaper", "tv", "series", "game", "play", "horse", "racehorse", "software", "group",
            "organization", "organisation", "party", "city", "town", "village", "river", "county", "district", "station",
            "state", "country", "province", "region");
    /** Words in a page qualifier that say the page is about a person. */
    private static final Set<String> A_PERSON = Set.of("politician", "footballer", "actor", "actress", "singer", "musician",
            "businessman", "businesswoman", "diplomat", "journalist", "writer", "author", "born", "athlete", "cricketer",
            "economist", "lawyer", "judge", "general", "officer", "scientist", "player", "presenter", "bishop", "rapper");
    /** Words in a page qualifier that say the page is about a work or a thing, not a place or an organisation. */
    private static final Set<String> A_WORK = Set.of("film", "album", "song", "novel", "book", "ship", "tv", "series",
            "game", "play", "horse", "racehorse", "software", "episode", "comics", "character", "surname", "name",
            "given", "mythology", "disambiguation");
    private static final Set<String> PLACE_NOT = Set.of("band", "company", "magazine", "newspaper", "party",
            "organization", "organisation", "club", "team");

    private final WikiDictIndex dictionary;
    private final Countries countries = Countries.standard();

    public EntityLinker(WikiDictIndex dictionary) {
        this.dictionary = dictionary;
    }

    /** The page one article gives one of its entities, with why. */
    public record Found(String title, double confidence, String evidence) {}

    /** An entity of one article: the key of per-article links. */
    public record InArticle(String article, String iri) {}

    /**
     * Each article's entities linked with that article as context: (article, article-level IRI) -> page.
     * Entities without a page are left out.
     */
    public Map<InArticle, Found> linkArticles(List<EntityRecord> records) {
        Map<String, List<EntityRecord>> byArticle = new TreeMap<>();
        records.forEach(r -> byArticle.computeIfAbsent(r.article(), a -> new ArrayList<>()).add(r));
        Map<InArticle, Found> out = new LinkedHashMap<>();
        Map<String, Optional<WikiDictIndex.Anchor>> anchors = new HashMap<>();
        for (List<EntityRecord> article : byArticle.values()) {
            // Round one by the dictionary alone; round two with the other entities' pages as context.
            Map<String, Found> first = new HashMap<>();
            for (EntityRecord r : article) {
                decide(r, Context.NONE, anchors).ifPresent(f -> first.put(r.iri(), f));
            }
            for (EntityRecord r : article) {
                Context context = Context.of(article, first, r.iri());
                decide(r, context, anchors).ifPresent(f -> out.put(new InArticle(r.article(), r.iri()), f));
            }
        }
        return out;
    }

    /** What the other entities of an article say: their names (keys) and the pages they link to. */
    private record Context(Map<String, String> nameKeys, Map<String, String> titles,
            Optional<org.newskg.extract.Countries.Country> country) {
        static final Context NONE = new Context(Map.of(), Map.of(), Optional.empty());

        static Context of(List<EntityRecord> article, Map<String, Found> links, String except) {
            Map<String, String> names = new HashMap<>();
            Map<String, String> titles = new HashMap<>();
            for (EntityRecord r : article) {
                if (r.iri().equals(except)) {
                    continue;
                }
                names.put(Names.key(r.name()), r.name());
                r.aliases().forEach(a -> names.put(Names.key(a), a));
                Found f = links.get(r.iri());
                if (f != null) {
                    titles.put(f.title(), r.name());
                }
            }
            Map<String, String> pageOfIri = new HashMap<>();
            links.forEach((iri, f) -> pageOfIri.put(iri, f.title()));
            return new Context(names, titles, CountryForms.articleCountry(article, pageOfIri));
        }
    }

    private Optional<WikiDictIndex.Anchor> anchor(String name, Map<String, Optional<WikiDictIndex.Anchor>> cache) {
        return cache.computeIfAbsent(name, dictionary::anchor);
    }

    private Optional<Found> decide(EntityRecord r, Context context, Map<String, Optional<WikiDictIndex.Anchor>> anchors) {
        Set<String> names = lookupNames(r.type(), allNames(r));
        if (names.isEmpty()) {
            return inCountry(r, context, anchors);
        }
        Optional<Found> byPrior = byPrior(r, names, context, anchors);
        if (byPrior.isPresent()) {
            return Optional.of(specific(r.type(), byPrior.get(), context, anchors));
        }
        // Failing the prior, a namesake page whose qualifier the article supports.
        Map<String, String> byContext = new TreeMap<>();
        for (String name : names) {
            List<WikiDictIndex.Page> namesakes = dictionary.pagesNamed(name);
            int most = namesakes.isEmpty() ? 0 : namesakes.get(0).anchors();
            for (WikiDictIndex.Page page : namesakes) {
                Optional<String> q = WikiDictIndex.qualifier(page.title());
                // A stub or a village that Wikipedia hardly refers to is not what a news story means.
                if (q.isEmpty() || !kindFits(r.type(), page.title()) || page.anchors() * 4 < most) {
                    continue;
                }
                supportOf(q.get(), context, anchors).ifPresent(why -> byContext.putIfAbsent(page.title(),
                        "'" + name + "' names the page " + page.title() + ", whose qualifier the article supports: " + why));
            }
        }
        if (r.type() == EntityType.ORGANIZATION) {
            // "Cabinet", "Central Bank" in an article about one country: "Cabinet of the United Kingdom".
            for (String name : names) {
                for (var linked : context.titles().entrySet()) {
                    String place = WikiDictIndex.baseName(linked.getKey());
                    for (String form : List.of(name + " of " + place, name + " of the " + place)) {
                        anchor(form, anchors).filter(a -> a.prior() >= MIN_PRIOR && kindFits(r.type(), a.title()))
                                .ifPresent(a -> byContext.putIfAbsent(a.title(), "'" + form + "' links to " + a.title()
                                        + String.format(Locale.ROOT, " (prior %.2f)", a.prior()) + ", and the article names '"
                                        + linked.getValue() + "'"));
                    }
                }
            }
        }
        if (byContext.size() == 1) {
            var e = byContext.entrySet().iterator().next();
            return Optional.of(new Found(e.getKey(), CONTEXT_CONFIDENCE, "WikiDict, context: " + e.getValue()));
        }
        return inCountry(r, context, anchors);
    }

    /**
     * An organisation name that nothing else linked as the institution or party of the article's country
     * ({@link CountryForms}): "Cabinet" in an article about the UK is looked up as "British Cabinet",
     * "Congress" in one about Brazil as "Brazilian Congress", "Independence Party" as "UK Independence Party". The first form that links with a prior of
     * at least {@link #COUNTRY_FORM_PRIOR} to a named organisation's page (not a country, a list or a
     * kind of thing, nor a page titled with the demonym: "American Jobs" is a thing of its own, not the
     * article's "Jobs") decides.
     */
    private Optional<Found> inCountry(EntityRecord r, Context context, Map<String, Optional<WikiDictIndex.Anchor>> anchors) {
        if (r.type() != EntityType.ORGANIZATION || context.country().isEmpty()) {
            return Optional.empty();
        }
        for (String name : allNames(r)) {
            if (NameForms.acronym(name).isPresent()) {
                continue;
            }
            for (String form : CountryForms.forms(name, context.country().get())) {
                Optional<WikiDictIndex.Anchor> a = anchor(form, anchors).filter(x -> x.prior() >= COUNTRY_FORM_PRIOR
                        && kindFits(EntityType.ORGANIZATION, x.title()) && !isConcept(x.title())
                        && !x.title().startsWith("List_of") && !CountryForms.opensWithDemonym(x.title(), context.country().get())
                        && CountryForms.countryOfTitle(x.title())
                                .filter(c -> WikiDictIndex.baseName(x.title()).equals(c.name())
                                        || c.nameKeys().contains(Names.key(WikiDictIndex.baseName(x.title())))).isEmpty());
                if (a.isPresent()) {
                    return Optional.of(new Found(a.get().title(), CONTEXT_CONFIDENCE, "WikiDict, the article's country "
                            + context.country().get().name() + ": '" + form + "' -> " + a.get().title()
                            + String.format(Locale.ROOT, " (prior %.2f)", a.get().prior())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A page without qualifier gives way to the one namesake with a qualifier that the article supports
     * and that Wikipedia refers to at least half as much ("Electoral_Commission" to
     * "Electoral_Commission_(United_Kingdom)" in an article naming the UK; not "Ukraine" to a village
     * "Ukraine,_Russia" in an article naming Russia).
     */
    private Found specific(EntityType type, Found general, Context context, Map<String, Optional<WikiDictIndex.Anchor>> anchors) {
        if (WikiDictIndex.qualifier(general.title()).isPresent()) {
            return general;
        }
        List<WikiDictIndex.Page> namesakes = dictionary.pagesNamed(WikiDictIndex.baseName(general.title()));
        int own = namesakes.stream().filter(p -> p.title().equals(general.title())).mapToInt(WikiDictIndex.Page::anchors)
                .findFirst().orElse(0);
        Map<String, String> supported = new TreeMap<>();
        for (WikiDictIndex.Page p : namesakes) {
            Optional<String> q = WikiDictIndex.qualifier(p.title());
            if (q.isPresent() && p.anchors() * 2 >= own && kindFits(type, p.title()) && !isConcept(p.title())) {
                supportOf(q.get(), context, anchors).ifPresent(why -> supported.put(p.title(), why));
            }
        }
        if (supported.size() != 1) {
            return general;
        }
        var e = supported.entrySet().iterator().next();
        return new Found(e.getKey(), Math.min(general.confidence(), CONTEXT_CONFIDENCE), general.evidence()
                + "; the article chooses the namesake " + e.getKey() + ": " + e.getValue());
    }

    /** The page the names most often link to, if they agree and it fits. */
    private Optional<Found> byPrior(EntityRecord r, Set<String> names, Context context,
            Map<String, Optional<WikiDictIndex.Anchor>> anchors) {
        Map<String, String> titleByName = new TreeMap<>();
        double best = 0;
        for (String name : names) {
            Optional<WikiDictIndex.Anchor> a = anchor(name, anchors);
            if (a.isEmpty() || a.get().prior() < MIN_PRIOR || !fits(r.type(), fitNames(r), a.get().title())) {
                continue;
            }
            if (isShort(name) && a.get().prior() < SHORT_PRIOR && !context.titles().containsKey(a.get().title())
                    && !namesItsPage(context, a.get().title())) {
                continue;
            }
            titleByName.put(name, a.get().title());
            best = Math.max(best, a.get().prior());
        }
        Set<String> titles = new TreeSet<>(titleByName.values());
        if (titles.size() > 1) {
            titles = spelledOut(titleByName);
        }
        if (titles.size() != 1) {
            return Optional.empty();
        }
        String title = titles.iterator().next();
        if (dwarfed(title)) {
            return Optional.empty();
        }
        String evidence = "WikiDict: " + String.join(", ", titleByName.keySet().stream().map(n -> "'" + n + "'").toList())
                + " -> " + title + String.format(Locale.ROOT, " (prior %.2f)", best)
                + Optional.ofNullable(context.titles().get(title)).map(o -> "; the article's '" + o + "' links there too")
                        .orElse("");
        return Optional.of(new Found(title, best, evidence));
    }

    /**
     * When an entity's acronym links to another page than its full names ("PCS" -> a telephone
     * service, "Public and Commercial Services Union" -> the union), the full names decide: the
     * article itself spelled the acronym out. The pages of the names that are no acronym, when they agree.
     */
    static Set<String> spelledOut(Map<String, String> titleByName) {
        Set<String> full = new TreeSet<>();
        titleByName.forEach((name, title) -> {
            if (NameForms.acronym(name).isEmpty()) {
                full.add(title);
            }
        });
        return full;
    }

    /** Whether the article names the page's subject by its title ("General Motors" for General_Motors beside "GM"). */
    private static boolean namesItsPage(Context context, String title) {
        return context.nameKeys().containsKey(Names.key(WikiDictIndex.baseName(title)));
    }

    /**
     * Whether another page of the same name is referred to more in Wikipedia than this one ("Washington"
     * against "Washington,_D.C."): then the name is ambiguous, and only the article's context may choose.
     */
    private boolean dwarfed(String title) {
        List<WikiDictIndex.Page> namesakes = dictionary.pagesNamed(WikiDictIndex.baseName(title));
        int own = namesakes.stream().filter(p -> p.title().equals(title)).mapToInt(WikiDictIndex.Page::anchors).findFirst()
                .orElse(0);
        return namesakes.stream().anyMatch(p -> !p.title().equals(title) && p.anchors() > own);
    }

    /** Why the article supports a page qualifier: it names it, or one of its entities links to the page it names. */
    private Optional<String> supportOf(String qualifier, Context context, Map<String, Optional<WikiDictIndex.Anchor>> anchors) {
        String named = context.nameKeys().get(Names.key(qualifier));
        if (named != null) {
            return Optional.of("it names '" + named + "'");
        }
        if (context.titles().isEmpty()) {
            return Optional.empty();
        }
        return anchor(qualifier, anchors).filter(a -> a.prior() >= MIN_PRIOR)
                .map(a -> context.titles().get(a.title()))
                .map(other -> "'" + qualifier + "' is its '" + other + "'");
    }

    /** The names a page's title may match: all but a member word beside its plural ("Tories" is no page "Tory"). */
    private static Set<String> fitNames(EntityRecord r) {
        Set<String> all = allNames(r);
        Set<String> out = new TreeSet<>();
        all.stream().filter(n -> r.type() != EntityType.ORGANIZATION || !memberWord(n, all)).forEach(out::add);
        return out;
    }

    private static Set<String> allNames(EntityRecord r) {
        Set<String> all = new TreeSet<>(r.aliases());
        all.add(r.name());
        return all;
    }

    /** Two letters, with or without dots ("LA", "L.A."). */
    static boolean isShort(String name) {
        return name.replaceAll("[^\\p{L}]", "").length() <= 2;
    }

    /** The names worth looking up: full names, never a bare surname or a generic word. */
    static Set<String> lookupNames(EntityType type, Set<String> names) {
        Set<String> out = new TreeSet<>();
        for (String name : names) {
            int words = Names.words(Names.key(name)).size();
            boolean ok = switch (type) {
                case PERSON -> words >= 2;
                case ORGANIZATION -> words >= 2 || NameForms.acronym(name).isPresent()
                        || (words == 1 && !GENERIC.contains(Names.key(name)) && !memberWord(name, names));
                case PLACE -> words >= 1;
            };
            if (ok) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * A party's member word beside its plural ("Tory" in an entity also named "Tories"): Wikipedia
     * links the word to the word's own page, so only the plural, the members, is looked up.
     */
    private static boolean memberWord(String name, Set<String> names) {
        String plural = CountryForms.plural(name);
        return !plural.equals(name) && names.contains(plural);
    }

    /** Whether a page's qualifier allows the entity's type. */
    static boolean kindFits(EntityType type, String title) {
        Set<String> words = WikiDictIndex.qualifier(title)
                .map(q -> (Set<String>) new HashSet<>(List.of(q.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))))
                .orElse(Set.of());
        return switch (type) {
            case PERSON -> words.stream().noneMatch(NOT_A_PERSON::contains);
            case ORGANIZATION -> words.stream().noneMatch(w -> A_PERSON.contains(w) || A_WORK.contains(w));
            case PLACE -> words.stream().noneMatch(w -> A_PERSON.contains(w) || A_WORK.contains(w) || PLACE_NOT.contains(w));
        };
    }

    /** Whether a page fits the entity: the right kind, and its title is one of its names (or a form of one). */
    boolean fits(EntityType type, Set<String> names, String title) {
        if (!kindFits(type, title) || isConcept(title)) {
            return false;
        }
        String titleKey = Names.key(WikiDictIndex.baseName(title));
        boolean person = type == EntityType.PERSON;
        for (String name : names) {
            String key = Names.key(name);
            if (key.equals(titleKey) || NameForms.letters(key).equals(NameForms.letters(titleKey))) {
                return true;
            }
            if (person) {
                continue;
            }
            if (NameForms.initials(key).contains(titleKey.replace(" ", ""))
                    || NameForms.acronym(name).map(a -> NameForms.initials(titleKey).contains(a)).orElse(false)
                    || onlyAddsGenericWords(key, titleKey, type == EntityType.PLACE ? PLACE_WORDS : ORG_WORDS)
                    || abbreviates(key, titleKey)) {
                return true;
            }
            if (type == EntityType.PLACE) {
                Optional<String> country = countries.country(Names.words(key));
                if (country.isPresent() && country.equals(countries.country(Names.words(titleKey)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Kyodo" in "Kyodo News", "Democrats" in "Democratic Party": each word of the name starts a word of
     * the title (on its first five letters), and the title's other words are generic organisation words.
     */
    static boolean onlyAddsGenericWords(String nameKey, String titleKey, Set<String> generic) {
        List<String> name = Names.words(nameKey);
        List<String> title = new ArrayList<>(Names.words(titleKey));
        for (String w : name) {
            if (w.equals("the")) {
                continue;
            }
            String stem = w.substring(0, Math.min(5, w.length()));
            Optional<String> match = title.stream().filter(t -> t.startsWith(stem) && !generic.contains(t)).findFirst();
            if (match.isEmpty() || stem.length() < 4) {
                return false;
            }
            title.remove(match.get());
        }
        return !title.isEmpty() && generic.containsAll(title);
    }

    /**
     * "Lib Dem" for "Liberal Democrats": as many words, each (without a plural s) the start of the
     * title's word in the same place, at least three letters.
     */
    static boolean abbreviates(String nameKey, String titleKey) {
        List<String> name = Names.words(nameKey);
        List<String> title = Names.words(titleKey);
        if (name.size() < 2 || name.size() != title.size()) {
            return false;
        }
        for (int i = 0; i < name.size(); i++) {
            String w = name.get(i).endsWith("s") ? name.get(i).substring(0, name.get(i).length() - 1) : name.get(i);
            if (w.length() < 3 || !title.get(i).startsWith(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A page about a kind of thing, not a named one: a word of its title after the first is in lower
     * case and is no function word ("Central_bank", "Electoral_commission"); names are capitalised.
     */
    static boolean isConcept(String title) {
        String[] words = WikiDictIndex.baseName(title).split(" ");
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !FUNCTION_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One page per entity of the corpus: the page every article that links one of its members agrees
     * on; none when they disagree.
     */
    public List<EntityLink> link(List<EntityRecord> records, Map<InArticle, Found> found, Resolution resolution) {
        Map<String, Map<String, List<Found>>> byEntity = new TreeMap<>();
        for (EntityRecord r : records) {
            Found f = found.get(new InArticle(r.article(), r.iri()));
            if (f != null) {
                byEntity.computeIfAbsent(resolution.canonicalOf(r.iri()), k -> new TreeMap<>())
                        .computeIfAbsent(f.title(), k -> new ArrayList<>()).add(f);
            }
        }
        List<EntityLink> out = new ArrayList<>();
        byEntity.forEach((entity, titles) -> {
            if (titles.size() != 1) {
                return;
            }
            var e = titles.entrySet().iterator().next();
            Found best = e.getValue().stream().max((a, b) -> Double.compare(a.confidence(), b.confidence())).orElseThrow();
            Set<String> evidence = new TreeSet<>();
            e.getValue().forEach(f -> evidence.add(f.evidence()));
            String text = String.join(" | ", evidence.stream().limit(3).toList())
                    + (evidence.size() > 3 ? " | ..." : "") + " (" + e.getValue().size() + " article"
                    + (e.getValue().size() == 1 ? "" : "s") + ")";
            out.add(new EntityLink(entity, e.getKey(), best.confidence(), text));
        });
        return out;
    }

    /** Same-page joins for the resolver: article-level IRI -> the one page all its articles give it. */
    public static Map<String, String> pageOfIri(Map<InArticle, Found> found) {
        Map<String, Set<String>> pages = new HashMap<>();
        found.forEach((k, f) -> pages.computeIfAbsent(k.iri(), x -> new HashSet<>()).add(f.title()));
        Map<String, String> out = new TreeMap<>();
        pages.forEach((iri, p) -> {
            if (p.size() == 1) {
                out.put(iri, p.iterator().next());
            }
        });
        return out;
    }
}
