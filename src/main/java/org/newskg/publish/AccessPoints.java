package org.newskg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.newskg.store.ServedStore;

/** The server's datasets as the pages see them: which one is the newskg store, and its query endpoint. */
public final class AccessPoints {
    private AccessPoints() {}

    /** The server's datasets in name order, so that the choice below does not depend on the registry's order. */
    public static List<DataAccessPoint> sorted(DataAccessPointRegistry registry) {
        List<DataAccessPoint> points = new ArrayList<>(registry.accessPoints());
        points.sort(Comparator.comparing(DataAccessPoint::getName));
        return points;
    }

    /** The first dataset (in name order) that is a newskg store, with its base IRI. */
    public static Optional<Store> newskgStore(DataAccessPointRegistry registry) {
        for (DataAccessPoint point : sorted(registry)) {
            Optional<String> base = ServedStore.baseIri(point.getDataService().getDataset());
            if (base.isPresent()) {
                return Optional.of(new Store(point, base.get()));
            }
        }
        return Optional.empty();
    }

    /** The documented ".../sparql" endpoint of {@code point} when there is one, else any query endpoint. */
    public static String queryPath(DataAccessPoint point) {
        List<Endpoint> endpoints = new ArrayList<>(point.getDataService().getEndpoints(Operation.Query));
        endpoints.sort(Comparator.comparing((Endpoint e) -> !"sparql".equals(e.getName())));
        if (endpoints.isEmpty()) {
            return point.getName();
        }
        Endpoint e = endpoints.get(0);
        return e.isUnnamed() ? point.getName() : point.getName() + "/" + e.getName();
    }

    /** A served newskg store and the base IRI its settings record. */
    public record Store(DataAccessPoint point, String baseIri) {}
}
