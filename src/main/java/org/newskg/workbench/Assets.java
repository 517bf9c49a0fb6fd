package org.newskg.workbench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The workbench's static files from the jar ({@code src/main/resources/workbench/}): its
 * stylesheet and script, and YASGUI (npm {@code @zazuko/yasgui}, MIT). Nothing comes from a CDN.
 */
final class Assets extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/workbench/";
    static final String FAVICON = "/favicon.ico";
    private static final String FOLDER = "workbench/";
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // Browsers ask every site for /favicon.ico, pages of other servlets too.
        String name = FAVICON.equals(req.getServletPath()) ? "favicon.svg"
                : req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        // Only plain names of known kinds: no "..", no folders but yasgui/.
        if (type == null || !name.matches("(yasgui/)?[a-z][a-z.-]*")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType(type);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(resp.getOutputStream());
        }
    }
}
