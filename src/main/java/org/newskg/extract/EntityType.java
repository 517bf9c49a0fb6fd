package org.newskg.extract;

import java.util.Optional;

/** The kinds of named entity newskg keeps, each with the CoreNLP labels that map to it. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    PLACE;

    /** Maps a fine-grained CoreNLP NER label to a kept type; empty for labels newskg does not keep. */
    public static Optional<EntityType> fromNer(String label) {
        return switch (label) {
            case "PERSON" -> Optional.of(PERSON);
            case "ORGANIZATION" -> Optional.of(ORGANIZATION);
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> Optional.of(PLACE);
            default -> Optional.empty();
        };
    }
}
