package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newskg.core.Span;

/**
 * One event as one article describes it.
 *
 * @param kind         what kind of event
 * @param phrase       the characters of the words that name it ("the 2023 summit", "visited")
 * @param label        a name for it: the article's words where they name it ("NATO summit"), else
 *                     built from its kind, first participant and place ("visit by Ana Ruiz to Peru")
 * @param time         when, if the clause says so
 * @param places       where: the places of its clause ("in Porto, Portugal" gives both)
 * @param participants who takes part, and how
 * @param planned      true when the article reports it as still to happen
 * @param plannedCue   the words that say so ("scheduled", "will"), empty when only its date does
 * @param notPlaces    places the article says it is not at ("in X and not Y", "moved from Y to X")
 * @param status       what became of it, as a schema.org event status: "EventCancelled", "EventPostponed",
 *                     "EventRescheduled"; empty when the article says none
 */
public record Event(EventKind kind, Span phrase, String label, Optional<EventTime> time, List<Entity> places,
        List<Participant> participants, boolean planned, String plannedCue, List<Entity> notPlaces, String status) {
    public Event {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(label, "label");
        time = time == null ? Optional.empty() : time;
        places = List.copyOf(places);
        participants = List.copyOf(participants);
        Objects.requireNonNull(plannedCue, "plannedCue");
        notPlaces = List.copyOf(notPlaces);
        Objects.requireNonNull(status, "status");
    }

    public Event(EventKind kind, Span phrase, String label, Optional<EventTime> time, List<Entity> places,
            List<Participant> participants, boolean planned, String plannedCue) {
        this(kind, phrase, label, time, places, participants, planned, plannedCue, List.of(), "");
    }
}
