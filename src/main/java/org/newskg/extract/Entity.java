package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person, organisation or place as one article names it: all its mentions joined.
 *
 * @param type     what kind of thing it is
 * @param name     its canonical name in this article (the fullest form the article uses)
 * @param subtype  the most frequent fine-grained label for a place (CITY, COUNTRY, STATE_OR_PROVINCE), if any
 * @param aliases  the other forms the article uses ("Smith" for "Jane Smith")
 * @param mentions every mention, in text order
 */
public record Entity(EntityType type, String name, Optional<String> subtype, List<String> aliases, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        subtype = subtype == null ? Optional.empty() : subtype;
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity without mentions: " + name);
        }
    }
}
