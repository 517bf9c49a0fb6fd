package org.newskg.workbench;

import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.publish.AccessPoints;
import org.newskg.publish.IriSpace;
import org.newskg.publish.LinkedData;

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
        Optional<AccessPoints.Store> found = AccessPoints.newskgStore(registry);
        if (found.isPresent()) {
            DataAccessPoint point = found.get().point();
            return new WorkbenchSite(Optional.of(point.getDataService().getDataset()),
                    Optional.of(new IriSpace(found.get().baseIri(), LinkedData.ID_PATH)),
                    point.getName(), AccessPoints.queryPath(point), update);
        }
        // No newskg store: the pages still name the first dataset's endpoints.
        List<DataAccessPoint> points = AccessPoints.sorted(registry);
        return points.isEmpty() ? new WorkbenchSite(Optional.empty(), Optional.empty(), "", "/", update)
                : new WorkbenchSite(Optional.empty(), Optional.empty(), points.get(0).getName(),
                        AccessPoints.queryPath(points.get(0)), update);
    }

    /** The server-relative address of {@code iri}'s page, or the IRI itself when it is not the store's. */
    String href(String iri) {
        return ids.flatMap(space -> space.hrefOf(iri)).orElse(iri);
    }
}
