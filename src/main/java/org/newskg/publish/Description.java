package org.newskg.publish;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * What the server says about one resource.
 *
 * @param subject       the resource
 * @param graph         its triples, those of its parts ({@code <subject#...>}) and of the blank
 *                      nodes they lead to: the RDF representations are exactly this graph
 * @param sources       for each triple of {@code graph}, the named graphs that state it
 * @param evidence      the exact words of articles that name or state it
 * @param incoming      triples of other resources that point at it, in their graphs (at most
 *                      {@link Describer#MAX_ROWS})
 * @param incomingTotal how many there are in all, up to {@link Describer#MAX_COUNTED}
 * @param labels        names of the nodes it links to, for the page
 */
public record Description(Node subject, Graph graph, Map<Triple, Set<Node>> sources, List<Evidence> evidence,
                          List<Quad> incoming, long incomingTotal, Map<Node, String> labels) {
    public Description {
        evidence = List.copyOf(evidence);
        incoming = List.copyOf(incoming);
    }
}
