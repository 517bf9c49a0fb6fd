package org.newskg.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newskg.extract.EventTime;

/**
 * One event across articles: every account of it that {@link EventMerger} joined.
 *
 * @param key          a stable key for its IRI: its kind and its earliest mention
 * @param kind         the local name of its kind
 * @param name         the name most of its mentions give it (named ones first)
 * @param time         the most precise time its mentions give, if any
 * @param mentions     its mentions, earliest first
 * @param places       the IRIs of all their places
 * @param participants all their participants, each actor and role once
 * @param planned      true when every mention reports it as still to come
 * @param articles     how many articles describe it
 * @param mergeReasons why each mention after the first joined, one line per join
 * @param notPlaces    the IRIs of places its mentions say it is not at (and none says it is)
 * @param status       its schema.org event status, from the latest account that states one; empty when none does
 */
public record MergedEvent(String key, String kind, String name, Optional<EventTime> time, List<StoredEvent> mentions,
        List<String> places, List<StoredEvent.Participation> participants, boolean planned, int articles,
        List<String> mergeReasons, List<String> notPlaces, String status) {
    public MergedEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        time = time == null ? Optional.empty() : time;
        mentions = List.copyOf(mentions);
        places = List.copyOf(places);
        participants = List.copyOf(participants);
        mergeReasons = List.copyOf(mergeReasons);
        notPlaces = List.copyOf(notPlaces);
        Objects.requireNonNull(status, "status");
    }

    public MergedEvent(String key, String kind, String name, Optional<EventTime> time, List<StoredEvent> mentions,
            List<String> places, List<StoredEvent.Participation> participants, boolean planned, int articles,
            List<String> mergeReasons) {
        this(key, kind, name, time, mentions, places, participants, planned, articles, mergeReasons, List.of(), "");
    }
}
