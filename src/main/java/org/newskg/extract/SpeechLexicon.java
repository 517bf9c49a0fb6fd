package org.newskg.extract;

import java.util.Locale;
import java.util.Set;

/** The words attribution rules look for, read from the rule files ({@link RuleFiles}). */
final class SpeechLexicon {
    /** Lemmas of verbs that introduce what somebody said, wrote or reported. */
    static final Set<String> CUE_VERBS = RuleFiles.words("cue-verbs.tsv");

    /** Nouns for people that a description of a speaker ends in ("the spokeswoman", "the minister"). */
    static final Set<String> PERSON_NOUNS = RuleFiles.words("person-nouns.tsv");

    /** Nouns for bodies that speak ("the ministry said", "the company said"). */
    static final Set<String> ORGANIZATION_NOUNS = RuleFiles.words("organization-nouns.tsv");

    /** Nouns that name an occasion on which something was said ("at a press conference"). */
    static final Set<String> VENUE_NOUNS = RuleFiles.words("venue-nouns.tsv");

    /** Adverbs between a cue and its content that belong to the cue ("said later that"). */
    static final Set<String> CUE_ADVERBS = RuleFiles.words("cue-adverbs.tsv");

    private SpeechLexicon() {}

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
