package org.newskg.serve.module;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update handler, refusing what would make the server reach outside the store,
 * and answering a request it cannot carry out with 4xx rather than 500:
 * <ul>
 * <li>{@code LOAD} (403): it reads a URL its user chose, an http URL inside the server's network
 *     (server-side request forgery) or a {@code file:} URL on the server's disk. Data goes in
 *     with INSERT DATA or a Graph Store PUT/POST, whose content the client sends itself. No
 *     Fuseki setting refuses LOAD alone.</li>
 * <li>{@code SERVICE} in a WHERE clause (403), refused before it runs.</li>
 * <li>ADD, COPY or MOVE from a graph that does not exist, without SILENT (404).</li>
 * <li>a request nested deeper than {@link QueryShape#MAX_DEPTH} (400).</li>
 * </ul>
 */
public final class NoLoadUpdate extends SPARQL_Update {
    /** Base for relative IRIs while checking; the update itself is parsed again by Fuseki. */
    private static final String CHECK_BASE = "http://localhost/update-base/";

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (!QueryShape.acceptable(text)) {
            ServletOps.errorBadRequest("The update nests deeper than " + QueryShape.MAX_DEPTH + " levels.");
        }
        UpdateRequest request;
        try {
            request = UpdateFactory.create(text, CHECK_BASE, Syntax.syntaxARQ);
        } catch (QueryParseException | UpdateException e) {
            ServletOps.errorBadRequest("SPARQL Update parse error: " + e.getMessage());
            return;
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("The update is too complex to parse (too deeply nested).");
            return;
        }
        List<Update> operations = request.getOperations();
        if (operations.stream().anyMatch(UpdateLoad.class::isInstance)) {
            ServletOps.errorForbidden("LOAD is not allowed on this server: it does not fetch URLs for its users."
                    + " Send the data with INSERT DATA or the Graph Store Protocol instead.");
            return;
        }
        if (operations.stream().anyMatch(NoLoadUpdate::callsService)) {
            ServletOps.errorForbidden("SERVICE is not allowed on this server: it does not query other endpoints"
                    + " for its users.");
            return;
        }
        checkSources(action, operations);
        super.execute(action, new ByteArrayInputStream(body));
    }

    private static boolean callsService(Update update) {
        if (!(update instanceof UpdateModify modify) || modify.getWherePattern() == null) {
            return false;
        }
        return hasService(modify.getWherePattern());
    }

    // Jena reports a missing source graph as an internal error; it is the request that is wrong.
    private static void checkSources(HttpAction action, List<Update> operations) {
        List<Node> sources = operations.stream()
                .filter(u -> u instanceof UpdateBinaryOp op && !op.isSilent() && op.getSrc().isOneNamedGraph())
                .map(u -> ((UpdateBinaryOp) u).getSrc())
                .map(Target::getGraph)
                .toList();
        if (sources.isEmpty()) {
            return;
        }
        action.beginRead();
        try {
            DatasetGraph dsg = action.getActiveDSG();
            for (Node g : sources) {
                if (!dsg.containsGraph(g)) {
                    ServletOps.errorNotFound("No such graph: <" + g.getURI() + "> (use SILENT to ignore a missing graph).");
                }
            }
        } finally {
            action.endRead();
        }
    }

    private static boolean hasService(Element where) {
        boolean[] found = {false};
        ElementWalker.walk(where, new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                found[0] = true;
            }
        });
        return found[0];
    }
}
