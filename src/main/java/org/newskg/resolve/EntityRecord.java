package org.newskg.resolve;

import java.util.Objects;
import java.util.Set;
import org.newskg.extract.EntityType;

/**
 * One entity as one article's graph holds it: what cross-document resolution reads back.
 *
 * @param iri      the article-level entity IRI (a function of type and normalised name)
 * @param type     person, organisation or place
 * @param name     its name in that article (schema:name)
 * @param aliases  the other forms the article uses (skos:altLabel)
 * @param article  the article IRI
 * @param acronyms acronyms the article states for it, as in "Harbour Safety Board (HSB)"
 * @param before   the capitalised words right before its mentions ("Norway's", "Norwegian"), which may
 *                 say whose organisation it is when the recogniser left them out of the name
 */
public record EntityRecord(String iri, EntityType type, String name, Set<String> aliases, String article,
        Set<String> acronyms, Set<String> before) {
    public EntityRecord {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(article, "article");
        aliases = Set.copyOf(aliases);
        acronyms = Set.copyOf(acronyms);
        before = Set.copyOf(before);
    }
}
