package org.newskg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;
import org.newskg.cli.ExitCodes;

/**
 * An article ingested for real from a folder whose name would tell on its owner: nothing the
 * server answers holds that name (SPARQL over every quad, the Graph Store, the dump, the pages),
 * while the command line still finds the article by any spelling of the file's path.
 */
class PrivatePathIT {
    private static final String FOLDER = "ana-private-leaks-7f3a";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void theServerPublishesNoFolderAndTheCommandLineFindsTheFileByAnySpelling(@TempDir Path tmp) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve(FOLDER));
        for (String name : List.of("north-wire.txt", "coastal-times.txt")) {
            Files.copy(Path.of("src/test/resources/articles", name), folder.resolve(name));
        }
        Path store = tmp.resolve("store");
        CliRun ingest = CliRun.of("ingest", "--no-link", "--store", store.toString(), folder.toString());
        assertEquals(ExitCodes.OK, ingest.exitCode(), ingest.err());
        assertTrue(ingest.out().contains("2 added"), ingest.out());

        // The same file through a linked folder is the same source: unchanged, not a duplicate.
        Path link = Files.createSymbolicLink(tmp.resolve("elsewhere"), folder);
        CliRun again = CliRun.of("ingest", "--no-link", "--store", store.toString(), link.resolve("north-wire.txt").toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertTrue(again.out().contains("0 added, 0 replaced, 1 unchanged, 0 duplicate(s) skipped"), again.out());

        // Removed by a relative path that goes up and down again.
        String otherSpelling = Path.of("").toAbsolutePath().relativize(folder.resolve("../" + FOLDER + "/coastal-times.txt")).toString();
        CliRun removed = CliRun.of("remove", "--store", store.toString(), otherSpelling);
        assertEquals(ExitCodes.OK, removed.exitCode(), removed.err());
        assertTrue(removed.out().contains("1 articles left"), removed.out());

        // Served (after the command line, which cannot open a store this JVM has served).
        Map<String, String> published = new LinkedHashMap<>();
        try (Served served = Served.start(store)) {
            String root = served.root();
            String everything = "SELECT * WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }";
            HttpResponse<String> all = Web.get(served.sparql() + "?query=" + URLEncoder.encode(everything, StandardCharsets.UTF_8),
                    "text/tab-separated-values");
            assertEquals(200, all.statusCode(), all.body());
            published.put("SPARQL", all.body());
            published.put("SPARQL probe", Web.get(served.sparql() + "?query=" + URLEncoder.encode(
                    "ASK { GRAPH ?g { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"" + FOLDER + "\")) } }", StandardCharsets.UTF_8),
                    "application/sparql-results+json").body());
            published.put("graph store", Web.get(root + "/newskg/get", "application/n-quads").body());
            published.put("dump", Web.get(root + "/dump.nq", null).body());
            published.put("start page", Web.get(root + "/", BROWSER).body());
            published.put("search", Web.get(root + "/search?q=north", BROWSER).body());
            String article = Web.get(served.sparql() + "?query=" + URLEncoder.encode(
                    "SELECT ?a WHERE { GRAPH ?a { ?a a <http://schema.org/NewsArticle> } }", StandardCharsets.UTF_8),
                    "text/csv").body().lines().skip(1).findFirst().orElseThrow().strip();
            String page = root + "/id/" + article.substring(article.indexOf("/id/") + 4);
            published.put("article page", Web.get(page, BROWSER).body());
            for (Representation r : Representation.values()) {
                published.put(r.extension(), Web.get(page + "." + r.extension(), null).body());
                published.put("void." + r.extension(), Web.get(root + "/void." + r.extension(), null).body());
            }
            assertTrue(published.get("dump").contains("\"north-wire.txt\""), "the file name is published");
            assertTrue(published.get("SPARQL probe").contains("false"), published.get("SPARQL probe"));
        }
        published.forEach((what, body) -> assertFalse(body.contains(FOLDER), what + " shows the folder: " + body));
    }
}
