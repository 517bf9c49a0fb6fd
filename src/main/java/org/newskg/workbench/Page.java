package org.newskg.workbench;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The frame of every workbench page: a header with newskg's name and its places (search, query,
 * browse, dataset, ontology), the page's content below, one stylesheet. Text is set through
 * jsoup, which escapes it; nothing a user typed is ever written as markup.
 */
final class Page {
    /**
     * Scripts and styles from this server only, no inline script; fetches only to this server (so
     * the query editor cannot be pointed elsewhere from a shared link), forms only to it.
     */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private final Document doc;
    private final Element main;

    Page(String title) {
        doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        doc.selectFirst("html").attr("lang", "en");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.head().appendElement("title").text(title + " · newskg");
        doc.head().appendElement("link").attr("rel", "icon").attr("type", "image/svg+xml")
                .attr("href", Assets.PATH + "favicon.svg");
        doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", Assets.PATH + "workbench.css");
        Element header = doc.body().appendElement("header");
        header.appendElement("a").addClass("brand").attr("href", "/").text("newskg");
        Element nav = header.appendElement("nav");
        nav.appendElement("a").attr("href", "/").text("Search");
        nav.appendElement("a").attr("href", QueryPage.PATH).text("Query");
        nav.appendElement("a").attr("href", "/id/").text("Browse");
        nav.appendElement("a").attr("href", "/void").text("Dataset");
        nav.appendElement("a").attr("href", "/ns").text("Ontology");
        main = doc.body().appendElement("main");
    }

    Element main() {
        return main;
    }

    Document document() {
        return doc;
    }

    /** Sends the page as HTML with its security headers. */
    void send(HttpServletResponse resp, int status) throws IOException {
        byte[] body = ("<!DOCTYPE html>\n" + doc.outerHtml()).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
