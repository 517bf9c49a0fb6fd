package org.newskg.extract;

import java.util.Objects;

/** An entity taking part in an event, in a role. */
public record Participant(Entity entity, EventRole role) {
    public Participant {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(role, "role");
    }
}
