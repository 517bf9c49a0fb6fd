package org.newskg.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.extract.Names;

/**
 * Country names and demonyms ("Japan", "Japanese"), from the country table of {@code extract}:
 * which country a qualifier of an organisation's name refers to. Keys are {@link Names#key} forms.
 */
final class Countries {
    private static final Countries STANDARD = load();

    /** Name or demonym key -> the country's first name, as the key all its forms share. */
    private final Map<String, String> countryOf;
    private final int longestForm;

    private Countries(Map<String, String> countryOf) {
        this.countryOf = Map.copyOf(countryOf);
        this.longestForm = countryOf.keySet().stream().mapToInt(k -> Names.words(k).size()).max().orElse(0);
    }

    static Countries standard() {
        return STANDARD;
    }

    /** The country these words name or are the demonym of ("japanese" -> "japan"). */
    Optional<String> country(List<String> words) {
        return Optional.ofNullable(countryOf.get(String.join(" ", words)));
    }

    /** The most words a country name or demonym has. */
    int longestForm() {
        return longestForm;
    }

    /**
     * From the one country table of the project ({@link org.newskg.extract.Countries}): every name and
     * other name, and the demonyms that name one country only ("Congolese" names neither Congo).
     */
    private static Countries load() {
        org.newskg.extract.Countries table = org.newskg.extract.Countries.standard();
        Map<String, String> map = new HashMap<>();
        for (org.newskg.extract.Countries.Country c : table.all()) {
            String country = Names.key(c.name());
            map.put(country, country);
            c.otherNames().forEach(n -> map.put(Names.key(n), country));
            c.demonyms().stream().filter(d -> table.byDemonym(d).filter(c::equals).isPresent())
                    .forEach(d -> map.put(Names.key(d), country));
        }
        return new Countries(map);
    }
}
