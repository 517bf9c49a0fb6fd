package org.newskg.workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.nodes.Element;

/**
 * {@code /id/}: what the store holds, by kind (people, organisations, places, statements,
 * events, articles) with counts, and {@code /id/?type=people&page=N} the members of one kind by
 * name, {@value #PAGE_SIZE} a page. Entities joined to a canonical one are listed as that one.
 */
final class TypeIndex extends WorkbenchServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;
    private static final long TIMEOUT_SECONDS = 10;
    private static final String CANONICAL = "FILTER NOT EXISTS { GRAPH <urn:newskg:corpus> { "
            + "?e <http://www.w3.org/2002/07/owl#sameAs> ?other } }\n";

    TypeIndex(boolean update) {
        super(update);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        WorkbenchSite s = site();
        if (s.store().isEmpty()) {
            Page page = new Page("Browse");
            page.main().appendElement("p").addClass("notice").text("No newskg store is served.");
            page.send(resp, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DatasetGraph store = s.store().get();
        String type = req.getParameter("type");
        try {
            if (type == null) {
                overview(store).send(resp, HttpServletResponse.SC_OK);
                return;
            }
            Optional<Kind> kind = Kind.byKey(type);
            if (kind.isEmpty()) {
                Page page = new Page("Browse");
                page.main().appendElement("p").addClass("notice").text("No such kind: " + type + ".");
                page.send(resp, HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            members(store, s, kind.get(), pageNumber(req.getParameter("page"))).send(resp, HttpServletResponse.SC_OK);
        } catch (QueryCancelledException e) {
            Page page = new Page("Browse");
            page.main().appendElement("p").addClass("notice").text("Counting took longer than " + TIMEOUT_SECONDS
                    + " s and was stopped; use the SPARQL endpoint with LIMIT and OFFSET.");
            page.send(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static int pageNumber(String given) {
        try {
            return given == null ? 1 : Math.max(1, Math.min(1_000_000, Integer.parseInt(given)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Page overview(DatasetGraph store) {
        Page page = new Page("Browse");
        Element main = page.main();
        main.appendElement("h1").text("Browse by type");
        main.appendElement("p").addClass("lead").text("Everything the graph holds, one page each. "
                + "A person, organisation or place named differently across articles is listed once.");
        Element table = main.appendElement("table").addClass("types");
        for (Kind k : Kind.values()) {
            ParameterizedSparqlString q = new ParameterizedSparqlString(
                    "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?type . " + CANONICAL + "}");
            q.setIri("type", k.type);
            long n = select(store, q).get(0).getLiteral("n").getLong();
            Element row = table.appendElement("tr");
            row.appendElement("td").appendElement("a").attr("href", "/id/?type=" + k.key).text(k.title);
            row.appendElement("td").text(String.valueOf(n));
        }
        return page;
    }

    private static Page members(DatasetGraph store, WorkbenchSite s, Kind kind, int number) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(
                "SELECT ?e (MIN(?l) AS ?label) WHERE { ?e a ?type . OPTIONAL { ?e ?labelled ?l } " + CANONICAL
                        + "} GROUP BY ?e ORDER BY LCASE(STR(?label)) ?e LIMIT ?limit OFFSET ?offset");
        q.setIri("type", kind.type);
        q.setIri("labelled", kind.label);
        q.setLiteral("limit", PAGE_SIZE + 1); // one more than shown tells whether a next page exists
        q.setLiteral("offset", (long) (number - 1) * PAGE_SIZE);
        List<QuerySolution> rows = select(store, q);
        Page page = new Page(kind.title);
        Element main = page.main();
        main.appendElement("h1").text(kind.title);
        main.appendElement("p").addClass("muted").appendElement("a").attr("href", "/id/").text("All types");
        Element list = main.appendElement("ul").addClass("hits");
        for (QuerySolution row : rows.subList(0, Math.min(PAGE_SIZE, rows.size()))) {
            String iri = row.getResource("e").getURI();
            String label = row.contains("label") ? row.getLiteral("label").getLexicalForm() : iri;
            list.appendElement("li").appendElement("a").attr("href", s.href(iri))
                    .text(kind == Kind.STATEMENTS ? "“" + label + "”" : label);
        }
        if (rows.isEmpty()) {
            main.appendElement("p").addClass("muted").text("Nothing on this page.");
        }
        Element pager = main.appendElement("div").addClass("pager");
        if (number > 1) {
            pager.appendElement("a").attr("href", "/id/?type=" + kind.key + "&page=" + (number - 1)).attr("rel", "prev")
                    .text("Previous");
        }
        pager.appendElement("span").addClass("muted").text("Page " + number);
        if (rows.size() > PAGE_SIZE) {
            pager.appendElement("a").attr("href", "/id/?type=" + kind.key + "&page=" + (number + 1)).attr("rel", "next")
                    .text("Next");
        }
        return page;
    }

    private static List<QuerySolution> select(DatasetGraph store, ParameterizedSparqlString q) {
        return StoreSelect.rows(store, q.asQuery(), TIMEOUT_SECONDS);
    }
}
