package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityLexicon.Gender;

/**
 * The within-article coreference and hygiene rules of {@link EntityExtractor}, each on a hand-built
 * annotation (see {@link Tagged}), without CoreNLP.
 */
class EntityRulesTest {
    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    private static ArticleFacts facts(String tagged) {
        return EXTRACTOR.extract(Tagged.article(tagged));
    }

    private static List<String> people(ArticleFacts f) {
        return f.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .map(e -> e.name() + "=" + e.mentions().size()).toList();
    }

    private static Entity only(ArticleFacts f, String name) {
        return f.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(f.entities()));
    }

    // ---- coreference ----

    @Test
    void aTitleAndSurnameJoinTheFullName() {
        ArticleFacts f = facts("Katrin/NNP/PERSON Oster/NNP/PERSON said/VBD/O/say talks/NNS went/VBD well/RB ./. "
                + "| Mrs/NNP/O Oster/NNP/PERSON added/VBD/O/add more/JJR ./.");
        assertEquals(List.of("Katrin Oster=2"), people(f));
    }

    @Test
    void aTitleInsideTheRecognisersSpanIsNoPartOfTheName() {
        ArticleFacts f = facts("Anselm/NNP/PERSON Varga/NNP/PERSON spoke/VBD ./. | Mr/NNP/PERSON Varga/NNP/PERSON left/VBD ./. "
                + "| Prof/NNP/PERSON Varga/NNP/PERSON 's/POS/O plan/NN failed/VBD ./.");
        assertEquals(List.of("Anselm Varga=3"), people(f));
        Entity varga = only(f, "Anselm Varga");
        assertEquals("Varga", varga.mentions().get(1).text(), "the mention is the name, without the title");
    }

    @Test
    void theGenderTheArticleGivesDecidesBetweenTwoFullNames() {
        ArticleFacts f = facts("Anna/NNP/PERSON Weber/NNP/PERSON said/VBD/O/say she/PRP/O would/MD stay/VB ./. "
                + "| Karl/NNP/PERSON Weber/NNP/PERSON said/VBD/O/say he/PRP/O would/MD go/VB ./. "
                + "| Mrs/NNP/O Weber/NNP/PERSON left/VBD early/RB ./.");
        assertEquals(List.of("Anna Weber=2", "Karl Weber=1"), people(f));
    }

    @Test
    void withoutGenderTwoFullNamesLeaveTheSurnameAlone() {
        ArticleFacts f = facts("Anna/NNP/PERSON Weber/NNP/PERSON spoke/VBD ./. | Karl/NNP/PERSON Weber/NNP/PERSON spoke/VBD ./. "
                + "| Weber/NNP/PERSON said/VBD/O/say no/DT ./.");
        assertEquals(List.of("Anna Weber=1", "Karl Weber=1", "Weber=1"), people(f));
    }

    @Test
    void aTitleOfTheOtherGenderNeverJoins() {
        ArticleFacts f = facts("Greta/NNP/PERSON Lind/NNP/PERSON said/VBD/O/say she/PRP/O agreed/VBD ./. "
                + "| Mr/NNP/O Lind/NNP/PERSON said/VBD/O/say he/PRP/O did/VBD not/RB ./.");
        assertEquals(List.of("Greta Lind=1", "Lind=1"), people(f), "her husband, perhaps: not her");
    }

    @Test
    void aPronounAfterTheQuotationANameStandsInIsTheSpeakers() {
        ArticleFacts f = facts("Doug/NNP/PERSON Vale/NNP/PERSON left/VBD ./. | \"/'' Nobody/NN set/VBD a/DT date/NN for/IN "
                + "Doug/NNP/PERSON Vale/NNP/PERSON 's/POS/O departure/NN ,/, \"/'' she/PRP/O said/VBD/O/say ./. "
                + "| Mr/NNP/O Vale/NNP/PERSON stayed/VBD ./.");
        assertEquals(List.of("Doug Vale=3"), people(f), "'she' is the spokeswoman, not Doug Vale");
    }

    @Test
    void aMiddleNameAloneJoinsTheOneLongNameItStandsIn() {
        ArticleFacts f = facts("Paulo/NNP/PERSON Inacio/NNP/PERSON Tavo/NNP/PERSON da/NNP/PERSON Costa/NNP/PERSON spoke/VBD ./. "
                + "| Tavo/NNP/PERSON said/VBD/O/say yes/UH ./.");
        assertEquals(List.of("Paulo Inacio Tavo da Costa=2"), people(f));
    }

    @Test
    void aFirstNameAloneJoinsTheOneFullNameItStarts() {
        ArticleFacts f = facts("Tove/NNP/PERSON Brannlund/NNP/PERSON arrived/VBD ./. | Tove/NNP/PERSON said/VBD/O/say yes/UH ./.");
        assertEquals(List.of("Tove Brannlund=2"), people(f));
    }

    @Test
    void genderVotesComeFromTitlesFirstThenPronouns() {
        var doc = Tagged.article("Ilse/NNP/PERSON Marr/NNP/PERSON said/VBD/O/say she/PRP/O was/VBD sure/JJ ./. "
                + "| Dr./NNP/O Pohl/NNP/PERSON said/VBD/O/say his/PRP$/O team/NN won/VBD ./. | Mr/NNP/O Quast/NNP/PERSON said/VBD/O/say she/PRP/O ./.");
        var g = PersonCoreference.genders(doc, doc.mentions(), m -> Names.key(m.text()));
        assertEquals(Gender.FEMALE, g.get("ilse marr"));
        assertEquals(Gender.MALE, g.get("pohl"), "'Dr.' says nothing; 'his' does");
        assertEquals(Gender.MALE, g.get("quast"), "a title outweighs a pronoun");
    }

    @Test
    void aCountryAndAFirmAreOneEntityEachHoweverTheArticleNamesThem() {
        ArticleFacts f = facts("Ardent/NNP/ORGANIZATION Motor/NNP/ORGANIZATION Company/NNP/ORGANIZATION sells/VBZ cars/NNS in/IN "
                + "the/DT United/NNP/COUNTRY States/NNP/COUNTRY ./. | US/NNP/COUNTRY buyers/NNS like/VBP Ardent/NNP/ORGANIZATION ./.");
        assertEquals(List.of("Ardent=2", "United States=2"),
                f.entities().stream().map(e -> e.name() + "=" + e.mentions().size()).toList());
    }

    // ---- hygiene ----

    @Test
    void aOneWordPersonWithNothingThatMakesItAPersonIsNotKept() {
        ArticleFacts f = facts("The/DT rally/NN in/IN Dunmore/NNP/PERSON drew/VBD crowds/NNS ./.");
        assertEquals(List.of(), people(f));
        assertEquals(1, f.notKept().size());
        assertTrue(f.notKept().get(0).reason().contains("one-word person"), f.notKept().toString());
        assertEquals("Dunmore", f.notKept().get(0).text());
    }

    @Test
    void aOneWordPersonWithSpeechTitleOrRoleIsKept() {
        assertEquals(List.of("Haldane=1"), people(facts("Haldane/NNP/PERSON said/VBD/O/say it/PRP was/VBD over/RB ./.")));
        assertEquals(List.of("Haldane=1"), people(facts("the/DT plan/NN ,/, said/VBD/O/say Haldane/NNP/PERSON ./.")));
        assertEquals(List.of("Haldane=1"), people(facts("Dr/NNP/O Haldane/NNP/PERSON arrived/VBD ./.")));
        assertEquals(List.of("Haldane=1"), people(facts("lawyer/NN Haldane/NNP/PERSON objected/VBD ./.")));
        assertEquals(List.of("Haldane=1"), people(facts("Haldane/NNP/PERSON ,/, the/DT club/NN 's/POS coach/NN ,/, left/VBD ./.")));
        assertEquals(List.of("Haldane=1"), people(facts("Chancellor/NNP/TITLE Haldane/NNP/PERSON arrived/VBD ./.")));
        assertEquals(List.of("Ola Berg=1", "Haldane=1"), people(facts("Ola/NNP/PERSON Berg/NNP/PERSON and/CC Haldane/NNP/PERSON scored/VBD ./.")));
        assertEquals(List.of("Haldane=1"), people(facts("his/PRP$ wife/NN ,/, Haldane/NNP/PERSON ,/, smiled/VBD ./.")));
        assertEquals(List.of("Haldane=1"), people(facts("Haldane/NNP/PERSON ,/, a/DT mother/NN of/IN twins/NNS ,/, cried/VBD ./.")));
        assertEquals(List.of("Haldane=1"), people(facts("Haldane/NNP/PERSON ,/, 34/CD ,/, said/VBD/O/say it/PRP hurt/VBD ./.")));
        assertEquals(List.of(), people(facts("Haldane/NNP/PERSON ,/, a/DT market/NN town/NN ,/, voted/VBD ./.")), "no speech, no role");
        assertEquals(List.of("Haldane=1"), people(facts("2./CD Haldane/NNP/PERSON (/( Norway/NNP/COUNTRY )/) 3:45/CD")));
    }

    @Test
    void aSentenceInitialCommonWordIsNoName() {
        ArticleFacts f = facts("Hope/NN/PERSON is/VBZ fading/VBG for/IN the/DT talks/NNS ./. | There/EX is/VBZ little/JJ hope/NN left/VBN ./.");
        assertEquals(List.of(), f.entities());
        assertTrue(f.notKept().get(0).reason().contains("opens its sentence"), f.notKept().toString());
        // The same word capitalised inside a sentence elsewhere is a name there and here.
        ArticleFacts g = facts("Labour/NNP/ORGANIZATION won/VBD ./. | Voters/NNS backed/VBD Labour/NNP/ORGANIZATION and/CC labour/NN laws/NNS ./.");
        assertEquals(1, g.entities().size(), g.notKept().toString());
    }

    @Test
    void aNameInAPictureCreditIsNoEntity() {
        ArticleFacts f = facts("Photo/NN :/: Lena/NNP/PERSON Hart/NNP/PERSON // Norbridge/NNP/ORGANIZATION Wire/NNP/ORGANIZATION "
                + "| Lena/NNP/PERSON Quist/NNP/PERSON said/VBD/O/say the/DT picture/NN was/VBD taken/VBN by/IN Ola/NNP/PERSON Berg/NNP/PERSON ./.");
        assertEquals(List.of("Lena Quist=1", "Ola Berg=1"), people(f));
        assertEquals(2, f.notKept().size(), f.notKept().toString());
        assertTrue(f.notKept().get(0).reason().contains("picture credit"));
    }

    @Test
    void aNameBeforeASlashAndAnOutletIsAPictureCredit() {
        ArticleFacts f = facts("the/DT bridge/NN across/IN the/DT channel/NN Lena/NNP/PERSON Hart/NNP/PERSON %2F/: The/DT Norbridge/NNP/ORGANIZATION "
                + "Forum/NNP/ORGANIZATION | Ola/NNP/PERSON Berg/NNP/PERSON said/VBD/O/say yes/UH ./.");
        assertEquals(List.of("Ola Berg=1"), people(f));
        assertTrue(f.notKept().get(0).reason().contains("picture credit"), f.notKept().toString());
    }

    @Test
    void aTitleMakesAPersonOfAnOrganisationOrPlace() {
        ArticleFacts f = facts("Dr/NNP/O Brannholm/NNP/ORGANIZATION said/VBD/O/say the/DT risk/NN was/VBD low/JJ ./.");
        assertEquals(List.of("Brannholm=1"), people(f));
        assertEquals(0, f.entities().stream().filter(e -> e.type() != EntityType.PERSON).count());
    }

    @Test
    void aPersonNamedAsANewspaperIsAnOutlet() {
        ArticleFacts f = facts("the/DT Tollund/NNP/PERSON newspaper/NN reported/VBD/O/report it/PRP ./.");
        assertEquals(List.of(), people(f));
        assertEquals(Optional.of(EntityType.ORGANIZATION), f.entities().stream().map(Entity::type).findFirst());
    }

    @Test
    void aNameEndingInALowerCaseWordIsNoPerson() {
        ArticleFacts f = facts("Candida/NNP/PERSON auris/NN/PERSON spreads/VBZ in/IN hospitals/NNS ./. "
                + "| Candida/NNP/PERSON is/VBZ a/DT fungus/NN ./.");
        assertEquals(List.of(), people(f));
        assertTrue(f.notKept().get(0).reason().contains("lower-case word"), f.notKept().toString());
    }

    @Test
    void aPersonsNameThatOpensAnInstitutionsNameIsNoPerson() {
        ArticleFacts f = facts("He/PRP was/VBD taken/VBN to/TO Walter/NNP/PERSON Quill/NNP/PERSON National/NNP/ORGANIZATION "
                + "Medical/NNP/ORGANIZATION Center/NNP/ORGANIZATION ./. | Doctors/NNS at/IN Walter/NNP/PERSON Quill/NNP/PERSON agreed/VBD ./.");
        assertEquals(List.of(), people(f));
        assertTrue(f.notKept().get(0).reason().contains("longer name") && f.notKept().get(0).reason().contains("Center"), f.notKept().toString());
        assertEquals(2, f.notKept().size(), "the name alone elsewhere names the hospital too");
        assertEquals(List.of("Walter Quill=2"), people(facts("Dr/NNP/O Walter/NNP/PERSON Quill/NNP/PERSON Center/NNP/ORGANIZATION "
                + "director/NN ,/, Walter/NNP/PERSON Quill/NNP/PERSON ,/, said/VBD/O/say so/RB ./.")),
                "a title makes a person whatever follows");
    }

    @Test
    void aPartyAndDistrictIsNoEntity() {
        ArticleFacts f = facts("said/VBD/O/say Rep./NNP/O Lena/NNP/PERSON Hart/NNP/PERSON ,/, DFL-Northfield/NNP/PERSON ,/, "
                + "and/CC Sen./NNP/O Ola/NNP/PERSON Berg/NNP/PERSON ,/, R-Texas/NNP/STATE_OR_PROVINCE ./.");
        assertEquals(List.of("Lena Hart=1", "Ola Berg=1"), people(f));
        assertEquals(List.of(), f.entities().stream().filter(e -> e.type() != EntityType.PERSON).toList());
        assertTrue(f.notKept().get(0).reason().contains("party and district"), f.notKept().toString());
    }

    @Test
    void aPersonWhoseNameOpensWithAPlaceWordIsAPlace() {
        ArticleFacts f = facts("the/DT MP/NN for/IN Dunmore/NNP/LOCATION ,/, North/NNP/PERSON Wexley/NNP/PERSON ,/, said/VBD/O/say no/DT ./.");
        assertEquals(List.of(), people(f));
        assertTrue(f.entities().stream().anyMatch(e -> e.type() == EntityType.PLACE && e.name().equals("North Wexley")), f.entities().toString());
    }

    @Test
    void onePartOfAHyphenatedNameIsNoPerson() {
        ArticleFacts f = facts("the/DT Harlow/NNP/ORGANIZATION ^-/HYPH ^Takagi/NNP/PERSON scores/NNS rose/VBD ./.");
        assertEquals(List.of(), people(f));
        assertTrue(f.notKept().get(0).reason().contains("hyphenated"), f.notKept().toString());
        assertEquals(List.of("Ola Berg=1", "Per Lind=1"), people(facts("Ola/NNP/PERSON Berg/NNP/PERSON ^-/HYPH ^Per/NNP/PERSON Lind/NNP/PERSON "
                + "talks/NNS ended/VBD ./.")), "two people joined by a hyphen stay people");
    }

    @Test
    void aOneWordDescriptionAfterAPersonIsNoPersonInAList() {
        ArticleFacts f = facts("Lena/NNP/PERSON Hart/NNP/PERSON ,/, Tory/NNP/PERSON shadow/JJ secretary/NN ,/, said/VBD/O/say no/DT ./.");
        assertEquals(List.of("Lena Hart=1"), people(f));
        assertEquals(List.of("Lena Hart=1", "Haldane=1"), people(facts("Lena/NNP/PERSON Hart/NNP/PERSON ,/, Haldane/NNP/PERSON and/CC "
                + "others/NNS left/VBD ./.")), "a name in a list of people is still one");
    }

    @Test
    void anArticleInAnotherLanguageGetsNoEntities() {
        ArticleFacts f = facts("Am/NNP/O Montag/NNP/PERSON hat/VBD die/DT Regierung/NN in/IN Berlin/NNP/CITY mit/IN den/DT "
                + "Gewerkschaften/NNS über/IN die/DT Löhne/NNS gesprochen/VBN ,/, und/CC es/PRP ist/VBZ noch/RB nicht/RB klar/JJ ,/, "
                + "ob/IN die/DT Verhandlungen/NNS auch/RB in/IN der/DT nächsten/JJ Woche/NN weitergehen/VB werden/VB ./.");
        assertEquals(List.of(), f.entities());
        assertEquals(2, f.notKept().size());
        assertTrue(f.notKept().get(0).reason().contains("not in English"));
    }

    @Test
    void englishTextAndTablesOfNamesAreEnglish() {
        assertTrue(EnglishText.looksEnglish(Tagged.article("The/DT minister/NN said/VBD that/IN the/DT talks/NNS in/IN Berlin/NNP/CITY "
                + "would/MD go/VB on/IN after/IN the/DT weekend/NN and/CC that/IN she/PRP had/VBD been/VBN told/VBN of/IN the/DT plan/NN "
                + "by/IN her/PRP$ aides/NNS ./.").tokens()));
        assertTrue(EnglishText.looksEnglish(Tagged.article("SOCCER/NN -/: EL/NNP/COUNTRY SALVADOR/NNP/COUNTRY LOSE/VB ./. | Players/NNS "
                + "from/IN Los/NNP/CITY Angeles/NNP/CITY ,/, La/NNP/CITY Paz/NNP/CITY ,/, El/NNP/CITY Paso/NNP/CITY ,/, Le/NNP/CITY Mans/NNP/CITY "
                + "and/CC De/NNP/CITY Panne/NNP/CITY ,/, Los/NNP/CITY Alamos/NNP/CITY and/CC La/NNP/CITY Spezia/NNP/CITY won/VBD ./.").tokens()),
                "names and headlines in capitals do not count");
        assertTrue(EnglishText.looksEnglish(Tagged.article("1./CD Ola/NNP Berg/NNP Norway/NNP 2./CD Per/NNP Lind/NNP Sweden/NNP "
                + "3./CD Ana/NNP Ruiz/NNP Spain/NNP 4./CD Jan/NNP Vos/NNP Belgium/NNP 5./CD Eva/NNP Kask/NNP Estonia/NNP "
                + "6./CD Tom/NNP Hale/NNP Ireland/NNP 7./CD Ida/NNP Mørk/NNP Denmark/NNP").tokens()), "no function words at all: English rules");
    }

    @Test
    void theWordListsAreReadFromTheirResources() {
        assertEquals(Optional.of(Gender.MALE), EntityLexicon.title("Mr."));
        assertEquals(Optional.of(Gender.FEMALE), EntityLexicon.title("MS"));
        assertEquals(Optional.of(Gender.UNKNOWN), EntityLexicon.title("Dr"));
        assertEquals(Optional.of(Gender.FEMALE), EntityLexicon.pronoun("Her"));
        assertEquals(Optional.empty(), EntityLexicon.title("Smith"));
        assertTrue(EntityLexicon.CREDIT_WORDS.contains("photo") && EntityLexicon.OUTLET_NOUNS.contains("newspaper"));
    }
}
