package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The edges of names: an office's post-nominal or a party's member word taken into a person's name
 * ({@code name-edge-words.tsv}, {@link EntityHygiene}), and an organisation's channel or branch
 * that is no short form of it ({@code organization-branch-words.tsv}, {@link EntityExtractor});
 * hand-built annotations ({@link Tagged}) with invented names.
 */
class NameEdgesTest {
    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    private static List<String> entities(String tagged) {
        return EXTRACTOR.extract(Tagged.article(tagged)).entities().stream().map(e -> e.name() + "=" + e.type()).toList();
    }

    @Test
    void aPostNominalAfterAPersonsNameIsCut() {
        assertEquals(List.of("Ona Vale=PERSON"), entities("Ona/NNP/PERSON Vale/NNP/PERSON MP/NNP/PERSON spoke/VBD ./."));
        assertEquals(List.of("Vale MP=PERSON"), entities("Mr/NNP Vale/NNP/PERSON MP/NNP/PERSON spoke/VBD ./."),
                "two words stay: a title and one word are not cut");
    }

    @Test
    void aPartysMemberWordBeforeAPersonsNameIsCut() {
        assertEquals(List.of("Ona Vale=PERSON"), entities("Tory/NNP/PERSON Ona/NNP/PERSON Vale/NNP/PERSON spoke/VBD ./."));
    }

    @Test
    void anArticleAtTheStartOfAPersonsNameIsCut() {
        assertEquals(List.of("Ona Vale=PERSON"), entities("Ona/NNP/PERSON Vale/NNP/PERSON kicked/VBD ./. | "
                + "An/DT/PERSON Vale/NNP/PERSON penalty/NN followed/VBD ./."), "'An Vale' is Ona Vale's surname");
    }

    @Test
    void aWordTheArticleLabelsAnOrganisationBeforeAPersonsNameIsCut() {
        List<String> found = entities("Velmar/NNP/ORGANIZATION won/VBD ./. | Velmar/NNP/PERSON Ona/NNP/PERSON Vale/NNP/PERSON spoke/VBD ./.");
        assertTrue(found.contains("Ona Vale=PERSON"), found.toString());
        assertFalse(found.contains("Velmar Ona Vale=PERSON"), found.toString());
    }

    @Test
    void aMemberWordAndItsPluralAreOneOrganisation() {
        assertEquals(List.of("Rovers=ORGANIZATION"), entities("Rovers/NNPS/ORGANIZATION won/VBD ./. | "
                + "a/DT Rover/NNP/ORGANIZATION spokesman/NN said/VBD so/RB ./."));
        assertEquals(Map.of("tory", "tories"), EntityExtractor.withPlurals(Map.of(), Set.of("tory", "tories")));
    }

    @Test
    void aChannelOrBranchIsNoShortFormOfItsOrganisation() {
        for (String rest : List.of("one", "europe", "4", "second", "danish")) {
            assertTrue(EntityExtractor.namesABranch(List.of(rest)), rest);
        }
        assertFalse(EntityExtractor.namesABranch(List.of("motor", "company")));
        Set<String> channel = new LinkedHashSet<>(List.of("kestrel", "kestrel one"));
        assertEquals(Map.of(), EntityExtractor.headToFullNames(channel), "'Kestrel One' is a channel of Kestrel");
        Set<String> branch = new LinkedHashSet<>(List.of("ardent", "ardent europe"));
        assertEquals(Map.of(), EntityExtractor.headToFullNames(branch));
        Set<String> firm = new LinkedHashSet<>(List.of("ardent", "ardent motor company"));
        assertEquals(Map.of("ardent", "ardent motor company"), EntityExtractor.headToFullNames(firm));
    }
}
