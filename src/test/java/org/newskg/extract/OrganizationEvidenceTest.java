package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link OrganizationEvidence}: a "person" the article uses as a company, product, outlet or team is
 * kept as an organisation, one test per kind of evidence of {@code organization-evidence.tsv}, each on
 * a hand-built annotation ({@link Tagged}) with invented names; and a person's evidence wins.
 */
class OrganizationEvidenceTest {
    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    /** "name=TYPE" of every entity, in order. */
    private static List<String> entities(String tagged) {
        return EXTRACTOR.extract(Tagged.article(tagged)).entities().stream().map(e -> e.name() + "=" + e.type()).toList();
    }

    @Test
    void aCompanyNounAfterTheNameMakesACompany() {
        assertEquals(List.of("Velora=ORGANIZATION", "Ana Quist=PERSON"),
                entities("Velora/NNP/PERSON CEO/NN Ana/NNP/PERSON Quist/NNP/PERSON spoke/VBD ./."));
    }

    @Test
    void aCompanyNounAfterThePossessiveMakesACompany() {
        assertEquals(List.of("Velora=ORGANIZATION", "Kessin=PLACE"),
                entities("Velora/NNP/PERSON 's/POS Kessin/NNP/CITY car/NN factory/NN grew/VBD ./."));
    }

    @Test
    void sharesOfAndToldBeforeTheNameMakeACompanyAndAnOutlet() {
        assertEquals(List.of("Velora=ORGANIZATION"), entities("Funds/NNS sold/VBD shares/NNS of/IN Velora/NNP/PERSON ./."));
        assertEquals(List.of("Ridenews=ORGANIZATION"),
                entities("The/DT union/NN told/VBD/O/tell Ridenews/NNP/PERSON it/PRP would/MD act/VB ./."));
    }

    @Test
    void theBeforeTheNameEndingItsNounPhraseMakesAnOrganisation() {
        assertEquals(List.of("Brisk Cycling Team=ORGANIZATION"),
                entities("Riders/NNS left/VBD the/DT Brisk/NNP/PERSON Cycling/NNP/PERSON Team/NNP/PERSON ,/, sources/NNS said/VBD ./."));
    }

    @Test
    void theBeforeANameThatDescribesTheNounAfterItIsNoEvidence() {
        assertEquals(List.of("Ana Quist=PERSON"),
                entities("Critics/NNS of/IN the/DT Ana/NNP/PERSON Quist/NNP/PERSON administration/NN spoke/VBD ./."));
    }

    @Test
    void aTickerInBracketsMakesATradedName() {
        assertEquals(List.of("Quillcoin=ORGANIZATION"),
                entities("Traders/NNS bought/VBD Quillcoin/NNP/PERSON (/-LRB- QLC/NNP )/-RRB- ./."));
    }

    @Test
    void aPartyInBracketsIsNoTicker() {
        assertEquals(List.of("Ana Quist=PERSON"), entities("Ana/NNP/PERSON Quist/NNP/PERSON (/-LRB- D/NNP )/-RRB- voted/VBD ./."));
    }

    @Test
    void aCompanysVerbMakesACompany() {
        assertEquals(List.of("Velora=ORGANIZATION"),
                entities("Velora/NNP/PERSON has/VBZ/O/have reported/VBN/O/report a/DT loss/NN ./."));
    }

    @Test
    void theSubjectGoingOnWithItsIsACompany() {
        assertEquals(List.of("Velora=ORGANIZATION"),
                entities("Velora/NNP/PERSON officially/RB announced/VBD/O/announce that/IN its/PRP$ plant/NN opened/VBD ./."));
    }

    @Test
    void aPriceMoveMakesATradedName() {
        assertEquals(List.of("Quillcoin=ORGANIZATION"),
                entities("Quillcoin/NNP/PERSON is/VBZ/O/be up/RB by/IN over/IN 2/CD/PERCENT %/NN/PERCENT ./."));
    }

    @Test
    void aPersonsOwnPriceMoveThroughThePossessiveIsNoEvidence() {
        assertEquals(List.of("Ana Quist=PERSON"),
                entities("Ana/NNP/PERSON Quist/NNP/PERSON 's/POS pay/NN rose/VBD 5/CD/PERCENT %/NN/PERCENT ./."));
    }

    @Test
    void aPronounOfAPersonWins() {
        assertEquals(List.of("Ana Quist=PERSON"),
                entities("Ana/NNP/PERSON Quist/NNP/PERSON announced/VBD/O/announce that/IN her/PRP$ plant/NN opened/VBD ./. "
                        + "| Ana/NNP/PERSON Quist/NNP/PERSON reported/VBD/O/report a/DT loss/NN and/CC she/PRP left/VBD ./."));
    }

    @Test
    void aTitleOrARoleWins() {
        assertEquals(List.of("Quist=PERSON"), entities("Mr/NNP Quist/NNP/PERSON reported/VBD/O/report a/DT loss/NN ./."));
        assertEquals(List.of("Ana Quist=PERSON"),
                entities("Ana/NNP/PERSON Quist/NNP/PERSON ,/, the/DT lawyer/NN ,/, reported/VBD/O/report a/DT loss/NN ./."));
    }

    @Test
    void aRoleInsideAPersonsNameLeavesOutThePlaceBeforeIt() {
        var facts = EXTRACTOR.extract(Tagged.article(
                "Dunmore/NNP/PERSON Mayor/NNP/PERSON Elsa/NNP/PERSON Tamm/NNP/PERSON said/VBD/O/say no/DT ./."));
        assertEquals(List.of("Elsa Tamm=PERSON"), facts.entities().stream().map(e -> e.name() + "=" + e.type()).toList());
        assertEquals("Dunmore Mayor", facts.notKept().get(0).text());
    }

    @Test
    void aGenerationalSuffixIsNoNameAfterARole() {
        assertEquals(List.of("Ona Lee King Jr.=PERSON"),
                entities("Ona/NNP/PERSON Lee/NNP/PERSON King/NNP/PERSON Jr./NNP/PERSON spoke/VBD ./."));
    }
}
