package org.newskg.workbench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryCancelledException;
import org.jsoup.nodes.Element;
import org.newskg.serve.module.AcceptHeader;

/**
 * {@code /search?q=WORDS}: the full-text search as a page a link can point to, or as JSON
 * ({@code Accept: application/json}) with the same groups.
 */
final class SearchPage extends WorkbenchServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/search";

    SearchPage(boolean update) {
        super(update);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String words = Optional.ofNullable(req.getParameter("q")).orElse("").strip();
        boolean json = wantsJson(req.getHeader("Accept"));
        resp.setHeader("Vary", "Accept");
        WorkbenchSite s = site();
        if (words.isEmpty() || s.store().isEmpty()) {
            String why = s.store().isEmpty() ? "No newskg store is served." : "Give the words to search for as ?q=WORDS.";
            fail(resp, json, words, HttpServletResponse.SC_BAD_REQUEST, why);
            return;
        }
        List<Search.Group> groups;
        try {
            groups = new Search(s.store().get()).find(words);
        } catch (IllegalArgumentException e) {
            fail(resp, json, words, HttpServletResponse.SC_BAD_REQUEST, "Cannot search for this: " + e.getMessage()
                    + ". Words, \"a phrase\", fish* and AND/OR work.");
            return;
        } catch (QueryCancelledException e) {
            fail(resp, json, words, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The search took longer than "
                    + Search.TIMEOUT_SECONDS + " s and was stopped; try more specific words.");
            return;
        }
        if (json) {
            sendJson(resp, HttpServletResponse.SC_OK, json(words, groups, s));
        } else {
            page(words, groups, s).send(resp, HttpServletResponse.SC_OK);
        }
    }

    /** JSON only when the client prefers it to HTML (a browser's Accept ranks text/html higher). */
    static boolean wantsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<AcceptHeader.Range> ranges = AcceptHeader.parse(accept);
        return AcceptHeader.quality(ranges, "application/json") > AcceptHeader.quality(ranges, "text/html");
    }

    private static Page page(String words, List<Search.Group> groups, WorkbenchSite s) {
        Page page = new Page("Search: " + words);
        Element main = page.main();
        StartPage.searchForm(main, words);
        int total = groups.stream().mapToInt(Search.Group::total).sum();
        main.appendElement("p").addClass("muted").text(total == 0 ? "Nothing found for “" + words + "”."
                : total + (total == 1 ? " match" : " matches") + " for “" + words + "”.");
        Element results = main.appendElement("div").addClass("results");
        for (Search.Group g : groups) {
            if (g.total() == 0) {
                continue;
            }
            Element section = results.appendElement("section").attr("id", g.kind().key);
            Element h2 = section.appendElement("h2").text(g.kind().title + " ");
            h2.appendElement("span").addClass("count").text("(" + g.total()
                    + (g.total() >= Search.MAX_MATCHES ? "+" : "") + ")");
            Element list = section.appendElement("ul").addClass("hits");
            for (Search.Hit h : g.hits()) {
                Element li = list.appendElement("li");
                Element a = li.appendElement("a").attr("href", s.href(h.iri()));
                if (g.kind() == Kind.STATEMENTS) {
                    a.addClass("quote").text("“" + h.label() + "”");
                } else {
                    a.text(h.label());
                }
                if (!h.detail().isEmpty()) {
                    li.appendElement("span").addClass("detail").text(h.detail());
                }
            }
            if (g.total() > g.hits().size()) {
                section.appendElement("p").addClass("muted").text("The best " + g.hits().size() + " are shown.");
            }
        }
        return page;
    }

    private static String json(String words, List<Search.Group> groups, WorkbenchSite s) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("q", words);
        ObjectNode out = root.putObject("groups");
        for (Search.Group g : groups) {
            ObjectNode group = out.putObject(g.kind().key);
            group.put("total", g.total());
            group.put("more", g.total() >= Search.MAX_MATCHES);
            ArrayNode hits = group.putArray("hits");
            for (Search.Hit h : g.hits()) {
                ObjectNode o = hits.addObject();
                o.put("iri", h.iri());
                o.put("page", s.href(h.iri()));
                o.put("label", h.label());
                o.put("detail", h.detail());
                o.put("score", h.score());
            }
        }
        return root.toString();
    }

    private static void fail(HttpServletResponse resp, boolean json, String words, int status, String message)
            throws IOException {
        if (json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("q", words);
            o.put("error", message);
            sendJson(resp, status, o.toString());
            return;
        }
        Page page = new Page("Search");
        StartPage.searchForm(page.main(), words);
        page.main().appendElement("p").addClass("notice").text(message);
        page.send(resp, status);
    }

    private static void sendJson(HttpServletResponse resp, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
