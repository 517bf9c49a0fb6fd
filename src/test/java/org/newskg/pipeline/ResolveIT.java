package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;
import org.newskg.cli.ExitCodes;

/**
 * Cross-document resolution end to end, with real CoreNLP and TDB2, on three invented articles
 * that name the same people and organisations in different forms: read back through the query
 * library, undone by remove, and the same whatever the order of ingest.
 */
class ResolveIT {
    private static final Path ARTICLES = Path.of("src/test/resources/resolve");
    private static final String ID = "https://newskg.org/id/";

    @TempDir
    static Path tmp;

    private static Path store;

    @BeforeAll
    static void ingest() {
        store = tmp.resolve("store");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), ARTICLES.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    }

    private static List<List<String>> rows(Path in, String queryFileOrText, boolean isFile) {
        CliRun q = isFile ? CliRun.of("query", "--store", in.toString(), "--format", "tsv", queryFileOrText)
                : CliRun.of("query", "--store", in.toString(), "--format", "tsv", "-e", queryFileOrText);
        assertEquals(ExitCodes.OK, q.exitCode(), q.err());
        return q.out().lines().skip(1).map(l -> List.of(l.split("\t", -1))).toList();
    }

    /** Article-level IRI -> canonical IRI, with the reason, from the corpus graph. */
    private static Map<String, String> sameAs(Path in) {
        return rows(in, "SELECT ?m ?c ?why WHERE { GRAPH <urn:newskg:corpus> { ?m owl:sameAs ?c ; newskg:sameAsReason ?why } }",
                false).stream().collect(Collectors.toMap(r -> strip(r.get(0)), r -> strip(r.get(1)) + " " + r.get(2),
                        (a, b) -> a, TreeMap::new));
    }

    private static String strip(String iri) {
        return iri.replaceAll("[<>]", "").replace(ID, "");
    }

    /** Name -> the IRIs a contract query gives for it. */
    private static Map<String, Set<String>> iris(String queryFile) {
        return rows(store, queryFile, true).stream().collect(Collectors.groupingBy(r -> r.get(1).replace("\"", ""),
                Collectors.mapping(r -> strip(r.get(0)), Collectors.toSet())));
    }

    @Test
    void aSurnameInAnotherArticleIsTheSamePersonInThePeopleQuery() {
        Map<String, Set<String>> people = iris("queries/people.rq");
        assertEquals(Set.of("person/tomas-ekdal"), people.get("Ekdal"), people.toString());
        assertEquals(Set.of("person/tomas-ekdal"), people.get("Tomas Ekdal"), people.toString());
        assertTrue(sameAs(store).get("person/ekdal").contains("surname:"), sameAs(store).toString());
    }

    @Test
    void aSurnameOfTwoPeopleStaysItsOwnNode() {
        Map<String, Set<String>> people = iris("queries/people.rq");
        assertEquals(Set.of("person/quintela"), people.get("Quintela"), people.toString());
        assertEquals(Set.of("person/marta-quintela"), people.get("Marta Quintela"), people.toString());
        assertEquals(Set.of("person/rui-quintela"), people.get("Rui Quintela"), people.toString());
    }

    @Test
    void acronymsAndCountryFormsOfOrganisationsAreOneNode() {
        Map<String, Set<String>> orgs = iris("queries/organizations.rq");
        // "Coastal Freight Alliance (CFA)" is one organisation within its article already (extract's
        // NameRepairs names it by the acronym), so the other article's "CFA" is the same IRI without a join;
        // the cross-document acronym rules are EntityResolverTest's.
        assertEquals(Set.of("organization/cfa"), orgs.get("CFA"), orgs.toString());
        assertFalse(orgs.containsKey("Coastal Freight Alliance"), orgs.toString());
        assertEquals(orgs.get("Norwegian Fisheries Directorate"), orgs.get("Fisheries Directorate"), orgs.toString());
        Map<String, String> same = sameAs(store);
        assertTrue(same.get("organization/fisheries-directorate").contains("Norway's Fisheries Directorate"), same.toString());
    }

    @Test
    void theCanonicalEntityCarriesEveryNameAsAnAltLabel() {
        List<List<String>> labels = rows(store, "SELECT ?l WHERE { GRAPH <urn:newskg:corpus> { <" + ID
                + "person/tomas-ekdal> skos:altLabel ?l } }", false);
        assertEquals(List.of(List.of("\"Ekdal\"")), labels);
    }

    @Test
    void topEntitiesCountAPersonNamedTwoWaysOnce() {
        List<List<String>> top = rows(store, "queries/top-entities.rq", true);
        List<List<String>> ekdal = top.stream().filter(r -> r.get(0).contains("ekdal")).toList();
        assertEquals(1, ekdal.size(), top.toString());
        assertEquals("\"Tomas Ekdal\"", ekdal.get(0).get(1));
        assertTrue(ekdal.get(0).get(3).startsWith("3"), ekdal.toString());
    }

    @Test
    void theCoMentionExportHasOneNodePerEntityCountingAllItsNames() throws java.io.IOException {
        Path dot = tmp.resolve("co.dot");
        CliRun run = CliRun.of("export", "--store", store.toString(), "--format", "dot", "--view", "co-mention", "-o", dot.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String text = java.nio.file.Files.readString(dot);
        assertFalse(text.contains("person/ekdal\""), text);
        assertTrue(text.contains("label=\"Tomas Ekdal\"") && text.contains("articles=\"3\""), text);
    }

    @Test
    void theEntityQueryFindsAPersonByASurnameAndGivesEveryMention() throws java.io.IOException {
        Path query = tmp.resolve("entity.rq");
        java.nio.file.Files.writeString(query, java.nio.file.Files.readString(Path.of("queries/entity.rq"))
                .replace("\"marta quintela\"", "\"ekdal\""));
        List<List<String>> rows = rows(store, query.toString(), true);
        assertEquals(Set.of("person/tomas-ekdal"), rows.stream().map(r -> strip(r.get(0))).collect(Collectors.toSet()), rows.toString());
        assertEquals(Set.of("\"Ekdal\"", "\"Tomas Ekdal\""), rows.stream().map(r -> r.get(5)).collect(Collectors.toSet()));
        assertEquals(3, rows.stream().map(r -> r.get(2)).distinct().count(), "all three articles: " + rows);
    }

    @Test
    void theResolvedStoreConformsToTheShapes() {
        CliRun v = CliRun.of("validate", "--store", store.toString());
        assertEquals(ExitCodes.OK, v.exitCode(), v.out() + v.err());
    }

    @Test
    void removingAnArticleUndoesTheMergesItSupportedAndOrderDoesNotMatter() {
        Path other = tmp.resolve("reversed");
        for (List<String> batch : List.of(List.of("03-herald.txt"), List.of("02-courier.txt", "01-gazette.txt"))) {
            List<String> args = new ArrayList<>(List.of("ingest", "--store", other.toString()));
            batch.forEach(f -> args.add(ARTICLES.resolve(f).toString()));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        }
        assertEquals(sameAs(store), sameAs(other), "same articles, other order, same merges");

        CliRun removed = CliRun.of("remove", "--store", other.toString(), ARTICLES.resolve("01-gazette.txt").toString());
        assertEquals(ExitCodes.OK, removed.exitCode(), removed.err());
        Map<String, String> after = sameAs(other);
        assertFalse(after.containsKey("organization/cfa"), "nothing joins the CFA: " + after);
        assertTrue(after.get("person/ekdal").startsWith("person/tomas-ekdal"), "the full name is still in 03: " + after);
    }
}
