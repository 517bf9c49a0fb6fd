package org.newskg.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The words attribution rules look for, read from the rule files ({@link RuleFiles}). */
final class SpeechLexicon {
    /** Lemmas of verbs that introduce what somebody said, thought, asked or found, with the kind of report. */
    static final Map<String, ReportKind> CUE_KINDS = RuleFiles.keyed("cue-verbs.tsv", ReportKind::valueOf);

    /** Lemmas of verbs that introduce a report. */
    static final Set<String> CUE_VERBS = CUE_KINDS.keySet();

    /** Verbs that name what something is ("called it a disaster"), with the word before the name ("as"), or "-". */
    static final Map<String, String> NAMING_VERBS = RuleFiles.keyed("naming-verbs.tsv", String::valueOf);

    /** Verbs of speech acts whose content may be a noun phrase ("cited a report"), with their particle ("for"), or "-". */
    static final Map<String, String> OBJECT_CUES = RuleFiles.keyed("object-cues.tsv", String::valueOf);

    /** Of those, the verbs whose noun phrase is always what the act was about (object-cues.tsv, third column SPEECH_ACT). */
    static final Set<String> TOPIC_OBJECT_CUES = RuleFiles.rows("object-cues.tsv").stream()
            .filter(r -> r.length >= 3 && r[2].strip().equals(ReportKind.SPEECH_ACT.name()))
            .map(r -> lower(r[0].strip())).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Nouns for studies and counts as sources ("a poll found"). */
    static final Set<String> FINDING_NOUNS = RuleFiles.words("finding-nouns.tsv");

    /** Nouns for people that a description of a speaker ends in ("the spokeswoman", "the minister"). */
    static final Set<String> PERSON_NOUNS = RuleFiles.words("person-nouns.tsv");

    /** Nouns for bodies that speak ("the ministry said", "the company said"). */
    static final Set<String> ORGANIZATION_NOUNS = RuleFiles.words("organization-nouns.tsv");

    /** Nouns that name an occasion on which something was said ("at a press conference"). */
    static final Set<String> VENUE_NOUNS = RuleFiles.words("venue-nouns.tsv");

    /** Adverbs between a cue and its content that belong to the cue ("said later that"). */
    static final Set<String> CUE_ADVERBS = RuleFiles.words("cue-adverbs.tsv");

    /** Prepositions and conjunctions that open a cue's content ("said that", "asked whether"), unlike "said in a letter". */
    static final Set<String> CONTENT_OPENERS = RuleFiles.words("content-openers.tsv");

    /** Small word classes of the statement rules (statement-words.tsv), see the file. */
    static final Set<String> ANY_BODY_NOUNS = statementWords("any-body-noun");
    static final Set<String> PHRASE_PREPOSITIONS = statementWords("phrase-preposition");
    static final Set<String> APPOSITION_PREPOSITIONS = statementWords("apposition-preposition");
    static final Set<String> NOT_AN_OBJECT = statementWords("not-an-object");
    static final Set<String> INDEFINITE_PRONOUNS = statementWords("indefinite-pronoun");
    static final Set<String> VENUE_PREPOSITIONS = statementWords("venue-preposition");
    static final Set<String> NEGATIONS = statementWords("negation");
    static final Set<String> INDEFINITE_DETERMINERS = statementWords("indefinite-determiner");
    static final Set<String> PERSON_PRONOUNS = statementWords("person-pronoun");
    static final Set<String> BODY_PRONOUNS = statementWords("body-pronoun");
    static final Set<String> DOCUMENT_NOUNS = statementWords("document-noun");
    static final Set<String> UNNAMED_PERSON_NOUNS = statementWords("unnamed-person-noun");
    static final Set<String> VERB_COORDINATORS = statementWords("verb-coordinator");
    static final Set<String> RELATIVE_WORDS = statementWords("relative-word");

    private SpeechLexicon() {}

    private static Set<String> statementWords(String role) {
        return RuleFiles.group("statement-words.tsv", role);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
