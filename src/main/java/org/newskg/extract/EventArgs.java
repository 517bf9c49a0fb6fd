package org.newskg.extract;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the event rules found for one trigger: its places, the places it is not at, participants and time. */
final class EventArgs {
    final Set<Entity> places = new LinkedHashSet<>();
    final Set<Entity> notPlaces = new LinkedHashSet<>();
    final Map<Entity, EventRole> participants = new LinkedHashMap<>();
    Optional<EventTime> time = Optional.empty();
    boolean nounTriggerInWindow;
    /** For a noun: a participant named in its phrase or window, or a host or organiser, not only a speaker at it. */
    boolean whoTellsApart;

    void place(Entity e) {
        places.add(e);
    }

    void notPlace(Entity e) {
        notPlaces.add(e);
    }

    /** One role per entity: the first rule that gives it one wins. */
    void participant(Entity e, EventRole role) {
        if (e.type() != EntityType.PLACE || role != EventRole.ORGANISER) {
            participants.putIfAbsent(e, role);
        }
    }
}
