package org.newskg.resolve;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The countries a set of places are or lie in, by the world tables ({@code countries.tsv},
 * {@code country-capitals.tsv}): "Tokyo" and "Japan" both give Japan, so that an account of an
 * event in a country's capital and one in the country can be one event. A place the tables do not
 * know gives nothing (a continent, a region, a city that is no capital), so it is compared by its
 * entity alone, as before.
 */
public final class PlaceAreas {
    private PlaceAreas() {}

    /** The names of the countries the places named {@code placeNames} are or are the capital of, in order, once each. */
    public static List<String> of(Collection<String> placeNames) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : placeNames) {
            CountryForms.countryOfPlace(name).ifPresent(c -> out.add(c.name()));
        }
        return List.copyOf(out);
    }
}
