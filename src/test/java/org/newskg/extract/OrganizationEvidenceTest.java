package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link OrganizationEvidence}: a "person" the article uses as a company, product, outlet or team is
 * kept as an organisation, one test per kind of evidence of {@code organization-evidence.tsv}, each on
 * a hand-built annotation ({@link Tagged}) with invented names, and a person's evidence wins; and the
 * name-shape rules of {@link EntityHygiene} added with it (credits, phrases, words glued before a name).
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
    void theSameNameLabelledAnOrganisationElsewhereMakesAnOrganisation() {
        assertEquals(List.of("Brisk Cycling Team=ORGANIZATION"),
                entities("The/DT Brisk/NNP/ORGANIZATION Cycling/NNP/ORGANIZATION Team/NNP/ORGANIZATION paid/VBD late/RB ./. "
                        + "| She/PRP is/VBZ not/RB angry/JJ with/IN Brisk/NNP/PERSON Cycling/NNP/PERSON Team/NNP/PERSON ./."));
    }

    @Test
    void aPersonNamedInTheShapeOfADescriptionStaysAPerson() {
        assertEquals(List.of("Ana Quist=PERSON"),
                entities("He/PRP sits/VBZ in/IN the/DT Ana/NNP/PERSON Quist/NNP/PERSON ,/, Mr/NNP Nasty/NNP seat/NN ./."));
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
                entities("Velora/NNP/PERSON has/VBZ/O/have unveiled/VBN/O/unveil a/DT van/NN ./."));
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
                        + "| Ana/NNP/PERSON Quist/NNP/PERSON unveiled/VBD/O/unveil a/DT van/NN and/CC she/PRP left/VBD ./."));
    }

    @Test
    void aTitleOrARoleWins() {
        assertEquals(List.of("Quist=PERSON"), entities("Mr/NNP Quist/NNP/PERSON unveiled/VBD/O/unveil a/DT van/NN ./."));
        assertEquals(List.of("Ana Quist=PERSON"),
                entities("Ana/NNP/PERSON Quist/NNP/PERSON ,/, the/DT lawyer/NN ,/, unveiled/VBD/O/unveil a/DT van/NN ./."));
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

    @Test
    void aNameEndingInTwoHeadsOfAnEventsNameIsNoPerson() {
        var facts = EXTRACTOR.extract(Tagged.article(
                "They/PRP rode/VBD the/DT Ona/NNP/PERSON Vale/NNP/PERSON Road/NNP/PERSON Race/NNP/PERSON ./."));
        assertEquals(List.of(), facts.entities());
        assertEquals("Ona Vale Road Race", facts.notKept().get(0).text());
    }

    @Test
    void aSurnameThatIsAlsoAHeadStaysAPerson() {
        assertEquals(List.of("Mary Jane Hall=PERSON"), entities("Mary/NNP/PERSON Jane/NNP/PERSON Hall/NNP/PERSON spoke/VBD ./."));
    }

    @Test
    void aCreditWordGluedToTheNameIsNoPartOfIt() {
        assertEquals(List.of("Ona Vale=PERSON"),
                entities("Ona/NNP/PERSON Vale/NNP/PERSON Courtesy/NNP/PERSON of/IN the/DT Artist/NNP ./. | Ona/NNP/PERSON Vale/NNP/PERSON painted/VBD it/PRP ./."));
    }

    @Test
    void aNameBeforeViaAndAPictureAgencyIsACredit() {
        var facts = EXTRACTOR.extract(Tagged.article("Ona/NNP/PERSON Vale/NNP/PERSON via/IN Getty/NNP/ORGANIZATION Images/NNPS/ORGANIZATION "
                + "Frozen/JJ peas/NNS keep/VBP ./."));
        assertEquals(List.of(), facts.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList());
        assertEquals("Ona Vale", facts.notKept().get(0).text());
    }

    @Test
    void aNameOfWordsTheArticleAlsoWritesInLowerCaseIsAPhrase() {
        assertEquals(List.of("Ona Vale=PERSON"),
                entities("Ona/NNP/PERSON Vale/NNP/PERSON cooks/VBZ ./. | Shrimp/NNP Sheet/NNP Pan/NNP/PERSON Dinner/NNP/PERSON ./. "
                        + "| Use/VB one/CD pan/NN for/IN dinner/NN ,/, Ona/NNP/PERSON Vale/NNP/PERSON said/VBD/O/say ./."));
    }

    @Test
    void aLowerCaseWordInsideAPersonsNameLeavesOutTheWordsBeforeIt() {
        assertEquals(List.of("Edda Moll=PERSON"),
                entities("Tarn/NNP/PERSON co-showrunner/NN/PERSON Edda/NNP/PERSON Moll/NNP/PERSON said/VBD/O/say so/RB ./."));
        assertEquals(List.of("Wout van Aert=PERSON"), entities("Wout/NNP/PERSON van/NNP/PERSON Aert/NNP/PERSON won/VBD ./."));
    }
}
