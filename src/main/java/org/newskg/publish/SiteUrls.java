package org.newskg.publish;

/**
 * Absolute addresses of what the server offers, as the client reached it.
 *
 * @param root        {@code http://HOST:PORT} without a trailing slash
 * @param sparql      the SPARQL query endpoint
 * @param dump        the N-Quads dump of the whole store
 * @param ontologyIri the ontology's own IRI
 */
public record SiteUrls(String root, String sparql, String dump, String ontologyIri) {}
