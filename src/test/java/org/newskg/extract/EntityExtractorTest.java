package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;
import org.junit.jupiter.api.Test;

/** The within-article joining rule, without CoreNLP. The full extractor runs in the pipeline ITs. */
class EntityExtractorTest {
    private static Map<String, String> joins(String... keys) {
        return EntityExtractor.shortToFullNames(new LinkedHashSet<>(List.of(keys)));
    }

    @Test
    void surnameJoinsTheOneFullName() {
        assertEquals(Map.of("brandt", "helena brandt"), joins("helena brandt", "brandt"));
    }

    @Test
    void familyNameFirstJoinsToo() {
        assertEquals(Map.of("zhou", "zhou li"), joins("zhou li", "zhou"));
    }

    @Test
    void ambiguousSurnameStaysApart() {
        Map<String, String> j = joins("anna weber", "karl weber", "weber");
        assertFalse(j.containsKey("weber"), "two Webers: no guess");
    }

    @Test
    void shortFormsLandOnTheFullestName() {
        Map<String, String> j = joins("jane ann smith", "ann smith", "smith");
        assertEquals("jane ann smith", j.get("smith"));
        assertEquals("jane ann smith", j.get("ann smith"));
    }

    @Test
    void aMiddleWordDoesNotJoin() {
        Set<String> keys = Set.of("mary beth jones", "beth");
        assertFalse(EntityExtractor.shortToFullNames(keys).containsKey("beth"));
    }

    @Test
    void aNameWithoutItsMiddleNamesJoinsTheOneNameWithThem() {
        Set<String> keys = new LinkedHashSet<>(List.of("katrin oster", "katrin anna maria oster", "oster"));
        assertEquals(Map.of("katrin oster", "katrin anna maria oster", "oster", "katrin anna maria oster"),
                EntityExtractor.shortToFullNames(keys));
        Set<String> two = new LinkedHashSet<>(List.of("katrin oster", "katrin anna oster", "katrin lise oster"));
        assertEquals(Map.of(), EntityExtractor.shortToFullNames(two), "two middle names: no guess");
    }

    @Test
    void anOrganisationsLastOrFirstWordsJoinItsFullNameButNotAPlaceWord() {
        Set<String> keys = new LinkedHashSet<>(List.of("european commission", "commission", "european"));
        assertEquals(Map.of("commission", "european commission"), EntityExtractor.headToFullNames(keys));
        Set<String> two = new LinkedHashSet<>(List.of("foreign ministry", "defence ministry", "ministry"));
        assertFalse(EntityExtractor.headToFullNames(two).containsKey("ministry"), "two ministries: no guess");
        Set<String> firm = new LinkedHashSet<>(List.of("ardent motor company", "ardent"));
        assertEquals(Map.of("ardent", "ardent motor company"), EntityExtractor.headToFullNames(firm));
        Set<String> danish = new LinkedHashSet<>(List.of("danish maritime authority", "danish"));
        assertEquals(Map.of(), EntityExtractor.headToFullNames(danish), "a demonym says where, not which");
        Set<String> both = new LinkedHashSet<>(List.of("ardent motor company", "ardent foundation", "ardent"));
        assertEquals(Map.of(), EntityExtractor.headToFullNames(both), "two Ardents: no guess");
    }

    @Test
    void aCountrysFormsInOneArticleJoinItsTableName() {
        Map<String, String> j = EntityExtractor.countryForms(new LinkedHashSet<>(List.of("us", "united states", "america", "the us", "texas")));
        assertEquals(Map.of("us", "united states", "america", "united states", "the us", "united states"), j);
    }
}
