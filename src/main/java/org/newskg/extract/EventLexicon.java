package org.newskg.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * The words event rules look for: the nouns and verbs that name an event (its trigger), the verbs
 * that give the role of their subject in an event they govern, and the cues that an event is
 * still to come. General news vocabulary, by lemma.
 */
final class EventLexicon {
    /** A noun that names an event, and whether only its plural does ("talks", not "a talk"). */
    private record NounEntry(EventKind kind, boolean pluralOnly) {}

    /** Nouns that name an event when they head their phrase, by lemma or word (event-nouns.tsv). */
    private static final Map<String, NounEntry> NOUNS = nouns("event-nouns.tsv");

    /** Verbs that are events themselves, with their subject taking part ("X visited Y"). */
    private static final Map<String, EventKind> VERBS = RuleFiles.keyed("event-verbs.tsv", EventKind::valueOf);

    /** What "sign" must sign to be a signing ("signed the deal"), not a sign of something. */
    static final Set<String> SIGNED_THINGS = RuleFiles.words("signed-things.tsv");

    /** Verbs whose subject hosts, organises or attends the event they govern ("Japan hosted the summit"). */
    private static final Map<String, EventRole> ROLE_VERBS = RuleFiles.keyed("event-role-verbs.tsv", EventRole::valueOf);

    /** Cue lemmas that an event is still to come: "always" ("will", "scheduled"), or "before-to" ("due to open"). */
    private static final Map<String, String> FUTURE_CUES = RuleFiles.keyed("event-future-cues.tsv", EventLexicon::when);

    /** Cue phrases (lemmas) per kind of cue, from event-cues.tsv: "status", "move", "not". */
    private static final Map<String, Map<List<String>, String>> CUES = readCues("event-cues.tsv");

    private EventLexicon() {}

    private static Map<String, NounEntry> nouns(String resource) {
        Map<String, NounEntry> out = new java.util.LinkedHashMap<>();
        for (String[] r : RuleFiles.rows(resource)) {
            if (r.length < 2) {
                throw new IllegalStateException(resource + ": a row needs a noun and a kind: " + String.join("\t", r));
            }
            boolean plural = r.length > 2 && r[2].strip().equals("plural");
            out.put(lower(r[0].strip()), new NounEntry(EventKind.valueOf(r[1].strip()), plural));
        }
        return Map.copyOf(out);
    }

    private static String when(String value) {
        if (!value.equals("always") && !value.equals("before-to") && !value.equals("after-event")) {
            throw new IllegalStateException("event-future-cues.tsv: 'always', 'before-to' or 'after-event', not " + value);
        }
        return value;
    }

    private static Map<String, Map<List<String>, String>> readCues(String resource) {
        Map<String, Map<List<String>, String>> out = new java.util.HashMap<>();
        for (String[] f : RuleFiles.rows(resource)) {
            if (f.length < 2) {
                throw new IllegalStateException(resource + ": bad line: " + String.join("\t", f));
            }
            String phrase = f[1].strip();
            out.computeIfAbsent(f[0].strip(), k -> new java.util.LinkedHashMap<>())
                    .put(List.of(phrase.split(" ")), f.length > 2 ? f[2].strip() : phrase);
        }
        return out;
    }

    /**
     * The cue of a kind ("status", "move", "not") whose lemmas end at token {@code t}: its value
     * ("EventCancelled" for "called off") and how many tokens it has; empty when none ends there.
     */
    static Optional<Map.Entry<String, Integer>> cueEndingAt(String kind, List<Token> tokens, int t, int first) {
        for (var cue : CUES.getOrDefault(kind, Map.of()).entrySet()) {
            List<String> words = cue.getKey();
            int start = t - words.size() + 1;
            if (start < first) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < words.size() && all; i++) {
                Token tok = tokens.get(start + i);
                all = words.get(i).equals(lower(tok.lemma())) || words.get(i).equals(lower(tok.text()));
            }
            if (all) {
                return Optional.of(Map.entry(cue.getValue(), words.size()));
            }
        }
        return Optional.empty();
    }

    /** The lemmas that name an event of a kind newskg models, noun or verb ("summit", "meet"). */
    static Set<String> triggerLemmas() {
        Set<String> all = new java.util.TreeSet<>(VERBS.keySet());
        NOUNS.forEach((noun, entry) -> {
            String head = noun.substring(noun.lastIndexOf(' ') + 1);
            all.add(head);
            if (entry.pluralOnly() && head.endsWith("s")) {
                all.add(head.substring(0, head.length() - 1)); // the lemma of "negotiations"
            }
        });
        return all;
    }

    static Optional<EventKind> noun(Token t, Token before) {
        if (!t.pos().startsWith("NN")) {
            return Optional.empty();
        }
        String lemma = lower(t.lemma());
        String word = lower(t.text());
        if (before != null) {
            NounEntry phrase = NOUNS.get(lower(before.text()) + " " + lemma);
            if (phrase != null) {
                return Optional.of(phrase.kind()); // "press conference"
            }
        }
        NounEntry entry = NOUNS.getOrDefault(word, NOUNS.get(lemma));
        if (entry == null || entry.pluralOnly() && !word.endsWith("s")) {
            return Optional.empty();
        }
        return Optional.of(entry.kind());
    }

    static Optional<EventKind> verb(Token t) {
        return t.pos().startsWith("VB") ? Optional.ofNullable(VERBS.get(lower(t.lemma()))) : Optional.empty();
    }

    /** The role a verb gives its subject in the event it governs, if any. */
    static Optional<EventRole> subjectRole(Token verb) {
        return Optional.ofNullable(ROLE_VERBS.get(lower(verb.lemma())));
    }

    /** A word that says an event is to come as the verb right after its phrase ("the election in May would be"). */
    static boolean isFutureCueAfterEvent(Token t) {
        return "after-event".equals(FUTURE_CUES.get(lower(t.lemma()))) || isFutureCue(t, null);
    }

    static boolean isFutureCue(Token t, Token next) {
        String when = FUTURE_CUES.get(lower(t.lemma()));
        return "always".equals(when) || "before-to".equals(when) && next != null && next.pos().equals("TO");
    }

    static String lower(String s) {
        return SpeechLexicon.lower(s);
    }
}
