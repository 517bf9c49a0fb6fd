package org.newskg.extract;

import static org.newskg.extract.EventLexicon.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.time.TimeNormalizer;
import org.newskg.time.TimeValue;

/**
 * Finds the events an article describes (summits, visits, meetings, press conferences, sessions,
 * elections, openings, signings, ceremonies), with their time, place, participants and whether
 * they are still to come. Rule-based, on CoreNLP's parts of speech, lemmas, entities and SUTime
 * dates; no parser. Stateless and thread-safe. This class finds triggers and reads their clause,
 * phrase, window and participants; {@link EventTimes} dates them and says whether they are planned,
 * {@link EventLabels} names them and {@link EventSubjects} finds who a verb's subject names, all over one article's {@link EventTokens}.
 *
 * <p>The rules, per sentence:
 * <ol>
 *   <li><b>Trigger.</b> A noun of {@link EventLexicon} that heads its phrase ("the summit", not
 *       "summit declaration"; "press conference" as one), or an event verb: "visit", "meet",
 *       "sign" with an agreement-like object, "open" as an infinitive ("scheduled to open"). A verb
 *       whose clause goes on to a noun trigger ("will meet at the summit") leaves the event to the noun.</li>
 *   <li><b>Clause.</b> The tokens between the nearest boundaries: ";", ":", brackets, quotation
 *       marks, a dash, or a comma before "which", "where", "who", "but", "and".</li>
 *   <li><b>Phrase and window.</b> For a noun, its phrase runs back over determiners, adjectives,
 *       nouns, numbers, names and possessives ("the 2023 NATO summit", "Ana Ruiz's visit"). The
 *       window after it (or after a verb trigger) runs over nouns, prepositions and names and
 *       stops at a verb (but for "will", "be", "take place", "held", "scheduled", ...), a relative
 *       word, "that", another trigger, or a comma not followed by a preposition, place or date; at
 *       most {@value #MAX_WINDOW} tokens.</li>
 *   <li><b>Place.</b> A place named in the phrase ("the Lisbon summit"), after "in" or "at" in the
 *       window ("in Porto, Portugal" gives both), after "to" or "of" for a visit ("a tour of South America"), before "for" and the phrase ("flown to Toulouse,
 *       France for the ceremony"), or as the object of
 *       "visit". A place after "not", "rather than" or "instead of" ("in Manchester and not Blackpool"),
 *       or after "from" in a clause with a verb of moving ("moved from Blackpool to Manchester"), is a
 *       place it is not at; "to" after such a verb gives its place.</li>
 *   <li><b>Time.</b> A date in the phrase ("the 2023 summit", "a Wednesday session") or the first
 *       in the window, the more precise of the two when they agree (when they do not, a year the
 *       phrase names places a day or month given without one: "the 2024 summit ... on April 17");
 *       else the nearest date before
 *       it in the clause, unless a verb other than the one governing it stands between ("Last June,
 *       allies took part in a summit"), or the date names something else ("after the Jan. 6 riot"). Dates are {@link TimeNormalizer}'s values, so a range
 *       ("July 11 and 12", "from Monday to Wednesday") is one time.</li>
 *   <li><b>Participants.</b> An organisation in the phrase is its organiser ("the NATO summit"); a
 *       person's possessive attends ("Ana Ruiz's visit"); "with", "between" and (for a visit) "by"
 *       add attendees; "of" an organisation its organiser. The subject of the verb that governs the
 *       phrase takes the role the verb gives (host/hold: host; organise/convene: organiser;
 *       attend/join/participate in/tell/speak at/meet at: attendee), as does the subject of an
 *       event verb. A subject is the last name before the verb and the names coordinated with it
 *       ("Ana Ruiz and Li Wei"), not a modifier ("the Acme chief Ana Ruiz" gives Ana Ruiz; "Ana Ruiz of
 *       Vestria and Li Wei of Orlen" gives the two people). "Sign" signs when an agreement-like noun is
 *       its object or stands right before its participle ("the treaty, signed in Lorvik"); what
 *       "to open" opens is the noun before it, past a phrase set off by commas ("the bridge, run by
 *       the city, is due to open").</li>
 *   <li><b>Planned.</b> When the time begins after the publication day and the governing verb is
 *       not in the past tense, or when the clause has a future cue ("will", "scheduled",
 *       "plans to", "due to", "set to", "expected to", "upcoming"); never when the time ended
 *       before the publication day.</li>
 *   <li><b>Status.</b> A verb of the clause that cancels or postpones it ("was called off",
 *       "postponed"): cue words in {@code event-cues.tsv}.</li>
 *   <li><b>Kept</b> with a time or a place (and, for a verb, a participant), or without either when
 *       who takes part tells it apart: a noun with a named participant in its phrase or window or a
 *       named host ("the Harbour Council meeting", "X held talks with Y"; not "X told a press conference"), a signing with a named signer ("Northwind Air has signed a deal"). A bare
 *       "talks" or "a meeting" says too little to be told apart from any other.</li>
 * </ol>
 */
public final class EventExtractor {
    static final int MAX_WINDOW = 15;
    private static final int MAX_PHRASE = 8;

    private static final Set<String> PHRASE_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "CD", "POS", "PRP$", "HYPH", "VBN");
    private static final Set<String> WINDOW_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "CD", "POS", "PRP$", "HYPH", "IN", "CC", ",", "TO", "RB");
    /** Verbs that say where and when an event is, and so do not end its window ("will be held in"). */
    private static final Set<String> WINDOW_VERBS = Set.of("will", "shall", "be", "take", "hold", "schedule", "set",
            "plan", "expect", "begin", "start", "run", "due");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "(", ")", "\"", "\u201c", "\u201d", "``", "''",
            "\u2014", "--", "\u2013");
    private static final Set<String> CLAUSE_OPENERS = Set.of("which", "where", "who", "whom", "whose", "when", "but",
            "and", "while", "although", "though", "because");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at");
    /** Before "PLACE for the EVENT": "flown to Lyon for the ceremony", "met in Lorvik for talks". */
    private static final Set<String> PLACE_PREPOSITIONS_BEFORE_FOR = Set.of("in", "at", "to");
    /** Where a visit goes: "a visit to Lorvik", "a tour of South America". */
    private static final Set<String> VISIT_PREPOSITIONS = Set.of("to", "of");
    private static final Set<String> WITH_WORDS = Set.of("with", "between", "among", "alongside");

    /** The lemmas of the words that name an event of a kind newskg models ("summit", "sign"): what evaluation counts. */
    public static java.util.Set<String> triggerLemmas() {
        return EventLexicon.triggerLemmas();
    }

    /**
     * The article's events.
     *
     * @param entities its people, organisations and places
     * @param times    its time values from {@link TimeNormalizer#normalize}
     */
    public List<Event> extract(AnnotatedArticle annotated, List<Entity> entities, List<TimeValue> times) {
        return new Run(annotated, entities, times).events();
    }

    /** The working state for one article. */
    private static final class Run {
        private final EventTokens view;
        private final EventTimes times;
        private final EventLabels labels;
        private final EventSubjects subjects;
        private final List<Token> tokens;
        private final Entity[] entityAt;
        /** First token of the mention each token is part of, -1 outside mentions. */
        private final int[] mentionStart;
        private final int[] mentionEnd;
        private final TimeValue[] timeAt;
        private final List<Event> events = new ArrayList<>();

        Run(AnnotatedArticle doc, List<Entity> entities, List<TimeValue> times) {
            this.view = new EventTokens(doc, entities, times);
            this.times = new EventTimes(view);
            this.labels = new EventLabels(view);
            this.subjects = new EventSubjects(view);
            this.tokens = view.tokens;
            this.entityAt = view.entityAt;
            this.mentionStart = view.mentionStart;
            this.mentionEnd = view.mentionEnd;
            this.timeAt = view.timeAt;
        }

        List<Event> events() {
            for (Sentence s : view.doc.sentences()) {
                for (int t = s.firstToken(); t < s.endToken(); t++) {
                    Token before = t > s.firstToken() ? tokens.get(t - 1) : null;
                    Optional<EventKind> noun = isPhraseHead(t, s) ? EventLexicon.noun(tokens.get(t), before) : Optional.empty();
                    if (noun.isPresent()) {
                        nounEvent(noun.get(), t, s).ifPresent(events::add);
                    } else {
                        int verb = t;
                        EventLexicon.verb(tokens.get(t)).flatMap(k -> verbEvent(k, verb, s)).ifPresent(events::add);
                    }
                }
            }
            return events;
        }

        // ---- triggers

        /** A noun heads its phrase when no noun follows it ("summit declaration" is a declaration). */
        private boolean isPhraseHead(int t, Sentence s) {
            if (entityAt[t] != null) {
                return false; // part of a name ("the Summit Hotel")
            }
            return t + 1 >= s.endToken() || !tokens.get(t + 1).pos().startsWith("NN") || timeAt[t + 1] != null;
        }

        private Optional<Event> nounEvent(EventKind kind, int trigger, Sentence s) {
            int clauseStart = clauseStart(trigger, s);
            int phraseStart = phraseStart(trigger, clauseStart);
            EventArgs args = new EventArgs();
            phraseArguments(phraseStart, trigger, args);
            placesBeforeFor(phraseStart, clauseStart, args);
            int windowEnd = window(trigger + 1, s, kind, args);
            Optional<Integer> governor = governor(phraseStart, clauseStart);
            Optional<EventRole> governorRole = governor.flatMap(g -> EventLexicon.subjectRole(tokens.get(g)));
            // Named in the phrase or window, or the host or organiser: not just who spoke at it ("X told a press conference").
            args.whoTellsApart = !args.participants.isEmpty() || governorRole.filter(r -> r != EventRole.ATTENDEE).isPresent();
            governor.ifPresent(g -> subjects.subjects(g, clauseStart(g, s)).forEach(e -> args.participant(e, governorRole.orElseThrow())));
            Span phrase = new Span(tokens.get(phraseStart).span().begin(), tokens.get(trigger).span().end());
            return event(kind, phrase, labels.label(kind, phraseStart, trigger, args), args, trigger, clauseStart, windowEnd, s,
                    governor.orElse(-1));
        }

        private Optional<Event> verbEvent(EventKind kind, int verb, Sentence s) {
            Token v = tokens.get(verb);
            if (kind == EventKind.OPENING && !(verb > s.firstToken() && tokens.get(verb - 1).pos().equals("TO")
                    && v.pos().equals("VB"))) {
                return Optional.empty(); // "shares opened higher": only "to open" names an opening
            }
            if (kind == EventKind.SIGNING && !signsAgreement(verb, s)) {
                return Optional.empty();
            }
            int clauseStart = clauseStart(verb, s);
            EventArgs args = new EventArgs();
            // Who opens something organises the opening; who visits, meets or signs takes part.
            EventRole subjectRole = kind == EventKind.OPENING ? EventRole.ORGANISER : EventRole.ATTENDEE;
            subjects.subjects(verb, clauseStart).forEach(e -> args.participant(e, subjectRole));
            int object = view.skip(verb + 1, s, "DT");
            if (object < s.endToken() && entityAt[object] != null && mentionStart[object] == object) {
                Entity e = entityAt[object];
                if (e.type() == EntityType.PLACE) {
                    args.place(e);
                } else if (kind != EventKind.OPENING) {
                    args.participant(e, EventRole.ATTENDEE);
                }
            }
            int windowEnd = window(verb + 1, s, kind, args);
            // "Signed the agreement in Paris" says enough without a named signer; "met in Paris" does not.
            if (args.nounTriggerInWindow || (args.participants.isEmpty() && kind != EventKind.OPENING && kind != EventKind.SIGNING)) {
                return Optional.empty();
            }
            String label = labels.verbLabel(kind, verb, windowEnd, args);
            return event(kind, v.span(), label, args, verb, clauseStart, windowEnd, s, verb);
        }

        /**
         * Whether who takes part tells an event without a time or a place apart: a noun with a named
         * participant in its phrase or window, or a host ("the Harbour Council meeting", "X held talks with Y"), but
         * not only a speaker at it ("X told a press conference"); a signing with a named signer ("Air India has
         * signed a deal"). Not "meet" ("Acme met Wall Street expectations") nor "visit".
         */
        private boolean toldApartByWho(EventKind kind, EventArgs args, int trigger) {
            boolean noun = tokens.get(trigger).pos().startsWith("NN");
            return !args.participants.isEmpty() && (noun ? args.whoTellsApart : kind == EventKind.SIGNING);
        }

        /** "signed the deal", or a participle after what it signs: "the agreement, signed in Oslo". */
        private boolean signsAgreement(int verb, Sentence s) {
            for (int t = verb + 1; t < Math.min(s.endToken(), verb + 6); t++) {
                if (EventLexicon.SIGNED_THINGS.contains(lower(tokens.get(t).lemma()))) {
                    return true;
                }
            }
            int before = verb - 1;
            if (before >= s.firstToken() && tokens.get(before).pos().equals(",")) {
                before--;
            }
            return tokens.get(verb).pos().equals("VBN") && before >= s.firstToken()
                    && EventLexicon.SIGNED_THINGS.contains(lower(tokens.get(before).lemma()));
        }

        private Optional<Event> event(EventKind kind, Span phrase, String label, EventArgs args, int trigger, int clauseStart,
                int windowEnd, Sentence s, int governingVerb) {
            Optional<EventTime> found = args.time.isPresent() ? args.time : times.timeBefore(trigger, clauseStart, governingVerb);
            if (found.isEmpty() && args.places.isEmpty() && !toldApartByWho(kind, args, trigger)) {
                return Optional.empty();
            }
            String cue = times.futureCue(clauseStart, windowEnd, s);
            Optional<EventTime> time = times.aheadWhenToCome(found, cue);
            boolean planned = times.planned(time, cue, governingVerb);
            List<Entity> notPlaces = args.notPlaces.stream().filter(p -> !args.places.contains(p)).toList();
            return Optional.of(new Event(kind, phrase, label, time, List.copyOf(args.places),
                    args.participants.entrySet().stream().map(e -> new Participant(e.getKey(), e.getValue())).toList(),
                    planned, planned ? cue : "", notPlaces, status(clauseStart, windowEnd, s)));
        }

        // ---- clause, phrase, window

        private int clauseStart(int t, Sentence s) {
            for (int k = t - 1; k > s.firstToken(); k--) {
                String w = tokens.get(k).text();
                if (CLAUSE_BREAKS.contains(w)) {
                    return k + 1;
                }
                if (w.equals(",") && k + 1 < t && CLAUSE_OPENERS.contains(lower(tokens.get(k + 1).text()))) {
                    return k + 1;
                }
            }
            return s.firstToken();
        }

        private int phraseStart(int trigger, int clauseStart) {
            int start = trigger;
            for (int k = trigger - 1; k >= clauseStart && trigger - k <= MAX_PHRASE; k--) {
                Token t = tokens.get(k);
                boolean ofInName = lower(t.text()).equals("of") && k > clauseStart && isNameWord(k - 1) && isNameWord(k + 1);
                if (!(PHRASE_TAGS.contains(t.pos()) || entityAt[k] != null || timeAt[k] != null || ofInName)) {
                    break;
                }
                start = k;
            }
            return start;
        }

        private boolean isNameWord(int k) {
            String pos = tokens.get(k).pos();
            return pos.startsWith("NNP") || pos.equals("CD");
        }

        /** Names and dates inside the phrase, before the trigger. */
        private void phraseArguments(int from, int trigger, EventArgs args) {
            Optional<EventTime> phraseTime = Optional.empty();
            for (int k = from; k < trigger; k++) {
                if (timeAt[k] != null && phraseTime.isEmpty()) {
                    phraseTime = EventTimes.timeOf(timeAt[k]);
                }
                if (entityAt[k] == null || mentionStart[k] != k) {
                    continue;
                }
                Entity e = entityAt[k];
                switch (e.type()) {
                    case PLACE -> args.place(e);
                    case ORGANIZATION -> args.participant(e, EventRole.ORGANISER);
                    case PERSON -> args.participant(e, EventRole.ATTENDEE); // "Ana Ruiz's visit", "the Ruiz-Li meeting"
                }
            }
            args.time = phraseTime;
        }

        /**
         * The places of "to Lyon, France for the ceremony", "arrived in Lorvik for talks": a place
         * after "in", "at" or "to" right before "for" and the event's phrase is where the event is.
         */
        private void placesBeforeFor(int phraseStart, int clauseStart, EventArgs args) {
            int k = phraseStart - 1;
            if (k <= clauseStart || !lower(tokens.get(k).text()).equals("for")) {
                return;
            }
            List<Entity> places = new ArrayList<>();
            for (k--; k >= clauseStart; k--) {
                if (tokens.get(k).pos().equals(",") || tokens.get(k).pos().equals("CC")) {
                    continue;
                }
                if (entityAt[k] == null || entityAt[k].type() != EntityType.PLACE) {
                    break;
                }
                places.add(0, entityAt[k]);
                k = mentionStart[k];
            }
            if (!places.isEmpty() && k >= clauseStart && PLACE_PREPOSITIONS_BEFORE_FOR.contains(lower(tokens.get(k).text()))) {
                places.forEach(args::place);
            }
        }

        /**
         * Reads the window after a trigger: places, attendees, the time. Returns the index after
         * its last token.
         */
        private int window(int from, Sentence s, EventKind kind, EventArgs args) {
            Optional<EventTime> phraseTime = args.time;
            Optional<EventTime> windowTime = Optional.empty();
            String lastPreposition = "";
            EventRole coordinatedRole = null;
            boolean lastWasPlace = false;
            boolean negated = false;
            int clauseStart = clauseStart(from, s);
            int t = from;
            for (; t < s.endToken() && t - from < MAX_WINDOW; t++) {
                Token tok = tokens.get(t);
                String w = lower(tok.text());
                if (EventLexicon.cueEndingAt("not", tokens, t, from).isPresent()) {
                    negated = true; // "in Manchester and not Blackpool", "rather than Blackpool"
                    continue;
                }
                if (timeAt[t] != null) {
                    if (windowTime.isEmpty()) {
                        int[] end = new int[1];
                        windowTime = times.timeFrom(t, s, end);
                        t = end[0] - 1;
                    }
                    continue;
                }
                if (entityAt[t] != null && mentionStart[t] == t) {
                    Entity e = entityAt[t];
                    boolean moved = e.type() == EntityType.PLACE && movedBefore(clauseStart, t);
                    if (e.type() == EntityType.PLACE && (negated || moved && lastPreposition.equals("from"))) {
                        args.notPlace(e); // "and not Blackpool", "moved from Blackpool to Manchester"
                        lastWasPlace = true;
                    } else if (e.type() == EntityType.PLACE && moved && lastPreposition.equals("to")) {
                        args.place(e);
                        lastWasPlace = true;
                    } else if (e.type() == EntityType.PLACE && (PLACE_PREPOSITIONS.contains(lastPreposition)
                            || (VISIT_PREPOSITIONS.contains(lastPreposition) && kind == EventKind.VISIT) || lastWasPlace)) {
                        args.place(e);
                        lastWasPlace = true;
                    } else if (WITH_WORDS.contains(lastPreposition) || (lastPreposition.equals("by") && kind == EventKind.VISIT)) {
                        coordinatedRole = EventRole.ATTENDEE;
                        args.participant(e, coordinatedRole);
                    } else if (coordinatedRole != null) {
                        args.participant(e, coordinatedRole);
                    } else if ((lastPreposition.equals("of") || lastPreposition.equals("by")) && e.type() == EntityType.ORGANIZATION) {
                        args.participant(e, EventRole.ORGANISER);
                    }
                    t = mentionEnd[t] - 1;
                    continue;
                }
                if (w.equals("that")) {
                    break; // what follows is what was said or decided, not where or when
                }
                if (t > from && isPhraseHead(t, s) && EventLexicon.noun(tok, tokens.get(t - 1)).isPresent()) {
                    args.nounTriggerInWindow = true;
                    break;
                }
                if (tok.pos().equals(",")) {
                    if (t + 1 >= s.endToken() || !continuesAfterComma(t + 1)) {
                        break;
                    }
                    continue;
                }
                boolean placingVerb = WINDOW_VERBS.contains(lower(tok.lemma()))
                        || EventLexicon.cueEndingAt("move", tokens, t, t).isPresent()
                        || EventLexicon.cueEndingAt("status", tokens, t, t).isPresent();
                if (tok.pos().equals("TO") && t + 1 < s.endToken() && tokens.get(t + 1).pos().startsWith("VB")
                        && !WINDOW_VERBS.contains(lower(tokens.get(t + 1).lemma()))) {
                    break;
                }
                if (!WINDOW_TAGS.contains(tok.pos()) && !placingVerb) {
                    break;
                }
                if (tok.pos().equals("IN") || tok.pos().equals("TO")) {
                    lastPreposition = w;
                    lastWasPlace = false;
                    if (!WITH_WORDS.contains(w)) {
                        coordinatedRole = null;
                    }
                } else if (!tok.pos().equals("CC") && !tok.pos().equals("DT")) {
                    lastWasPlace = false;
                    negated &= placingVerb; // "will not be held in Blackpool"
                }
            }
            args.time = EventTimes.best(phraseTime, windowTime);
            return t;
        }

        /** Whether a verb of moving ("moved", "relocated") stands in the clause before token t. */
        private boolean movedBefore(int clauseStart, int t) {
            for (int k = clauseStart; k < t; k++) {
                if (tokens.get(k).pos().startsWith("VB") && EventLexicon.cueEndingAt("move", tokens, k, k).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        /** What the clause says became of the event: "EventCancelled" for "called off", "" when nothing. */
        private String status(int clauseStart, int windowEnd, Sentence s) {
            for (int k = clauseStart; k < Math.min(windowEnd, s.endToken()); k++) {
                if (tokens.get(k).pos().startsWith("VB") || tokens.get(k).pos().equals("RP")) {
                    Optional<Map.Entry<String, Integer>> cue = EventLexicon.cueEndingAt("status", tokens, k, clauseStart);
                    if (cue.isPresent()) {
                        return cue.get().getKey();
                    }
                }
            }
            return "";
        }

        private boolean continuesAfterComma(int t) {
            Token next = tokens.get(t);
            return next.pos().equals("IN") || timeAt[t] != null || (entityAt[t] != null && entityAt[t].type() == EntityType.PLACE);
        }

        /** The verb that governs a phrase: right before it, or before its preposition ("took part in"). */
        private Optional<Integer> governor(int phraseStart, int clauseStart) {
            int g = phraseStart - 1;
            if (g < clauseStart) {
                return Optional.empty();
            }
            if (tokens.get(g).pos().equals("IN") || tokens.get(g).pos().equals("TO")) {
                g--;
                while (g >= clauseStart && (tokens.get(g).pos().equals("RB") || lower(tokens.get(g).text()).equals("part"))) {
                    g--; // "meet again at", "take part in"
                }
            }
            if (g < clauseStart || !tokens.get(g).pos().startsWith("VB")) {
                return Optional.empty();
            }
            return EventLexicon.subjectRole(tokens.get(g)).isPresent() ? Optional.of(g) : Optional.empty();
        }
    }
}
