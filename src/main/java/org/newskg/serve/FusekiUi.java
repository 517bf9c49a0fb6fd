package org.newskg.serve;

import java.net.URL;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;

/**
 * Serves the Fuseki web UI from the {@code jena-fuseki-ui} jar, for its edit and upload pages:
 * only on a server that takes updates (newskg's own pages are the start page and query editor).
 * The server descriptions the UI reads are served in any case.
 *
 * <p>Fuseki's own {@code FMod_UI} module expects the admin module (FMod_Admin)
 * to be installed, and that module can create, delete, back up and compact
 * datasets. Instead this wires up just what the UI reads: the static files,
 * {@code /$/ping}, {@code /$/stats} and the read-only {@code /$/server}
 * description. The UI's "manage datasets" pages therefore do not work.
 */
final class FusekiUi {
    /** Where jena-fuseki-ui keeps its files on the classpath. */
    private static final String INDEX = "webapp/index.html";

    private FusekiUi() {}

    /**
     * Adds the server descriptions, and with {@code pages} the UI's files (at {@code /index.html});
     * empty when no pages were added or the UI jar is not on the classpath.
     */
    static Optional<String> addTo(FusekiServer.Builder builder, boolean pages) {
        builder.enablePing(true)
               .enableStats(true)
               .addServlet("/$/server", new ActionServerStatus());
        URL index = FusekiUi.class.getClassLoader().getResource(INDEX);
        if (index == null || !pages) {
            return Optional.empty();
        }
        String base = index.toExternalForm();
        base = base.substring(0, base.length() - "index.html".length());
        builder.staticFileBase(base);
        return Optional.of(base);
    }
}
