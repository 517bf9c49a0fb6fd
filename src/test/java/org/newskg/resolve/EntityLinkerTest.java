package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.EntityType;
import org.newskg.extract.Names;

/**
 * The linking rules on a real index built from a small dictionary in WikiDict's format (string,
 * page, prior; grouped by page), written by the test with invented names.
 */
class EntityLinkerTest {
    @TempDir
    static Path dir;
    private static WikiDictIndex index;
    private static EntityLinker linker;

    @BeforeAll
    static void buildIndex() throws IOException {
        Path file = dir.resolve("wikidict.tab");
        Files.write(file, List.of(
                "Coastal Freight Alliance\tCoastal_Freight_Alliance\t0.9",
                "CFA\tCoastal_Freight_Alliance\t0.6",
                "Ekdal\tEkdal_(surname)\t0.9",
                "Harbour Board\tHarbour_Board\t0.9",
                "Port Authority\tPort_Authority_of_Somewhere\t0.9",
                "Marta Quintela\tMarta_Quintela_(film)\t0.8",
                "Ministry\tMinistry_(government_department)\t0.9",
                "Rui Quintela\tRui_Quintela\t0.3",
                "Tomas Ekdal\tTomas_Ekdal\t0.97",
                "Valdor\tValdor\t0.7",
                "Valdor, Westmark\tValdor,_Westmark\t1.0",
                "Valdor Island\tValdor,_Westmark\t1.0",
                "Westmark\tWestmark\t0.95",
                "the Westmark\tWestmark\t0.95",
                "Westmarch\tWestmark\t0.55",
                "NV\tNew_Valdor\t0.55",
                "GV\tGarnet_Vale\t0.55",
                "Garnet Vale\tGarnet_Vale\t0.4",
                "New Valdor\tNew_Valdor\t0.9",
                "America\tUnited_States\t0.6",
                "Ostria\tOstria\t0.96",
                "Ostrian Federation\tOstria\t0.98",
                "Green Party\tGreen_Party_(Ostria)\t0.45",
                "the Greens\tGreen_Party_(Ostria)\t0.9",
                "Green Party (Westmark)\tGreen_Party_(Westmark)\t1.0",
                "Greens\tGreen_Party_(Ostria)\t0.7",
                "Brennmoor\tBrennmoor_College\t0.85",
                "HSB\tHSB\t0.8",
                "Harbour Safety Board\tHarbour_Safety_Board\t0.95",
                "Kessel\tKessel_News\t0.8",
                "Kessel News\tKessel_News\t1.0",
                "Kessel B\tKessel_(B_B)\t1.0",
                "Port Board of Westmark\tWestmark_Port_Board\t0.9",
                "Coastal Bank\tCoastal_bank\t0.9",
                "Fed Farmers\tFederated_Farmers\t0.95",
                "Sandmark\tSandmark_Desert\t0.8",
                "Tariff Board\tTariff_Board\t0.9",
                "the Tariff Board\tTariff_Board\t0.9",
                "Tariff Board of Westmark\tTariff_Board_(Westmark)\t1.0",
                "Brenn, Ostria\tBrenn,_Ostria\t1.0",
                "Brenn\tBrenn,_Westmark\t0.3",
                "Brenn city\tBrenn,_Westmark\t0.3",
                "Brenn town\tBrenn,_Westmark\t0.3",
                "Brenn West\tBrenn,_Westmark\t0.3",
                "Brenn town in Westmark\tBrenn,_Westmark\t0.3",
                "Norway\tNorway\t0.95",
                "Cabinet\tCabinet_(government)\t0.2",
                "Norwegian Cabinet\tCabinet_of_Norway\t0.9",
                "Rover\tRovers_(faction)\t0.45",
                "Rovers\tRover\t0.7",
                "Norwegian Rovers\tRover_Party_(Norway)\t1.0",
                "Norwegian Assembly\tList_of_Norwegian_assemblies\t0.9",
                "Norwegian Treasury\tNorwegian_treasury\t0.9",
                "Freedom Party\tFreedom_Party_(Ostria)\t0.4",
                "Norwegian Freedom Party\tFreedom_Party_(Norway)\t1.0",
                "Norwegian Falcon\tNorwegian_Falcon\t1.0"), StandardCharsets.UTF_8);
        index = WikiDictIndex.openOrBuild(dir.resolve("cache"), WikiDictIndex.fileSource(file), s -> { });
        linker = new EntityLinker(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static EntityRecord rec(EntityType type, String article, String name, String... aliases) {
        return new EntityRecord("https://example.org/" + type.name().toLowerCase() + "/" + Names.slug(Names.key(name)),
                type, name, Set.of(aliases), article, Set.of(), Set.of());
    }

    private static Map<EntityLinker.InArticle, EntityLinker.Found> linkAll(EntityRecord... records) {
        return linker.linkArticles(List.of(records));
    }

    private static String page(Map<EntityLinker.InArticle, EntityLinker.Found> found, EntityRecord r) {
        EntityLinker.Found f = found.get(new EntityLinker.InArticle(r.article(), r.iri()));
        return f == null ? null : f.title();
    }

    @Test
    void aFullNameLinksToThePageNamedAfterIt() {
        EntityRecord p = rec(EntityType.PERSON, "a1", "Tomas Ekdal", "Ekdal");
        var found = linkAll(p);
        assertEquals("Tomas_Ekdal", page(found, p));
        EntityLinker.Found f = found.values().iterator().next();
        assertEquals(0.97, f.confidence(), 1e-9);
        assertTrue(f.evidence().contains("'Tomas Ekdal'"), f.evidence());
        assertFalse(f.evidence().contains("'Ekdal'"), "a bare surname is never looked up: " + f.evidence());
        List<EntityLink> links = linker.link(List.of(p), found, new Resolution(List.of(), Map.of()));
        assertEquals("http://dbpedia.org/resource/Tomas_Ekdal", links.get(0).dbpedia());
        assertEquals("https://en.wikipedia.org/wiki/Tomas_Ekdal", links.get(0).wikipedia());
    }

    @Test
    void aOneWordInstitutionOrPartyIsTheArticleCountrys() {
        EntityRecord norway = rec(EntityType.PLACE, "a1", "Norway");
        EntityRecord cabinet = rec(EntityType.ORGANIZATION, "a1", "Cabinet");
        EntityRecord rovers = rec(EntityType.ORGANIZATION, "a1", "Rovers");
        EntityRecord rover = rec(EntityType.ORGANIZATION, "a1", "Rover");
        var found = linkAll(norway, cabinet, rovers, rover);
        assertEquals("Cabinet_of_Norway", page(found, cabinet), "'Norwegian Cabinet'");
        assertEquals("Rover_Party_(Norway)", page(found, rovers), "'Norwegian Rovers' rather than the page 'Rovers' links to");
        assertEquals("Rover_Party_(Norway)", page(found, rover), "the plural of a member word");
        assertTrue(found.get(new EntityLinker.InArticle("a1", cabinet.iri())).evidence().contains("'Norwegian Cabinet'"));
        EntityRecord freedom = rec(EntityType.ORGANIZATION, "a5", "Freedom Party");
        assertEquals("Freedom_Party_(Norway)", page(linkAll(rec(EntityType.PLACE, "a5", "Norway"), freedom), freedom),
                "a full name that nothing else links");
        // The page of a party qualified by the country names the country too.
        EntityRecord greens = rec(EntityType.ORGANIZATION, "a3", "Greens");
        EntityRecord cabinet3 = rec(EntityType.ORGANIZATION, "a3", "Cabinet");
        assertEquals(null, page(linkAll(greens, cabinet3), cabinet3), "the Greens' page names Ostria, which has no table entry");
    }

    @Test
    void anArticleThatNamesNoCountryIsAboutTheCountryOfTheCapitalItNames() {
        EntityRecord oslo = rec(EntityType.PLACE, "a1", "Oslo");
        EntityRecord cabinet = rec(EntityType.ORGANIZATION, "a1", "Cabinet");
        assertEquals("Cabinet_of_Norway", page(linkAll(oslo, cabinet), cabinet), "'Oslo': a Norwegian story");
        EntityRecord cabinet2 = rec(EntityType.ORGANIZATION, "a2", "Cabinet");
        var two = linkAll(rec(EntityType.PLACE, "a2", "Oslo"), rec(EntityType.PLACE, "a2", "Stockholm"), cabinet2);
        assertEquals(null, page(two, cabinet2), "two capitals of two countries, as much named");
        EntityRecord cabinet3 = rec(EntityType.ORGANIZATION, "a3", "Cabinet");
        var named = linkAll(rec(EntityType.PLACE, "a3", "Oslo"), rec(EntityType.PLACE, "a3", "Sweden"),
                rec(EntityType.PLACE, "a3", "Stockholm"), cabinet3);
        assertEquals(null, page(named, cabinet3), "a country named decides, capitals are only a fall-back: Sweden, no Swedish Cabinet page");
    }

    @Test
    void anAcronymTheArticleSpellsOutFollowsItsFullName() {
        EntityRecord board = rec(EntityType.ORGANIZATION, "a1", "HSB", "Harbour Safety Board");
        assertEquals("Harbour_Safety_Board", page(linkAll(board), board), "'HSB' alone links elsewhere");
        EntityRecord alone = rec(EntityType.ORGANIZATION, "a2", "HSB");
        assertEquals("HSB", page(linkAll(alone), alone));
        assertEquals(Map.of(), linkAll(rec(EntityType.ORGANIZATION, "a3", "Coastal Freight Alliance", "Harbour Board")),
                "two full names, two pages: still none");
    }

    @Test
    void aMemberWordBesideItsPluralIsNotLookedUp() {
        assertEquals(Set.of("Rovers"), EntityLinker.lookupNames(EntityType.ORGANIZATION, Set.of("Rover", "Rovers")));
        assertEquals(Set.of("Rover"), EntityLinker.lookupNames(EntityType.ORGANIZATION, Set.of("Rover")));
        EntityRecord rovers = rec(EntityType.ORGANIZATION, "a1", "Rovers", "Rover");
        assertEquals("Rover_Party_(Norway)", page(linkAll(rec(EntityType.PLACE, "a1", "Norway"), rovers), rovers),
                "the member word's own page does not fit the party");
    }

    @Test
    void aShortNameOfACollegeLinksToItsPage() {
        EntityRecord college = rec(EntityType.ORGANIZATION, "a1", "Brennmoor");
        assertEquals("Brennmoor_College", page(linkAll(college), college), "'Brennmoor' -> Brennmoor_College: a generic word added");
    }

    @Test
    void noCountryOrAListOrAKindOfThingGivesNoInstitution() {
        assertEquals(Map.of(), linkAll(rec(EntityType.ORGANIZATION, "a1", "Cabinet")), "no country named");
        EntityRecord norway = rec(EntityType.PLACE, "a2", "Norway");
        EntityRecord sweden = rec(EntityType.PLACE, "a2", "Sweden");
        EntityRecord cabinet = rec(EntityType.ORGANIZATION, "a2", "Cabinet");
        assertEquals(null, page(linkAll(norway, sweden, cabinet), cabinet), "two countries, as much named");
        EntityRecord assembly = rec(EntityType.ORGANIZATION, "a4", "Assembly");
        EntityRecord treasury = rec(EntityType.ORGANIZATION, "a4", "Treasury");
        var found = linkAll(rec(EntityType.PLACE, "a4", "Norway"), assembly, treasury);
        assertEquals(null, page(found, assembly), "a list page");
        assertEquals(null, page(found, treasury), "a page about a kind of thing");
        EntityRecord falcon = rec(EntityType.ORGANIZATION, "a6", "Falcon");
        assertEquals(null, page(linkAll(rec(EntityType.PLACE, "a6", "Norway"), falcon), falcon),
                "a page titled with the demonym is a thing of its own");
    }

    @Test
    void countryFormsFollowTheRuleFile() {
        var norway = org.newskg.extract.Countries.standard().byName("Norway").orElseThrow();
        List<String> forms = CountryForms.forms("Rover", norway);
        assertEquals("Norwegian Rover", forms.get(0));
        assertTrue(forms.contains("Norwegian Rovers") && forms.contains("Rover of Norway"), forms.toString());
        assertEquals("Tories", CountryForms.plural("Tory"));
        assertEquals("Days", CountryForms.plural("Day"));
        assertEquals("Rovers", CountryForms.plural("Rovers"));
        assertFalse(CountryForms.forms("Freedom Party", norway).contains("Norwegian Freedom Partys"));
        assertEquals("Norway", CountryForms.countryOfTitle("Labour_Party_(Norway)").orElseThrow().name());
        assertEquals("Norway", CountryForms.countryOfTitle("Cabinet_of_Norway").orElseThrow().name());
    }

    @Test
    void surnamesGenericWordsWrongKindsAndWeakPriorsAreNotLinked() {
        assertEquals(Map.of(), linkAll(rec(EntityType.PERSON, "a1", "Ekdal"), rec(EntityType.ORGANIZATION, "a1", "Ministry")));
        assertEquals(Map.of(), linkAll(rec(EntityType.PERSON, "a1", "Marta Quintela")), "a film is not a person");
        assertEquals(Map.of(), linkAll(rec(EntityType.PERSON, "a1", "Rui Quintela")), "prior below the minimum");
        assertEquals(Map.of(), linkAll(rec(EntityType.ORGANIZATION, "a1", "Port Authority")), "not one of its names");
        assertEquals(Map.of(), linkAll(rec(EntityType.ORGANIZATION, "a1", "Coastal Freight Alliance", "Harbour Board")),
                "two names, two pages");
    }

    @Test
    void anAcronymAndAShortNameThatOnlyLacksAGenericWordLink() {
        EntityRecord cfa = rec(EntityType.ORGANIZATION, "a1", "CFA");
        EntityRecord kessel = rec(EntityType.ORGANIZATION, "a1", "Kessel");
        var found = linkAll(cfa, kessel);
        assertEquals("Coastal_Freight_Alliance", page(found, cfa));
        assertEquals("Kessel_News", page(found, kessel));
        assertEquals(null, page(linkAll(rec(EntityType.PERSON, "a1", "Kessel B")), rec(EntityType.PERSON, "a1", "Kessel B")),
                "a qualifier with a repeated word is read (and this one is not a name of it)");
    }

    @Test
    void placesLinkAndAnotherNameOfTheSameCountryFits() {
        EntityRecord ostria = rec(EntityType.PLACE, "a1", "Ostrian Federation");
        EntityRecord westmark = rec(EntityType.PLACE, "a2", "the Westmark");
        EntityRecord america = rec(EntityType.PLACE, "a2", "America");
        var found = linkAll(ostria, westmark, america);
        assertEquals(null, page(found, ostria), "the page is not one of its names");
        assertEquals("Westmark", page(found, westmark), "a leading 'the' set aside");
        assertEquals("United_States", page(found, america), "another name of the country in the country table");
    }

    @Test
    void theArticleChoosesAmongNamesakesWhenThePriorCannot() {
        EntityRecord valdor = rec(EntityType.PLACE, "a1", "Valdor");
        EntityRecord westmark = rec(EntityType.PLACE, "a1", "Westmark");
        EntityRecord valdorAlone = rec(EntityType.PLACE, "a2", "Valdor");
        var found = linkAll(valdor, westmark, valdorAlone);
        assertEquals("Valdor,_Westmark", page(found, valdor));
        assertTrue(found.get(new EntityLinker.InArticle("a1", valdor.iri())).evidence().contains("'Westmark'"));
        assertEquals(null, page(found, valdorAlone), "without context, ambiguous: Wikipedia refers to the other Valdor more");

        EntityRecord party = rec(EntityType.ORGANIZATION, "a3", "Green Party");
        EntityRecord country = rec(EntityType.PLACE, "a3", "the Westmark");
        EntityRecord partyElsewhere = rec(EntityType.ORGANIZATION, "a4", "Green Party");
        var parties = linkAll(party, country, partyElsewhere);
        assertEquals("Green_Party_(Westmark)", page(parties, party), "its qualifier is the page the article's country links to");
        assertEquals(null, page(parties, partyElsewhere), "a weak prior and no context");
    }

    @Test
    void conceptPagesDoNotFitAndAbbreviatedOrGeographicFormsDo() {
        EntityRecord bank = rec(EntityType.ORGANIZATION, "a1", "Coastal Bank");
        EntityRecord farmers = rec(EntityType.ORGANIZATION, "a1", "Fed Farmers");
        EntityRecord desert = rec(EntityType.PLACE, "a1", "Sandmark");
        var found = linkAll(bank, farmers, desert);
        assertEquals(null, page(found, bank), "a page about a kind of bank, not this one");
        assertEquals("Federated_Farmers", page(found, farmers));
        assertEquals("Sandmark_Desert", page(found, desert));
        assertTrue(EntityLinker.isConcept("Central_bank"));
        assertFalse(EntityLinker.isConcept("Bank_of_England"));
        assertFalse(EntityLinker.isConcept("Los_Angeles,_California"));
    }

    @Test
    void anOrganisationWithoutAPageOfItsOwnIsTheOneOfThePlaceTheArticleNames() {
        EntityRecord board = rec(EntityType.ORGANIZATION, "a1", "Port Board");
        EntityRecord country = rec(EntityType.PLACE, "a1", "the Westmark");
        EntityRecord alone = rec(EntityType.ORGANIZATION, "a2", "Port Board");
        var found = linkAll(board, country, alone);
        assertEquals("Westmark_Port_Board", page(found, board));
        assertTrue(found.get(new EntityLinker.InArticle("a1", board.iri())).evidence().contains("'Port Board of Westmark'"));
        assertEquals(null, page(found, alone));
    }

    @Test
    void aPageWithoutQualifierGivesWayToANamesakeTheArticleSupportsWhenAsWellKnown() {
        EntityRecord board = rec(EntityType.ORGANIZATION, "a1", "Tariff Board");
        EntityRecord country = rec(EntityType.PLACE, "a1", "Westmark");
        EntityRecord alone = rec(EntityType.ORGANIZATION, "a2", "Tariff Board");
        var found = linkAll(board, country, alone);
        assertEquals("Tariff_Board_(Westmark)", page(found, board));
        assertEquals("Tariff_Board", page(found, alone));
    }

    @Test
    void theContextNeverChoosesAPageWikipediaHardlyRefersTo() {
        EntityRecord brenn = rec(EntityType.PLACE, "a1", "Brenn");
        EntityRecord ostria = rec(EntityType.PLACE, "a1", "Ostria");
        EntityRecord brennW = rec(EntityType.PLACE, "a2", "Brenn");
        EntityRecord westmark = rec(EntityType.PLACE, "a2", "Westmark");
        var found = linkAll(brenn, ostria, brennW, westmark);
        assertEquals(null, page(found, brenn), "Brenn,_Ostria: 1 string against 5 of Brenn,_Westmark");
        assertEquals("Brenn,_Westmark", page(found, brennW));
    }

    @Test
    void aTwoLetterNameWithAWeakPriorNeedsItsPageNamedInTheSameArticle() {
        EntityRecord wm = rec(EntityType.PLACE, "a1", "NV");
        EntityRecord wmBeside = rec(EntityType.PLACE, "a2", "NV");
        EntityRecord westmark = rec(EntityType.PLACE, "a2", "New Valdor");
        var found = linkAll(wm, wmBeside, westmark);
        assertEquals(null, page(found, wm), "prior 0.55 for two letters: ambiguous alone");
        assertEquals("New_Valdor", page(found, wmBeside), "the article names the place its page is about");
    }

    @Test
    void aTwoLetterNameWithAWeakPriorLinksWhenTheArticleNamesItsPagesTitle() {
        EntityRecord alone = rec(EntityType.ORGANIZATION, "a1", "GV");
        EntityRecord beside = rec(EntityType.ORGANIZATION, "a2", "GV");
        EntityRecord longForm = rec(EntityType.ORGANIZATION, "a2", "Garnet Vale");
        var found = linkAll(alone, beside, longForm);
        assertEquals(null, page(found, alone));
        assertEquals(null, page(found, longForm), "its own prior is too weak");
        assertEquals("Garnet_Vale", page(found, beside), "the article names what the page is about");
    }

    @Test
    void oneCorpusEntityGetsThePageItsArticlesAgreeOn() {
        EntityRecord a = rec(EntityType.ORGANIZATION, "a1", "Greens");
        EntityRecord b = rec(EntityType.ORGANIZATION, "a2", "the Greens");
        var found = linkAll(a, b);
        Resolution one = new EntityResolver().resolve(List.of(a, b), EntityLinker.pageOfIri(found));
        assertEquals(one.canonicalOf(a.iri()), one.canonicalOf(b.iri()), "the same page: one entity");
        List<EntityLink> links = linker.link(List.of(a, b), found, one);
        assertEquals(1, links.size());
        assertEquals("Green_Party_(Ostria)", links.get(0).title());
        assertTrue(links.get(0).evidence().endsWith("(2 articles)"), links.get(0).evidence());
    }
}
