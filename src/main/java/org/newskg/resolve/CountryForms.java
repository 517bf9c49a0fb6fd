package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Countries;
import org.newskg.extract.EntityType;
import org.newskg.extract.Names;
import org.newskg.extract.RuleFiles;

/**
 * The country an article is about, and the names news gives that country's own institutions.
 *
 * <p>An organisation's short name ("Parliament", "Cabinet", "Treasury", "Tories", "Independence Party") means the
 * institution or party of the country the article is about; the dictionary, out of context, gives
 * it to the best-known one (the US Congress for a Brazilian "Congress") or to none. The article's
 * country is the country its places name and its linked pages name or are qualified by
 * ("Labour_Party_(UK)", "Electoral_Commission_(United_Kingdom)"), when one country has more of those
 * than any other; the forms to look up are {@code country-forms.tsv} ("British Parliament",
 * "Brazilian Congress", "British Tories").
 */
final class CountryForms {
    private static final List<String> PATTERNS = RuleFiles.rows("country-forms.tsv").stream().map(r -> r[0].strip())
            .toList();
    private static final Countries TABLE = Countries.standard();
    /** Capitals and chief cities ({@code country-capitals.tsv}) by {@link Names#key}: "london" -> United Kingdom. */
    private static final Map<String, Countries.Country> CAPITALS = capitals();

    private CountryForms() {}

    /**
     * The country most named in an article, one vote per entity: a place by its name, or any entity
     * by the page it links to (the page of a country, a qualifier "(UK)", a title "... of the United
     * Kingdom"); none on a tie. {@code pageOfIri}: the article-level IRIs linked so far and their pages.
     * An article that names no country that way falls back on the capitals and chief cities it names
     * ("London" in an obituary that names no country is a British story), again one country only.
     */
    static Optional<Countries.Country> articleCountry(List<EntityRecord> article, Map<String, String> pageOfIri) {
        Map<Countries.Country, Integer> votes = new HashMap<>();
        for (EntityRecord r : article) {
            Optional<Countries.Country> named = r.type() == EntityType.PLACE ? TABLE.byName(r.name()) : Optional.empty();
            named.or(() -> Optional.ofNullable(pageOfIri.get(r.iri())).flatMap(CountryForms::countryOfTitle))
                    .ifPresent(c -> votes.merge(c, 1, Integer::sum));
        }
        if (votes.isEmpty()) {
            for (EntityRecord r : article) {
                Countries.Country c = r.type() == EntityType.PLACE ? CAPITALS.get(Names.key(r.name())) : null;
                if (c != null) {
                    votes.merge(c, 1, Integer::sum);
                }
            }
        }
        return winner(votes);
    }

    /** The country a place name names ("Japan", "Nippon") or whose capital or chief city it names ("Tokyo"), if any. */
    static Optional<Countries.Country> countryOfPlace(String name) {
        return TABLE.byName(name).or(() -> Optional.ofNullable(CAPITALS.get(Names.key(name))));
    }

    private static Optional<Countries.Country> winner(Map<Countries.Country, Integer> votes) {
        List<Map.Entry<Countries.Country, Integer>> ranked = votes.entrySet().stream()
                .sorted(Map.Entry.<Countries.Country, Integer>comparingByValue(Comparator.reverseOrder())).toList();
        if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(1).getValue().equals(ranked.get(0).getValue())) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(0).getKey());
    }

    private static Map<String, Countries.Country> capitals() {
        Map<String, Countries.Country> out = new HashMap<>();
        for (String[] row : RuleFiles.rows("country-capitals.tsv")) {
            Countries.Country country = TABLE.byName(row[0].strip())
                    .orElseThrow(() -> new IllegalStateException("country-capitals.tsv: no such country in countries.tsv: " + row[0]));
            for (String city : row[1].strip().split("\\s*\\|\\s*")) {
                out.put(Names.key(city), country);
            }
        }
        return Map.copyOf(out);
    }

    /** "United_Kingdom", "Labour_Party_(UK)", "Cabinet_of_the_United_Kingdom": the country a page title names. */
    static Optional<Countries.Country> countryOfTitle(String title) {
        String base = WikiDictIndex.baseName(title);
        Optional<Countries.Country> c = TABLE.byName(base)
                .or(() -> WikiDictIndex.qualifier(title).flatMap(TABLE::byName));
        if (c.isPresent()) {
            return c;
        }
        int of = base.lastIndexOf(" of ");
        return of < 0 ? Optional.empty() : TABLE.byName(base.substring(of + 4));
    }

    /**
     * Whether a page title opens with a demonym of the country ("American_Falcon"): a thing named so
     * of its own, which a short name of the article ("Falcon") does not mean.
     */
    static boolean opensWithDemonym(String title, Countries.Country country) {
        String first = WikiDictIndex.baseName(title).split(" ")[0];
        return country.demonyms().stream().anyMatch(d -> d.equalsIgnoreCase(first));
    }

    /** The forms of {@code name} to look up for an institution of {@code country}, in the order of the rule file. */
    static List<String> forms(String name, Countries.Country country) {
        Set<String> out = new LinkedHashSet<>();
        boolean oneWord = !name.strip().contains(" ");
        for (String pattern : PATTERNS) {
            if (!oneWord && pattern.contains("{plural}")) {
                continue; // a plural is for a member word ("Tory"), not a full name
            }
            List<String> filled = new ArrayList<>(List.of(pattern.replace("{name}", name).replace("{plural}", plural(name))
                    .replace("{country}", country.name())));
            filled = expand(filled, "{demonym}", country.demonyms());
            filled = expand(filled, "{other}", country.otherNames());
            out.addAll(filled);
        }
        return List.copyOf(out);
    }

    private static List<String> expand(List<String> forms, String placeholder, List<String> values) {
        List<String> out = new ArrayList<>();
        for (String f : forms) {
            if (!f.contains(placeholder)) {
                out.add(f);
            } else {
                values.forEach(v -> out.add(f.replace(placeholder, v)));
            }
        }
        return out;
    }

    /** An English plural: "Tory" -> "Tories", "Democrat" -> "Democrats"; a word ending in s stays. */
    static String plural(String word) {
        return org.newskg.extract.EntityExtractor.plural(word);
    }
}
