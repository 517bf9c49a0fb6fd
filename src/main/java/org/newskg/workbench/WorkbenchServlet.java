package org.newskg.workbench;

import jakarta.servlet.http.HttpServlet;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;

/** A workbench page: finds the served store among Fuseki's datasets on its first request. */
abstract class WorkbenchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final boolean update;
    private transient volatile WorkbenchSite site;

    WorkbenchServlet(boolean update) {
        this.update = update;
    }

    /** Fuseki has registered its datasets by the first request. */
    WorkbenchSite site() {
        WorkbenchSite s = site;
        if (s == null) {
            s = WorkbenchSite.of(DataAccessPointRegistry.get(getServletContext()), update);
            site = s;
        }
        return s;
    }
}
