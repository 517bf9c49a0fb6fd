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
    /** Nouns that name an event when they head their phrase ("the summit", "a parliament session"). */
    private static final Map<String, EventKind> NOUNS = Map.ofEntries(
            Map.entry("summit", EventKind.SUMMIT),
            Map.entry("conference", EventKind.CONFERENCE),
            Map.entry("forum", EventKind.CONFERENCE),
            Map.entry("briefing", EventKind.PRESS_CONFERENCE),
            Map.entry("meeting", EventKind.MEETING),
            Map.entry("talks", EventKind.TALKS),
            Map.entry("negotiations", EventKind.TALKS),
            Map.entry("session", EventKind.SESSION),
            Map.entry("visit", EventKind.VISIT),
            Map.entry("trip", EventKind.VISIT),
            Map.entry("election", EventKind.ELECTION),
            Map.entry("referendum", EventKind.ELECTION),
            Map.entry("opening", EventKind.OPENING),
            Map.entry("signing", EventKind.SIGNING),
            Map.entry("ceremony", EventKind.CEREMONY),
            Map.entry("inauguration", EventKind.CEREMONY));

    /** Words before "conference" that make it a press conference. */
    private static final Set<String> PRESS_WORDS = Set.of("press", "news");

    /** Verbs that are events themselves, with their subject taking part ("X visited Y"). */
    private static final Map<String, EventKind> VERBS = Map.of(
            "visit", EventKind.VISIT,
            "meet", EventKind.MEETING,
            "sign", EventKind.SIGNING,
            "open", EventKind.OPENING);

    /** What "sign" must sign to be a signing ("signed the deal"), not a sign of something. */
    static final Set<String> SIGNED_THINGS = Set.of("agreement", "deal", "treaty", "accord", "pact", "memorandum",
            "contract", "declaration", "charter", "convention", "protocol");

    /** Verbs whose subject hosts the event they govern ("Japan hosted the summit"). */
    private static final Set<String> HOST_VERBS = Set.of("host", "hold", "stage", "chair");
    /** Verbs whose subject organises it ("X convened a meeting"). */
    private static final Set<String> ORGANISER_VERBS = Set.of("organise", "organize", "convene", "call");
    /** Verbs whose subject takes part ("X attended the summit", "X told a press conference"). */
    private static final Set<String> ATTENDEE_VERBS = Set.of("attend", "join", "participate", "address", "tell",
            "speak", "say", "meet", "brief", "arrive", "travel", "go", "fly", "take", "lead", "represent");

    /** Cue lemmas that an event is still to come ("will", "scheduled", "plans to"). */
    private static final Set<String> FUTURE_CUES = Set.of("will", "shall", "schedule", "plan", "expect", "intend",
            "arrange", "propose", "upcoming", "forthcoming");
    /** Cue lemmas that count only before "to" ("due to open", "set to open"). */
    private static final Set<String> FUTURE_CUES_BEFORE_TO = Set.of("due", "set", "look", "aim", "seek", "hope",
            "prepare", "want", "go");

    /** Cue phrases (lemmas) per kind of cue, from event-cues.tsv: "status", "move", "not". */
    private static final Map<String, Map<List<String>, String>> CUES = readCues("event-cues.tsv");

    private EventLexicon() {}

    private static Map<String, Map<List<String>, String>> readCues(String resource) {
        Map<String, Map<List<String>, String>> out = new java.util.HashMap<>();
        try (var in = EventLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split("\t");
                if (f.length < 2) {
                    throw new IllegalStateException(resource + ": bad line: " + line);
                }
                out.computeIfAbsent(f[0], k -> new java.util.LinkedHashMap<>())
                        .put(List.of(f[1].split(" ")), f.length > 2 ? f[2] : f[1]);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
        Set<String> all = new java.util.TreeSet<>(NOUNS.keySet());
        all.addAll(VERBS.keySet());
        all.add("negotiation"); // the lemma of "negotiations"
        all.add("talk");
        return all;
    }

    static Optional<EventKind> noun(Token t, Token before) {
        if (!t.pos().startsWith("NN")) {
            return Optional.empty();
        }
        String lemma = lower(t.lemma());
        String word = lower(t.text());
        if (lemma.equals("conference") && before != null && PRESS_WORDS.contains(lower(before.text()))) {
            return Optional.of(EventKind.PRESS_CONFERENCE);
        }
        // "talks" and "negotiations" are events only in the plural: a talk is a speech.
        EventKind kind = NOUNS.getOrDefault(word, NOUNS.get(lemma));
        if (kind == EventKind.TALKS && !word.endsWith("s")) {
            return Optional.empty();
        }
        return Optional.ofNullable(kind);
    }

    static Optional<EventKind> verb(Token t) {
        return t.pos().startsWith("VB") ? Optional.ofNullable(VERBS.get(lower(t.lemma()))) : Optional.empty();
    }

    /** The role a verb gives its subject in the event it governs, if any. */
    static Optional<EventRole> subjectRole(Token verb) {
        String lemma = lower(verb.lemma());
        if (HOST_VERBS.contains(lemma)) {
            return Optional.of(EventRole.HOST);
        }
        if (ORGANISER_VERBS.contains(lemma)) {
            return Optional.of(EventRole.ORGANISER);
        }
        return ATTENDEE_VERBS.contains(lemma) ? Optional.of(EventRole.ATTENDEE) : Optional.empty();
    }

    static boolean isFutureCue(Token t, Token next) {
        String lemma = lower(t.lemma());
        if (FUTURE_CUES.contains(lemma)) {
            return true;
        }
        return FUTURE_CUES_BEFORE_TO.contains(lemma) && next != null && next.pos().equals("TO");
    }

    static String lower(String s) {
        return SpeechLexicon.lower(s);
    }
}
