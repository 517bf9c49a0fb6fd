package org.newskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.CliRun;
import org.newskg.cli.ExitCodes;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.RunningServer;
import org.newskg.serve.ServeSettings;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The workbench as a person meets it, in a real headless Chromium against a real server on a
 * store of the sample articles: the start page, a search, a query from the library, the
 * endpoint's address in a browser, and the browse pages. Screenshots go to docs/img/.
 */
class WorkbenchBrowserIT {
    @TempDir
    static Path tmp;

    private static RunningServer server;
    private static Browser browser;

    /** {@code -Dnewskg.web.store=DIR} serves a store of the samples made before, to work on the pages quickly. */
    @BeforeAll
    static void serveTheSamples() {
        String given = System.getProperty("newskg.web.store", "");
        Path store = given.isEmpty() ? tmp.resolve("store") : Path.of(given);
        if (given.isEmpty()) {
            CliRun ingest = CliRun.of("ingest", "--store", store.toString(), "samples");
            assertEquals(ExitCodes.OK, ingest.exitCode(), ingest.err());
        }
        server = NewskgServer.start(ServeSettings.of(store).withPort(0));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String url(String path) {
        return server.baseUrl() + path;
    }

    @Test
    void theStartPageIsNewskgsWithSearchLibraryAndLinks() {
        browser.open(url(""));
        assertEquals("Start · newskg", browser.title());
        assertEquals("News knowledge graph", browser.text(By.tagName("h1")));
        assertTrue(browser.driver().findElement(By.cssSelector("form.search input[name=q]")).isDisplayed());
        List<String> examples = browser.all(By.cssSelector(".library a.example")).stream().map(WebElement::getText).toList();
        assertTrue(examples.containsAll(List.of("people", "quotes", "corroboration", "search")), examples.toString());
        String people = browser.text(By.xpath("//a[text()='people']/following-sibling::span"));
        assertTrue(people.startsWith("People:"), people);
        String data = browser.text(By.cssSelector("section.data"));
        for (String link : List.of("Browse by type", "Dataset description", "Ontology", "Dump", "SPARQL endpoint")) {
            assertTrue(data.contains(link), data);
        }
        assertFalse(browser.driver().getPageSource().contains("Add data"), "no edit tabs on a read-only server");
        browser.screenshot("workbench-start");
    }

    @Test
    void aSearchFromTheStartPageGroupsWhatItFinds() {
        browser.open(url(""));
        WebElement box = browser.driver().findElement(By.cssSelector("form.search input[name=q]"));
        box.sendKeys("cable", Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("/search?q=cable"));
        String statements = browser.text(By.cssSelector("#statements"));
        assertTrue(statements.startsWith("Statements ("), statements);
        assertTrue(statements.contains("This cable will carry clean power"), statements);
        assertTrue(statements.contains("Eirik Halvorsen, reported by 3 outlets"), statements);
        assertTrue(browser.text(By.cssSelector("#articles")).contains("power cable"));
        assertEquals("cable", browser.driver().findElement(By.cssSelector("form.search input[name=q]")).getAttribute("value"));
        browser.screenshot("workbench-search");

        // A hit leads to its page.
        browser.driver().findElement(By.partialLinkText("This cable will carry clean power")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/id/statement/"));
    }

    @Test
    void searchWordsAreShownAsTextNeverAsMarkup() {
        browser.open(url("search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"));
        assertTrue(browser.text(By.tagName("main")).contains("<img src=x onerror=alert(1)>"));
        assertTrue(browser.all(By.cssSelector("main img")).isEmpty());
    }

    @Test
    void aQueryFromTheLibraryRunsInTheEditor() {
        browser.open(url(""));
        browser.consoleMessages(); // reading them clears what earlier pages wrote
        browser.driver().findElement(By.linkText("people")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/query?example=people"));
        // YASGUI shows the query with its prefixes, runs it, and shows the table of results.
        String editor = browser.waitFor(d -> {
            String t = d.findElement(By.cssSelector(".CodeMirror")).getText();
            return t.contains("SELECT ?person ?name ?article") ? t : null;
        });
        assertTrue(editor.contains("PREFIX schema:"), editor);
        String table = browser.waitFor(d -> {
            String t = d.findElement(By.cssSelector(".yasr")).getText();
            return t.contains("Eirik Halvorsen") ? t : null;
        });
        assertTrue(table.contains("Marta Quintela"), table);
        browser.screenshot("workbench-query");
        List<String> errors = browser.consoleMessages().stream().filter(m -> m.contains("SEVERE")).toList();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void theEndpointInABrowserIsTheQueryPage() {
        browser.open(server.queryUrls().get(0));
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/query"));
        assertEquals("Query · newskg", browser.title());
        assertEquals(Boolean.TRUE, browser.waitFor(d -> d.findElement(By.cssSelector(".CodeMirror")).isDisplayed()));
    }

    @Test
    void browsingListsWhatIsThereByType() {
        browser.open(url("id/"));
        assertEquals("Browse by type", browser.text(By.tagName("h1")));
        String table = browser.text(By.cssSelector("table.types"));
        for (String kind : List.of("People", "Organisations", "Places", "Statements", "Events", "Articles")) {
            assertTrue(table.contains(kind), table);
        }
        browser.driver().findElement(By.linkText("People")).click();
        String people = browser.text(By.cssSelector("ul.hits"));
        assertTrue(people.contains("Eirik Halvorsen") && people.contains("Marta Quintela"), people);
        browser.screenshot("workbench-browse");
    }

    @Test
    void aPersonsDossierShowsRolesPartnersByNameAndItsNetworkPicture() {
        browser.open(url("id/?type=people"));
        browser.driver().findElement(By.linkText("Eirik Halvorsen")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/id/") && !d.getCurrentUrl().contains("type=") ? true : null);
        assertTrue(browser.text(By.tagName("h1")).contains("Eirik Halvorsen"), browser.text(By.tagName("h1")));
        String roles = browser.text(By.cssSelector("section#roles")).toLowerCase(java.util.Locale.ROOT);
        assertTrue(roles.contains("prime minister"), roles);
        String partners = browser.text(By.cssSelector("section#named-with"));
        assertTrue(partners.contains("Marta Quintela"), partners);
        assertFalse(partners.contains("co-mention"), partners);
        // Cytoscape.js, served from the jar, draws the network and says how many nodes it drew.
        String drawn = browser.waitFor(d -> {
            String n = d.findElement(By.id("network")).getAttribute("data-drawn");
            return n == null || n.isEmpty() ? null : n;
        });
        assertTrue(Integer.parseInt(drawn) >= 2, "nodes drawn: " + drawn);
        // Internal counters stay in the folded details part.
        WebElement details = browser.driver().findElement(By.cssSelector("details.all"));
        assertEquals(null, details.getAttribute("open"));
        assertFalse(details.getText().contains("entityRank"), "a folded part shows only its summary");
        browser.screenshot("workbench-dossier");
        List<String> errors = browser.consoleMessages().stream().filter(m -> m.contains("SEVERE")).toList();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }
}
