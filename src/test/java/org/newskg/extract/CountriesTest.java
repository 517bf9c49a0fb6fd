package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The country table: demonyms and other names lead to one country; a shared demonym to none. */
class CountriesTest {
    private final Countries countries = Countries.standard();

    private String byDemonym(String word) {
        return countries.byDemonym(word).map(Countries.Country::name).orElse("");
    }

    @Test
    void demonymsNameTheirCountry() {
        assertEquals("Japan", byDemonym("Japanese"));
        assertEquals("South Korea", byDemonym("South Korean"));
        assertEquals("United Kingdom", byDemonym("British"));
        assertEquals("Netherlands", byDemonym("Dutch"));
        assertEquals("Philippines", byDemonym("Filipino"));
        assertEquals("United States", byDemonym("Americans"), "a plural names the country too");
    }

    @Test
    void aDemonymTwoCountriesShareNamesNeither() {
        assertEquals(Optional.empty(), countries.byDemonym("Congolese"));
        assertEquals(Optional.empty(), countries.byDemonym("Dominican"));
    }

    @Test
    void otherNamesAndTheArticle() {
        assertEquals("United States", countries.byName("the U.S.").orElseThrow().name());
        assertEquals("United Kingdom", countries.byName("Britain").orElseThrow().name());
        assertEquals("Czech Republic", countries.byName("Czechia").orElseThrow().name());
        assertTrue(countries.byName("Atlantis").isEmpty());
        assertTrue(countries.byName("Japan").orElseThrow().nameKeys().contains("japan"));
    }

    @Test
    void wordsThatAreNoDemonym() {
        assertTrue(countries.byDemonym("Minister").isEmpty());
        assertTrue(countries.byDemonym("Japan").isEmpty(), "a country's name is not its demonym");
    }
}
