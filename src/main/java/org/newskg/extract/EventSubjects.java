package org.newskg.extract;

import static org.newskg.extract.EventLexicon.lower;
import static org.newskg.extract.EventTokens.PREDICATE_ADJECTIVES;
import static org.newskg.extract.EventTokens.VERB_CHAIN_TAGS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * Who the subject of an event's verb names ("Ana Ruiz and Li Wei met", "the G7 nations met"):
 * the last name before the verb and the names coordinated with it, not a possessor or a modifier.
 * Reads one article's {@link EventTokens}.
 */
final class EventSubjects {
    private static final int MAX_SUBJECT = 15;
    private static final Set<String> SUBJECT_TAGS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "CC",
            ",", "HYPH", "PRP$");

    private final List<Token> tokens;
    private final Entity[] entityAt;
    private final int[] mentionStart;
    private final int[] mentionEnd;

    EventSubjects(EventTokens view) {
        this.tokens = view.tokens;
        this.entityAt = view.entityAt;
        this.mentionStart = view.mentionStart;
        this.mentionEnd = view.mentionEnd;
    }

    /**
     * The entities a verb's subject names: back over auxiliaries and adverbs ("is arranging to
     * attend"), then over the noun phrase; its last name and the names coordinated with it.
     */
    List<Entity> subjects(int verb, int clauseStart) {
        int k = verb - 1;
        while (k >= clauseStart && (VERB_CHAIN_TAGS.contains(tokens.get(k).pos())
                || PREDICATE_ADJECTIVES.contains(lower(tokens.get(k).text())))) {
            k--;
        }
        int end = k + 1;
        int start = end;
        while (k >= clauseStart && end - k <= MAX_SUBJECT && (SUBJECT_TAGS.contains(tokens.get(k).pos()) || entityAt[k] != null
                || lower(tokens.get(k).text()).equals("of") && k > clauseStart && entityAt[k - 1] != null && entityAt[k + 1] != null)) {
            start = k;
            k--;
        }
        List<Entity> out = new ArrayList<>();
        int head = -1;
        for (int t = end - 1; t >= start; t--) {
            if (entityAt[t] == null || mentionStart[t] < start) {
                continue;
            }
            int first = mentionStart[t];
            int last = mentionEnd[t];
            if (ofAName(first, start)) {
                // "Eirik Halvorsen of Norway": the name after "of" says whose; the one before it is the subject.
                end = head < 0 && last == end ? first - 1 : end;
                t = first;
                continue;
            }
            if (last < end && tokens.get(last).pos().equals("POS")) {
                break; // "Japan's prime minister": a possessor is not the subject
            }
            if (head >= 0 && !coordinated(last, head)) {
                break;
            }
            if (head < 0 && last < end) {
                if (groupOf(entityAt[t], last, end)) {
                    out.add(entityAt[t]); // "the G7 nations met": the G7 meets through its members
                }
                break; // "the Acme staff": the head is a common noun, not the name
            }
            out.add(entityAt[t]);
            head = first;
            t = first;
        }
        java.util.Collections.reverse(out); // in text order
        return out;
    }

    /**
     * Whether a subject is an organisation or a country through its members: one plural common noun
     * right after its name ("the G7 nations", "EU ministers"), not a singular one ("the Acme staff").
     */
    private boolean groupOf(Entity e, int afterName, int end) {
        return afterName + 1 == end && tokens.get(afterName).pos().equals("NNS") && e.type() != EntityType.PERSON;
    }

    /** Whether the name starting at {@code first} follows "of" right after another name ("X of Norway"). */
    private boolean ofAName(int first, int start) {
        return first - 2 >= start && lower(tokens.get(first - 1).text()).equals("of") && entityAt[first - 2] != null;
    }

    /** Whether only a comma or a conjunction (and title words) stand between two names. */
    private boolean coordinated(int from, int to) {
        boolean joined = false;
        for (int t = from; t < to; t++) {
            String pos = tokens.get(t).pos();
            if (pos.equals("CC") || pos.equals(",")) {
                joined = true;
            } else if (pos.equals("POS")) {
                return false;
            }
        }
        return joined;
    }
}
