package org.newskg.extract;

import java.util.Locale;
import java.util.Set;

/** The words attribution rules look for: speech verbs, and nouns that can stand for a speaker. */
final class SpeechLexicon {
    /** Lemmas of verbs that introduce what somebody said, wrote or reported. */
    static final Set<String> CUE_VERBS = Set.of(
            "say", "tell", "add", "warn", "state", "announce", "confirm", "note", "insist", "argue", "claim",
            "explain", "declare", "stress", "urge", "deny", "acknowledge", "reply", "respond", "comment",
            "suggest", "admit", "promise", "pledge", "vow", "write", "report", "caution", "complain", "assert",
            "reiterate", "emphasise", "emphasize", "predict", "concede", "contend", "tweet", "recall", "allege",
            "estimate", "forecast", "remark", "observe", "testify", "demand", "threaten", "accuse");

    /** Nouns for people that a description of a speaker ends in ("the spokeswoman", "the minister"). */
    static final Set<String> PERSON_NOUNS = Set.of(
            "spokesman", "spokeswoman", "spokesperson", "minister", "official", "president", "ambassador",
            "secretary", "chief", "director", "leader", "governor", "mayor", "senator", "lawmaker", "legislator",
            "diplomat", "analyst", "executive", "chairman", "chairwoman", "chair", "ceo", "premier", "chancellor",
            "envoy", "commander", "general", "prosecutor", "judge", "lawyer", "attorney", "officer",
            "representative", "adviser", "advisor", "aide", "expert", "economist", "professor", "researcher",
            "candidate", "founder", "manager", "coach", "head", "king", "queen", "prince", "pope", "mp", "pm",
            "deputy", "inspector", "superintendent", "sheriff", "councillor", "councilor", "witness", "doctor",
            "scientist", "priest", "chairperson");

    /** Nouns for bodies that speak ("the ministry said", "the company said"). */
    static final Set<String> ORGANIZATION_NOUNS = Set.of(
            "ministry", "government", "company", "firm", "agency", "department", "council", "party", "alliance",
            "bloc", "organisation", "organization", "group", "bank", "committee", "commission", "police",
            "military", "army", "embassy", "office", "administration", "union", "court", "board", "club",
            "authority", "authorities", "regulator", "cabinet", "kremlin", "parliament", "newspaper", "broadcaster",
            "network", "outlet", "daily", "league", "federation", "association", "institute", "university");

    /** Nouns that name an occasion on which something was said ("at a press conference"). */
    static final Set<String> VENUE_NOUNS = Set.of(
            "conference", "briefing", "session", "event", "interview", "meeting", "summit", "rally", "statement",
            "speech", "hearing", "forum", "debate", "address", "post", "podcast", "broadcast", "programme",
            "program", "show", "visit", "ceremony");

    private SpeechLexicon() {}

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
