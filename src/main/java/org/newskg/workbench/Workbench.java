package org.newskg.workbench;

import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Adds newskg's own pages to an embedded Fuseki: the start page at {@code /}, the query editor
 * at {@code /query}, search at {@code /search}, the browse pages at {@code /id/}, their static
 * files under {@code /workbench/}, and the query page for a browser that opens the SPARQL
 * endpoint without a query.
 */
public final class Workbench {
    private Workbench() {}

    /**
     * @param service the dataset's name in URLs ({@code newskg})
     * @param update  whether the server takes updates (the start page then shows how to edit)
     */
    public static void addTo(FusekiServer.Builder builder, String service, boolean update) {
        List<QueryLibrary.Example> library = QueryLibrary.load();
        builder.addServlet("", new StartPage(update, library));
        builder.addServlet(QueryPage.PATH, new QueryPage(update, library));
        builder.addServlet(SearchPage.PATH, new SearchPage(update));
        // Exact, so it wins over the linked-data pages' "/id/*" for the folder itself.
        builder.addServlet("/id/", new TypeIndex(update));
        Assets assets = new Assets();
        builder.addServlet(Assets.PATH + "*", assets);
        builder.addServlet(Assets.FAVICON, assets);
        for (String endpoint : List.of("sparql", "query")) {
            builder.addFilter("/" + service + "/" + endpoint, new EndpointForBrowsers());
        }
    }
}
