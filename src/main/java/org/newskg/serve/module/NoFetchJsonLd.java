package org.newskg.serve.module;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoader;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.lang.LangJSONLD11;

/**
 * JSON-LD that a client sends (a Graph Store PUT or POST) is read without fetching anything:
 * a remote {@code @context}, {@code http:} or {@code file:}, is an error, the same error
 * whether the document exists or not. Otherwise the server would fetch any URL a client names
 * (server-side request forgery) and read local files.
 */
final class NoFetchJsonLd {
    private NoFetchJsonLd() {}

    /**
     * Makes every JSON-LD parse of this JVM use a document loader that loads nothing. (Jena sets
     * each parse's base IRI on these shared options; the class is final, so two JSON-LD writes
     * at the same instant could resolve relative IRIs against each other's base.)
     */
    static void install() {
        JsonLdOptions options = new JsonLdOptions(refuseAll());
        RIOT.getContext().set(LangJSONLD11.JSONLD_OPTIONS, options);
    }

    static DocumentLoader refuseAll() {
        return (url, options) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote JSON-LD contexts are not loaded by this server; put the context inline");
        };
    }
}
