package org.newskg.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The scripts of the pages, from the jar: Cytoscape.js (its WebJar) and newskg's network.js.
 * Only these named files are served, never a path the request chooses, and nothing is fetched.
 */
final class AssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String CYTOSCAPE = LinkedData.ASSETS_PATH + "cytoscape.min.js";
    static final String NETWORK = LinkedData.ASSETS_PATH + "network.js";
    /** The WebJar's version, from the Maven property that also picks the dependency. */
    private static final String CYTOSCAPE_VERSION = "3.33.1";
    private static final Map<String, String> FILES = Map.of(
            CYTOSCAPE, "META-INF/resources/webjars/cytoscape/" + CYTOSCAPE_VERSION + "/dist/cytoscape.min.js",
            NETWORK, "org/newskg/publish/network.js");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String resource = FILES.get(path);
        InputStream in = resource == null ? null : AssetServlet.class.getClassLoader().getResourceAsStream(resource);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (in == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            byte[] body = in.readAllBytes();
            resp.setContentType("text/javascript; charset=utf-8");
            resp.setHeader("Cache-Control", "public, max-age=86400");
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        }
    }
}
