package org.newskg.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

/**
 * The scripts of the pages, from the jar: Cytoscape.js (its WebJar) and newskg's network.js.
 * Only these named files are served, never a path the request chooses, and nothing is fetched.
 */
final class AssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String CYTOSCAPE = LinkedData.ASSETS_PATH + "cytoscape.min.js";
    static final String NETWORK = LinkedData.ASSETS_PATH + "network.js";
    private static final Map<String, String> FILES = Map.of(
            CYTOSCAPE, "META-INF/resources/webjars/cytoscape/" + webJarVersion() + "/dist/cytoscape.min.js",
            NETWORK, "org/newskg/publish/network.js");

    /** The version of the Cytoscape.js WebJar on the class path (the pom picks it), from its own pom.properties. */
    private static String webJarVersion() {
        Properties p = new Properties();
        try (InputStream in = AssetServlet.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/cytoscape/pom.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // no version: the script answers 404 and the pages keep their tables
        }
        return p.getProperty("version", "missing");
    }

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
