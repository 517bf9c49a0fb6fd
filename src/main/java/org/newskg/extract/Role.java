package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newskg.core.Span;

/**
 * A role one article says a person holds: "Prime Minister of Japan", "spokesperson of the
 * foreign ministry", "ambassador of Japan to the United States".
 *
 * @param person      who holds it
 * @param title       the role's name, normalised: lower case, abbreviations written out ("prime minister")
 * @param affiliation the organisation or country it is held in, when the article says so
 * @param posting     the country it is held towards ("to the United States" for an ambassador), if any
 * @param evidence    the words that state it, each time the article does (the title and the name)
 */
public record Role(Entity person, String title, Optional<Entity> affiliation, Optional<Entity> posting, List<Span> evidence) {
    public Role {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(title, "title");
        affiliation = affiliation == null ? Optional.empty() : affiliation;
        posting = posting == null ? Optional.empty() : posting;
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("role without evidence: " + title);
        }
    }
}
