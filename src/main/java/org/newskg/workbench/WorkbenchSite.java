package org.newskg.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.publish.IriSpace;
import org.newskg.publish.LinkedData;
import org.newskg.store.ServedStore;

/**
 * What the workbench pages work on, found among Fuseki's datasets when the first page is asked
 * for: the newskg store (the dataset whose settings record a base IRI), its SPARQL endpoint,
 * and where its IRIs are served.
 *
 * @param store      the served store; empty when no dataset of the server is a newskg store
 * @param ids        the store's base IRI and its pages under {@code /id/}
 * @param datasetPath server path of the store's dataset, e.g. {@code /newskg}
 * @param sparqlPath server path of the store's SPARQL query endpoint, e.g. {@code /newskg/sparql}
 * @param update     whether the server offers SPARQL Update (to one account)
 */
record WorkbenchSite(Optional<DatasetGraph> store, Optional<IriSpace> ids, String datasetPath, String sparqlPath,
                     boolean update) {
    static WorkbenchSite of(DataAccessPointRegistry registry, boolean update) {
        List<DataAccessPoint> points = new ArrayList<>(registry.accessPoints());
        points.sort(Comparator.comparing(DataAccessPoint::getName));
        for (DataAccessPoint point : points) {
            DatasetGraph data = point.getDataService().getDataset();
            Optional<String> base = ServedStore.baseIri(data);
            if (base.isPresent()) {
                return new WorkbenchSite(Optional.of(data), Optional.of(new IriSpace(base.get(), LinkedData.ID_PATH)),
                        point.getName(), queryPath(point), update);
            }
        }
        // No newskg store: the pages still name the first dataset's endpoints.
        return points.isEmpty() ? new WorkbenchSite(Optional.empty(), Optional.empty(), "", "/", update)
                : new WorkbenchSite(Optional.empty(), Optional.empty(), points.get(0).getName(), queryPath(points.get(0)), update);
    }

    /** The server-relative address of {@code iri}'s page, or the IRI itself when it is not the store's. */
    String href(String iri) {
        return ids.flatMap(space -> space.hrefOf(iri)).orElse(iri);
    }

    // The documented ".../sparql" endpoint when there is one, else any query endpoint.
    private static String queryPath(DataAccessPoint point) {
        List<Endpoint> endpoints = new ArrayList<>(point.getDataService().getEndpoints(Operation.Query));
        endpoints.sort(Comparator.comparing((Endpoint e) -> !"sparql".equals(e.getName())));
        if (endpoints.isEmpty()) {
            return point.getName();
        }
        Endpoint e = endpoints.get(0);
        return e.isUnnamed() ? point.getName() : point.getName() + "/" + e.getName();
    }
}
