package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;
import org.newskg.cli.ExitCodes;

/**
 * Roles and the recognition repairs end to end, with real CoreNLP and TDB2, on two invented
 * articles written to hold each role form and each guard (a caption listing several people,
 * a title beside another person's name, former and future roles): read back through
 * queries/roles.rq and the store.
 */
class RolesIT {
    private static final String HERALD = "portnova-herald.txt";
    private static final String DAILY = "lisbon-summit-daily.txt";

    @TempDir
    static Path tmp;

    private static Path store;
    /** roles.rq rows as "name | role | affiliationName | article source". */
    private static Set<String> roles;

    @BeforeAll
    static void ingest() {
        store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), "src/test/resources/roles");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        roles = query("SELECT ?name ?role ?affiliationName ?source WHERE { "
                + "{ SELECT * WHERE { " + body("queries/roles.rq") + " } } "
                + "GRAPH ?article { ?article newskg:source ?source } }").stream().skip(1)
                .map(r -> r.stream().map(RolesIT::plain).collect(Collectors.joining(" | ")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The WHERE clause of a query file, so it can be joined with the article's source. */
    private static String body(String file) {
        try {
            String q = java.nio.file.Files.readString(Path.of(file));
            return q.substring(q.indexOf("WHERE {") + 7, q.lastIndexOf("ORDER BY")).strip().replaceAll("}\\s*$", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<List<String>> query(String sparql) {
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "tsv", "-e", sparql);
        assertEquals(ExitCodes.OK, q.exitCode(), q.err());
        return q.out().lines().map(l -> List.of(l.split("\t", -1))).toList();
    }

    /** The first value of the first row. */
    private static String value(String sparql) {
        List<List<String>> rows = query(sparql);
        assertTrue(rows.size() > 1, "no rows for " + sparql);
        return rows.get(1).get(0);
    }

    private static String plain(String tsv) {
        String s = tsv.replaceAll("^\"|\"(\\^\\^.*)?$", "");
        // Sources are stored as absolute paths: the file name is what the expectations name.
        return s.contains("src/test/resources/roles/") ? s.substring(s.lastIndexOf('/') + 1) : s;
    }

    private static void assertRole(String row) {
        assertTrue(roles.contains(row), "no role " + row + " in\n" + String.join("\n", roles));
    }

    private static Set<String> rolesOf(String name) {
        return roles.stream().filter(r -> r.startsWith(name + " |")).collect(Collectors.toSet());
    }

    @Test
    void contractColumns() {
        CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "tsv", "queries/roles.rq");
        assertEquals(List.of("?person", "?name", "?role", "?affiliation", "?affiliationName", "?article"),
                List.of(q.out().lines().findFirst().orElseThrow().split("\t")));
    }

    @Test
    void titleBeforeTheNameWithADemonymAndAnAbbreviation() {
        assertRole("Alena Marek | prime minister | Portugal | " + HERALD);
        // "PM Marek" later in the article is the same role, stated twice.
        List<List<String>> evidence = query("SELECT ?words WHERE { ?m org:member <https://newskg.org/id/person/alena-marek> ;"
                + " newskg:roleMention/nif:anchorOf ?words } ORDER BY ?words");
        assertEquals(List.of("\"PM Marek\"", "\"Portuguese Prime Minister Alena Marek\""),
                evidence.stream().skip(1).map(r -> r.get(0)).toList());
    }

    @Test
    void possessiveCountryAndAPosting() {
        assertRole("Tomas Lindqvist | ambassador | Norway | " + HERALD);
        assertEquals("\"Portugal\"", value("SELECT ?to WHERE { ?m org:member <https://newskg.org/id/person/tomas-lindqvist> ;"
                + " newskg:posting/schema:name ?to }"));
    }

    @Test
    void aCountrysMinistryIsOneOrganisationWhateverTheWording() {
        assertRole("Ilse Brandvik | spokesperson | Transport Ministry of Norway | " + HERALD);
        assertRole("Karl Oberg | spokesman | Foreign Ministry of Sweden | " + HERALD);
        assertEquals("\"transport ministry\"", value("SELECT ?words WHERE {"
                + " ?m itsrdf:taIdentRef <https://newskg.org/id/organization/transport-ministry-of-norway> ; nif:anchorOf ?words }"));
    }

    @Test
    void organisationChiefAndSecretaryGeneral() {
        assertRole("Marta Kessler | chief | UNESCO | " + HERALD);
        assertRole("Pieter Vandam | secretary general | OECD | " + HERALD);
    }

    @Test
    void anAcronymAndItsExpansionAreOneOrganisationNamedByTheAcronym() {
        assertRole("Hanna Sorensen | director | NFC | " + HERALD); // "the Nordic Ferry Council (NFC)"
        assertRole("Olav Rud | spokesman | BPA | " + HERALD); // the initials of "Baltic Ports Authority"
        assertEquals("\"Nordic Ferry Council\"", value("SELECT ?alias WHERE { <https://newskg.org/id/organization/nfc> skos:altLabel ?alias }"));
        assertEquals("\"Baltic Ports Authority\"", value("SELECT ?alias WHERE { <https://newskg.org/id/organization/bpa> skos:altLabel ?alias }"));
    }

    @Test
    void titleSetOffBeforeTheName() {
        assertRole("Nadia Roy | foreign minister | Canada | " + HERALD);
    }

    @Test
    void aCityAsAffiliation() {
        assertRole("Joao Pires | mayor | Lisbon | " + DAILY);
    }

    @Test
    void aCaptionListingSeveralPeopleGivesEachTheirOwnRole() {
        assertRole("Rosa Ibarra | prime minister | Spain | " + DAILY);
        assertRole("Nikos Andreou | president | Greece | " + DAILY);
        assertRole("Pieter Vandam | secretary general | OECD | " + DAILY);
        assertRole("Cian Doyle | prime minister | Ireland | " + DAILY);
        long inDaily = roles.stream().filter(r -> r.endsWith(DAILY)).count();
        assertEquals(5, inDaily, "the four people of the caption and the mayor: " + roles);
        assertEquals(Set.of("Pieter Vandam | secretary general | OECD | " + DAILY,
                "Pieter Vandam | secretary general | OECD | " + HERALD), rolesOf("Pieter Vandam"));
    }

    @Test
    void aTitleBesideAnotherPersonsNameIsNotTheirs() {
        // "met Prime Minister Rosa Ibarra's spokesman, Luis Ferrer": the title is Ibarra's.
        assertEquals(Set.of(), rolesOf("Luis Ferrer"));
        assertEquals(Set.of("Cian Doyle | prime minister | Ireland | " + DAILY), rolesOf("Cian Doyle"));
    }

    @Test
    void formerAndFutureRolesAreLeftOut() {
        assertEquals(Set.of(), rolesOf("Jonas Feld"));
        assertEquals(Set.of(), rolesOf("Sara Lind"));
        assertEquals(Set.of(), rolesOf("Erik Sand"));
    }

    @Test
    void theRoleIsHeldOnThePublicationDay() {
        assertEquals("\"2025-06-11\"^^<http://www.w3.org/2001/XMLSchema#date>",
                value("SELECT DISTINCT ?day WHERE { ?m org:member <https://newskg.org/id/person/nadia-roy> ; newskg:heldOn ?day }"));
    }

    @Test
    void publicationsGroupsAndRegions() {
        Set<String> organisations = query("SELECT ?name WHERE { ?o a schema:Organization ; schema:name ?name }").stream().skip(1)
                .map(r -> plain(r.get(0))).collect(Collectors.toSet());
        assertTrue(organisations.containsAll(Set.of("Porto Tribune", "Vendel Asia", "G20")), organisations.toString());
        // "told Vendel Asia that" is the outlet too, once the article called it one.
        assertEquals("2", plain(value("SELECT (COUNT(?m) AS ?n) WHERE { ?m itsrdf:taIdentRef <https://newskg.org/id/organization/vendel-asia> }")));
        assertEquals("\"Group of Twenty\"", value("SELECT ?alias WHERE { <https://newskg.org/id/organization/g20> skos:altLabel ?alias }"));
        List<List<String>> cities = query("SELECT ?c WHERE { ?c a schema:City }");
        assertTrue(cities.stream().noneMatch(r -> r.get(0).endsWith("/asia>")), "Asia is no city: " + cities);
    }

    @Test
    void theGraphsConformToTheShapes() {
        CliRun v = CliRun.of("validate", "--store", store.toString());
        assertEquals(ExitCodes.OK, v.exitCode(), v.out() + v.err());
    }
}
