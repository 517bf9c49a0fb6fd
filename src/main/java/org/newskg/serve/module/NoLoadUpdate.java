package org.newskg.serve.module;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update handler, refusing every {@code LOAD}. A LOAD makes the server read
 * a URL its user chose: an http URL inside the server's network (server-side request forgery)
 * or a {@code file:} URL on the server's disk. Data goes in with INSERT DATA or a Graph Store
 * PUT/POST, whose content the client sends itself. No Fuseki setting refuses LOAD alone.
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
        UpdateRequest request;
        try {
            request = UpdateFactory.create(new String(body, StandardCharsets.UTF_8), CHECK_BASE, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest("SPARQL Update parse error: " + e.getMessage());
            return;
        }
        if (request.getOperations().stream().anyMatch(UpdateLoad.class::isInstance)) {
            ServletOps.errorForbidden("LOAD is not allowed on this server: it does not fetch URLs for its users."
                    + " Send the data with INSERT DATA or the Graph Store Protocol instead.");
            return;
        }
        super.execute(action, new ByteArrayInputStream(body));
    }
}
