package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NameLists}: in a sentence that is only a list of names, most of them people (a team sheet),
 * a bare surname the recogniser labels a place or company is a person; on hand-built annotations
 * ({@link Tagged}) with invented names.
 */
class NameListsTest {
    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    private static List<Entity> entities(String tagged) {
        return EXTRACTOR.extract(Tagged.article(tagged)).entities();
    }

    private static List<String> named(List<Entity> entities) {
        return entities.stream().map(e -> e.name() + "=" + e.type()).toList();
    }

    @Test
    void aSurnameLabelledAPlaceInATeamSheetJoinsThePlayer() {
        List<Entity> found = entities("Toivo/NNP/PERSON Osterholm/NNP/PERSON scored/VBD/O/score twice/RB ./. | "
                + "Varga/NNP/PERSON ;/: Kessel/NNP/PERSON ,/, Brandt/NNP/PERSON ,/, Osterholm/NNP/LOCATION ;/: "
                + "Lind/NNP/PERSON ,/, Marsk/NNP/ORGANIZATION ./.");
        List<String> names = named(found);
        assertTrue(names.contains("Toivo Osterholm=PERSON") && names.contains("Marsk=PERSON"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.endsWith("=PLACE") || n.endsWith("=ORGANIZATION")), names.toString());
        Entity player = found.stream().filter(e -> e.name().equals("Toivo Osterholm")).findFirst().orElseThrow();
        assertEquals(2, player.mentions().size(), "the surname in the sheet is the player's mention");
    }

    @Test
    void realPlacesStayPlaces() {
        List<String> trip = named(entities("Kessel/NNP/PERSON flew/VBD/O/fly to/TO Lyonne/NNP/CITY ,/, Marsk/NNP/CITY and/CC "
                + "Brandt/NNP/PERSON ./."));
        assertTrue(trip.contains("Lyonne=PLACE") && trip.contains("Marsk=PLACE"), "a sentence with a verb is no team sheet: " + trip);
        List<String> places = named(entities("Lyonne/NNP/CITY ,/, Marsk/NNP/CITY ,/, Varga/NNP/PERSON ,/, Ostby/NNP/CITY ./."));
        assertTrue(places.contains("Lyonne=PLACE") && places.contains("Ostby=PLACE"), "most names are places: " + places);
        List<String> country = named(entities("Varga/NNP/PERSON ,/, Kessel/NNP/PERSON ,/, Brandt/NNP/PERSON ,/, "
                + "Norway/NNP/COUNTRY ./."));
        assertTrue(country.contains("Norway=PLACE"), "a country's name stays a place: " + country);
    }
}
