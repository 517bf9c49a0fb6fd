package org.newskg.extract;

import static org.newskg.extract.EventLexicon.lower;
import static org.newskg.extract.EventTokens.PREDICATE_ADJECTIVES;
import static org.newskg.extract.EventTokens.VERB_CHAIN_TAGS;

import java.util.List;
import java.util.Optional;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.time.TimeValue;

/**
 * An event's name: the article's own words where they name it ("NATO summit", "2023 summit"),
 * else one built from its kind, participants and place ("visit by Ana Ruiz to Peru", "opening of
 * the office"). Reads one article's {@link EventTokens}.
 */
final class EventLabels {
    private final EventTokens view;
    private final String text;
    private final List<Token> tokens;
    private final Entity[] entityAt;
    private final int[] mentionEnd;
    private final TimeValue[] timeAt;

    EventLabels(EventTokens view) {
        this.view = view;
        this.text = view.text;
        this.tokens = view.tokens;
        this.entityAt = view.entityAt;
        this.mentionEnd = view.mentionEnd;
        this.timeAt = view.timeAt;
    }

    /**
     * The phrase's own words when they name the event ("NATO summit", "2023 summit"); common
     * words only ("previous summit") get its organiser and place ("previous summit of the Acme
     * Union in Lorvik"); a bare trigger is described by kind, participants and place.
     */
    String label(EventKind kind, int phraseStart, int trigger, EventArgs args) {
        int first = phraseStart;
        while (first < trigger && isLabelNoise(first)) {
            first = entityAt[first] != null ? mentionEnd[first] : first + 1;
        }
        if (first >= trigger) {
            return described(kind, args);
        }
        String words = text.substring(tokens.get(first).span().begin(), tokens.get(trigger).span().end());
        for (int k = first; k < trigger; k++) {
            if (entityAt[k] != null || tokens.get(k).pos().startsWith("NNP") || timeAt[k] != null) {
                return words;
            }
        }
        StringBuilder label = new StringBuilder(words);
        args.participants.entrySet().stream()
                .filter(e -> e.getKey().type() == EntityType.ORGANIZATION && e.getValue() != EventRole.ATTENDEE)
                .findFirst().ifPresent(e -> label.append(" of ").append(e.getKey().name()));
        if (!args.places.isEmpty()) {
            label.append(kind == EventKind.VISIT ? " to " : " in ").append(args.places.iterator().next().name());
        }
        return label.toString();
    }

    /** Determiners, possessors and dates other than a year are not part of an event's name. */
    private boolean isLabelNoise(int k) {
        Token t = tokens.get(k);
        if (entityAt[k] != null) {
            int end = mentionEnd[k];
            return end < tokens.size() && tokens.get(end).pos().equals("POS");
        }
        if (timeAt[k] != null) {
            return !t.text().matches("\\d{4}");
        }
        return t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("POS") || t.pos().equals("PDT");
    }

    /** A verb's event: "opening of the office" for what "to open" opens, else described by kind, participants and place. */
    String verbLabel(EventKind kind, int verb, int windowEnd, EventArgs args) {
        if (kind == EventKind.OPENING) {
            Sentence s = view.doc.sentences().get(tokens.get(verb).sentence());
            int object = view.skip(verb + 1, s, "DT", "PRP$", "JJ", "NNP");
            while (object + 1 < windowEnd && tokens.get(object + 1).pos().startsWith("NN") && entityAt[object + 1] == null) {
                object++; // the head of "trade office"
            }
            Optional<Token> opened = object < windowEnd && tokens.get(object).pos().startsWith("NN") && timeAt[object] == null
                    ? Optional.of(tokens.get(object)) : subjectNoun(verb, s);
            if (opened.isPresent()) {
                return "opening of the " + lower(opened.get().text());
            }
        }
        return described(kind, args);
    }

    /** The common noun that is the subject of "to open": "the office is due to open", "the office, which is set to open". */
    private Optional<Token> subjectNoun(int verb, Sentence s) {
        int k = verb - 1;
        while (k > s.firstToken() && (VERB_CHAIN_TAGS.contains(tokens.get(k).pos())
                || PREDICATE_ADJECTIVES.contains(lower(tokens.get(k).text())))) {
            k--;
        }
        if (tokens.get(k).pos().equals("WDT") && k - 2 >= s.firstToken() && tokens.get(k - 1).pos().equals(",")) {
            k -= 2;
        } else if (tokens.get(k).pos().equals(",")) {
            // "The cable, run by the operators, is due to open": the noun before the phrase set off by commas.
            int comma = k - 1;
            while (comma > s.firstToken() && !tokens.get(comma).pos().equals(",")) {
                comma--;
            }
            k = comma > s.firstToken() ? comma - 1 : k;
        }
        return tokens.get(k).pos().startsWith("NN") && !tokens.get(k).pos().startsWith("NNP") && entityAt[k] == null
                ? Optional.of(tokens.get(k)) : Optional.empty();
    }

    /** An event named by its kind, up to three participants (one visitor) and its first place: "meeting with A and B in C". */
    static String described(EventKind kind, EventArgs args) {
        StringBuilder label = new StringBuilder(kind.label());
        String placeWord = kind == EventKind.VISIT ? "to" : "in";
        String byWord = kind == EventKind.MEETING || kind == EventKind.TALKS ? " with " : " by ";
        // A visit is by its visitor; the others it meets are in its participants, not its name.
        List<String> names = args.participants.keySet().stream().map(Entity::name)
                .limit(kind == EventKind.VISIT ? 1 : 3).toList();
        if (!names.isEmpty()) {
            label.append(byWord).append(String.join(" and ", names));
        }
        if (!args.places.isEmpty()) {
            label.append(' ').append(placeWord).append(' ').append(args.places.iterator().next().name());
        }
        return label.toString();
    }
}
