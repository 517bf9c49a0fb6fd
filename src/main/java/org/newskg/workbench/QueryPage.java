package org.newskg.workbench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The SPARQL editor at {@code /query}: YASGUI on the store's endpoint, with the query library
 * beside it. {@code ?example=NAME} opens (and runs) a library query, {@code ?query=TEXT} a query
 * of one's own. The examples travel in the page as JSON data, read by {@code query.js}.
 */
final class QueryPage extends WorkbenchServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/query";
    private final transient List<QueryLibrary.Example> library;

    QueryPage(boolean update, List<QueryLibrary.Example> library) {
        super(update);
        this.library = library;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Page page = new Page("Query");
        page.document().head().appendElement("link").attr("rel", "stylesheet")
                .attr("href", Assets.PATH + "yasgui/yasgui.min.css");
        page.document().body().addClass("query-page");
        Element main = page.main();
        Element aside = main.appendElement("aside").addClass("library");
        aside.appendElement("h2").text("Ready queries");
        Element list = aside.appendElement("ul").addClass("examples");
        for (QueryLibrary.Example ex : library) {
            Element li = list.appendElement("li");
            li.appendElement("a").attr("href", PATH + "?example=" + ex.name()).attr("data-example", ex.name())
                    .attr("title", ex.header()).text(ex.name());
            li.appendElement("span").addClass("title").text(ex.title());
        }
        Element editor = main.appendElement("section").addClass("editor");
        editor.appendElement("div").attr("id", "yasgui").attr("data-endpoint", site().sparqlPath());
        editor.appendElement("noscript").text("The query editor needs JavaScript; the endpoint takes queries from any SPARQL client.");
        // JSON in a non-script type is data, never run; "<" is escaped so "</script>" cannot close it.
        String json = examplesJson().replace("<", "\\u003c");
        page.document().body().appendElement("script").attr("type", "application/json").attr("id", "examples")
                .appendChild(new org.jsoup.nodes.DataNode(json));
        page.document().body().appendElement("script").attr("src", Assets.PATH + "yasgui/yasgui.min.js");
        page.document().body().appendElement("script").attr("src", Assets.PATH + "query.js");
        page.send(resp, HttpServletResponse.SC_OK);
    }

    private String examplesJson() {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (QueryLibrary.Example ex : library) {
            ObjectNode o = array.addObject();
            o.put("name", ex.name());
            o.put("title", ex.title());
            o.put("query", ex.ready());
        }
        return array.toString();
    }
}
