package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recognition repairs of {@link NameRepairs} seen through the extractor, on hand-built annotations
 * ({@link Tagged}) with invented names.
 */
class NameRepairsTest {
    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    private static List<String> entities(String tagged) {
        return EXTRACTOR.extract(Tagged.article(tagged)).entities().stream().map(e -> e.name() + "=" + e.type()).toList();
    }

    @Test
    void aNameSplitAtItsAndIsOneOrganisation() {
        assertEquals(List.of("Quarry and Allied Trades Union=ORGANIZATION"),
                entities("Members/NNS of/IN the/DT Quarry/NNP/ORGANIZATION and/CC Allied/NNP/ORGANIZATION "
                        + "Trades/NNPS/ORGANIZATION Union/NNP/ORGANIZATION voted/VBD ./."));
        assertEquals(List.of("Quarry and Allied Workers' Union=ORGANIZATION"),
                entities("the/DT Quarry/NNP/ORGANIZATION and/CC Allied/NNP/ORGANIZATION Workers/NNPS/ORGANIZATION "
                        + "^'/POS/ORGANIZATION Union/NNP/ORGANIZATION voted/VBD ./."), "a possessive apostrophe inside");
    }

    @Test
    void twoOrganisationsAroundAndStayTwo() {
        List<String> noHead = entities("Velmar/NNP/ORGANIZATION and/CC Ardent/NNP/ORGANIZATION Motors/NNPS/ORGANIZATION merged/VBD ./.");
        assertEquals(List.of("Velmar=ORGANIZATION", "Ardent Motors=ORGANIZATION"), noHead, "no body's head word at the end");
        List<String> namedAlone = entities("Velmar/NNP/ORGANIZATION grew/VBD ./. | Velmar/NNP/ORGANIZATION and/CC "
                + "Allied/NNP/ORGANIZATION Trades/NNPS/ORGANIZATION Union/NNP/ORGANIZATION met/VBD ./.");
        assertTrue(namedAlone.contains("Velmar=ORGANIZATION") && namedAlone.contains("Allied Trades Union=ORGANIZATION"),
                "the article names the first alone: " + namedAlone);
        List<String> oneWord = entities("Velmar/NNP/ORGANIZATION and/CC Union/NNP/ORGANIZATION met/VBD ./.");
        assertEquals(2, oneWord.size(), "a head word alone is no name's second part: " + oneWord);
    }

    @Test
    void aNameEndingInARegionIsAnOutletWhenToldOrReportingAtASentenceStart() {
        assertEquals(List.of("Pemberly Oceania=ORGANIZATION"),
                entities("The/DT envoy/NN told/VBD/O/tell Pemberly/NNP Oceania/NNP/CITY that/IN talks/NNS went/VBD well/RB ./."),
                "'told X that'");
        assertEquals(List.of("Pemberly Oceania=ORGANIZATION"),
                entities("Pemberly/NNP Oceania/NNP/CITY reported/VBD/O/report that/IN talks/NNS went/VBD well/RB ./."),
                "'X reported' at the start of a sentence");
        List<String> commonWord = entities("Eastern/NNP Oceania/NNP/CITY reported/VBD/O/report rain/NN ./. | "
                + "The/DT eastern/JJ coast/NN was/VBD dry/JJ ./.");
        assertTrue(commonWord.stream().noneMatch(e -> e.endsWith("ORGANIZATION")),
                "a sentence's first word the article writes in lower case is no outlet's name: " + commonWord);
    }
}
