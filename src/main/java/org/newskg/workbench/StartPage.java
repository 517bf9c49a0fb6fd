package org.newskg.workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * newskg's start page at {@code /}: the search box, the query library as ready examples, and
 * the ways into the data (browse by type, the dataset's VoID, the ontology, the dump, the
 * SPARQL endpoint); what can be edited only when the server takes updates.
 */
final class StartPage extends WorkbenchServlet {
    private static final long serialVersionUID = 1L;
    private final transient List<QueryLibrary.Example> library;

    StartPage(boolean update, List<QueryLibrary.Example> library) {
        super(update);
        this.library = library;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        WorkbenchSite s = site();
        Page page = new Page("Start");
        Element main = page.main();
        main.appendElement("h1").text("News knowledge graph");
        main.appendElement("p").addClass("lead").text("The people, organisations and places the articles name, "
                + "what was said and by whom, and the events they describe, with the exact words of each article.");
        searchForm(main, "");

        Element cols = main.appendElement("div").addClass("columns");
        Element examples = cols.appendElement("section").addClass("library");
        examples.appendElement("h2").text("Ready queries");
        examples.appendElement("p").text("The query library (queries/*.rq): each opens in the query editor with "
                + "the newskg prefixes set, ready to run or to change.");
        Element list = examples.appendElement("ul").addClass("examples");
        for (QueryLibrary.Example ex : library) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", QueryPage.PATH + "?example=" + ex.name()).addClass("example")
                    .text(ex.name());
            item.appendElement("span").addClass("title").text(ex.title());
        }

        Element data = cols.appendElement("section").addClass("data");
        data.appendElement("h2").text("The data");
        Element links = data.appendElement("ul").addClass("links");
        link(links, "/id/", "Browse by type", "everything the graph holds, people, organisations, places, "
                + "statements, events, articles, a page each");
        link(links, QueryPage.PATH, "SPARQL query editor", "write your own query");
        link(links, "/void", "Dataset description", "VoID and DCAT: counts, vocabularies, where to get it");
        link(links, "/ns", "Ontology", "the newskg terms");
        link(links, "/dump.nq", "Dump", "the whole store as N-Quads");
        Element endpoint = data.appendElement("p").addClass("endpoint");
        endpoint.appendText("SPARQL endpoint: ");
        endpoint.appendElement("code").text(root(req) + s.sparqlPath());
        if (s.update()) {
            data.appendElement("h2").text("Edit");
            Element edit = data.appendElement("ul").addClass("links");
            String dataset = s.datasetPath();
            link(edit, "/index.html#/dataset" + dataset + "/edit", "Edit a graph", "with the update account");
            link(edit, "/index.html#/dataset" + dataset + "/upload", "Add data", "upload RDF files");
            data.appendElement("p").text("SPARQL Update: ").appendElement("code").text(root(req) + dataset + "/update");
        }
        page.send(resp, HttpServletResponse.SC_OK);
    }

    /** The search box, shared with the results page. */
    static void searchForm(Element parent, String words) {
        Element form = parent.appendElement("form").addClass("search").attr("action", SearchPage.PATH)
                .attr("method", "get").attr("role", "search");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("value", words)
                .attr("aria-label", "Search").attr("maxlength", String.valueOf(Search.MAX_CHARS))
                .attr("placeholder", "Search people, organisations, places, statements, events, articles");
        form.appendElement("button").attr("type", "submit").text("Search");
    }

    private static void link(Element list, String href, String text, String what) {
        Element li = list.appendElement("li");
        li.appendElement("a").attr("href", href).text(text);
        li.appendElement("span").text(" " + what);
    }

    /** {@code http://HOST:PORT} as the client addressed the server (only written into the page). */
    static String root(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        return url.substring(0, url.length() - req.getRequestURI().length());
    }
}
