package org.newskg.publish;

import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Adds the linked-data pages to an embedded Fuseki: every IRI minted under the store's base
 * dereferences at {@code /id/...}, the ontology at {@code /ns}, the VoID/DCAT description at
 * {@code /void} and {@code /.well-known/void}, and a dump of the store at {@code /dump.nq}.
 * The SPARQL service of the Fuseki configuration is untouched.
 */
public final class LinkedData {
    /** Where the store's IRIs are served: {@code BASE person/x} at {@code /id/person/x}. */
    public static final String ID_PATH = "/id/";
    public static final String ONTOLOGY_PATH = "/ns";
    public static final String VOID_PATH = "/void";
    public static final String WELL_KNOWN_VOID = "/.well-known/void";
    public static final String DUMP_PATH = "/dump.nq";
    /** The pages' scripts (the network picture), served from the jar. */
    public static final String ASSETS_PATH = "/assets/";
    static final List<String> VOID_PATHS = List.of(VOID_PATH, WELL_KNOWN_VOID);

    private LinkedData() {}

    public static void addTo(FusekiServer.Builder builder) {
        LinkedDataServlet servlet = new LinkedDataServlet();
        builder.addServlet(ID_PATH + "*", servlet);
        builder.addServlet(WELL_KNOWN_VOID, servlet);
        builder.addServlet(DUMP_PATH, servlet);
        builder.addServlet(ASSETS_PATH + "*", new AssetServlet());
        for (String document : List.of(ONTOLOGY_PATH, VOID_PATH)) {
            builder.addServlet(document, servlet);
            for (Representation r : Representation.values()) {
                builder.addServlet(document + "." + r.extension(), servlet);
            }
        }
    }
}
