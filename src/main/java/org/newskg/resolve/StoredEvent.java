package org.newskg.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.newskg.extract.EventTime;

/**
 * One article's account of an event, as the store holds it, with what merging needs.
 *
 * @param mention      its IRI
 * @param article      the IRI of the article that carries it
 * @param kind         the local name of its kind ("Summit")
 * @param label        its name in the article
 * @param time         when, if the article says
 * @param places       the IRIs of its places
 * @param participants who takes part, and how
 * @param planned      whether the article reports it as still to come
 * @param published    the article's publication date or date-time, ISO, if known
 * @param notPlaces    the IRIs of places the article says it is not at
 * @param status       its schema.org event status ("EventCancelled"), empty when none is stated
 * @param areas        the countries its places are or lie in, by name ("Japan" for "Tokyo", a capital, and for
 *                     "Japan"): what tells the merger that an account in a country's capital and one in the country
 *                     can be one event ({@link PlaceAreas})
 */
public record StoredEvent(String mention, String article, String kind, String label, Optional<EventTime> time,
        List<String> places, List<Participation> participants, boolean planned, Optional<String> published,
        List<String> notPlaces, String status, List<String> areas) {

    /** An actor's IRI and the local name of its role ("Host"). */
    public record Participation(String actor, String role) {
        public Participation {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(role, "role");
        }
    }

    public StoredEvent {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        time = time == null ? Optional.empty() : time;
        places = List.copyOf(places);
        participants = List.copyOf(participants);
        published = published == null ? Optional.empty() : published;
        notPlaces = List.copyOf(notPlaces);
        Objects.requireNonNull(status, "status");
        areas = List.copyOf(areas);
    }

    public StoredEvent(String mention, String article, String kind, String label, Optional<EventTime> time,
            List<String> places, List<Participation> participants, boolean planned, Optional<String> published,
            List<String> notPlaces, String status) {
        this(mention, article, kind, label, time, places, participants, planned, published, notPlaces, status, List.of());
    }

    /** The same account with the countries its places are or lie in. */
    public StoredEvent withAreas(List<String> countries) {
        return new StoredEvent(mention, article, kind, label, time, places, participants, planned, published, notPlaces,
                status, countries);
    }

    public StoredEvent(String mention, String article, String kind, String label, Optional<EventTime> time,
            List<String> places, List<Participation> participants, boolean planned, Optional<String> published) {
        this(mention, article, kind, label, time, places, participants, planned, published, List.of(), "");
    }

    /** The same account with its places and participants named by {@code entity} (e.g. their resolved entity). */
    public StoredEvent withEntities(UnaryOperator<String> entity) {
        return new StoredEvent(mention, article, kind, label, time, places.stream().map(entity).toList(),
                participants.stream().map(p -> new Participation(entity.apply(p.actor()), p.role())).toList(), planned,
                published, notPlaces.stream().map(entity).toList(), status, areas);
    }
}
