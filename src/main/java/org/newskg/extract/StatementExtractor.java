package org.newskg.extract;

import java.util.List;
import org.newskg.extract.QuoteCarryOver.Unattributed;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.time.TimeNormalizer;
import org.newskg.time.TimeValue;

/**
 * Finds who said what in one article: direct quotes (also in pieces around one attribution, and
 * paragraphs of quote that continue the speaker of the paragraph before), partial quotes inside
 * reported speech, reported speech ({@code X said (that) ...}, {@code ..., X said}, {@code ...,
 * saying ...}), and the wider attributions of {@link ReportKind}: thoughts ("believes"),
 * questions ("asked whether"), characterisations ("called X Y"), "according to", findings of
 * studies and polls, speech acts with a noun-phrase content ("criticised X"; a short noun phrase
 * or an activity is a {@link ReportKind#SPEECH_ACT}: what the act was about, no statement),
 * "Name: ..." (a transcript's '"PENCE: ..."' to its paragraph's end).
 *
 * <p>The rules work on tokens, parts of speech and named entities only (no parser), so they
 * cost nothing next to the NER they follow; their word lists are rule files ({@link RuleFiles}).
 * A speaker is the subject of the cue, read past adverbs, appositions, relative clauses and
 * brackets ("X, who chairs ..., warned"), or the name right after the cue when it ends the clause
 * ({@code said Jane Smith}); a passive cue ("she was told") names no speaker. "He"/"she" go to
 * the nearest person before who is the subject of speech or action and agrees in gender (from
 * titles and earlier pronouns, {@link Genders}); an unnamed subject ("another member") or an
 * unnamed speaker ("a spokeswoman") stops the search, and a pronoun is never the person its own
 * content names. "The spokeswoman" goes to a person the article introduced with that word; "the
 * ministry" to the one organisation named in the two sentences before. Where that fails the
 * report keeps the speaker's words and no entity, rather than a guess. Stateless and thread-safe.
 *
 * <p>The work is split by job, each class with the rules of one form over the article's shared
 * {@link StatementContext}: {@link StatementTokens} marks the article's tokens (entities, times,
 * quotes) and holds the tests that find cues; {@link SpeakerFinder} finds and resolves speakers;
 * {@link DirectQuotes}, {@link ReportedSpeech}, {@link NounPhraseReports} and {@link
 * NameColonReports} find what is reported in each form; {@link QuoteCarryOver} gives quotes with
 * no attribution of their own the speaker of the quote before; {@link ReportParts} describes a
 * report alike whatever found it. This class runs them in order and joins the pieces.
 */
public final class StatementExtractor {
    public List<Report> extract(AnnotatedArticle annotated, List<Entity> entities) {
        return extract(annotated, entities, new TimeNormalizer().normalize(annotated));
    }

    /** @param times the article's time values ({@link TimeNormalizer#normalize}): a report's date comes from them */
    public List<Report> extract(AnnotatedArticle annotated, List<Entity> entities, List<TimeValue> times) {
        return new Run(new StatementContext(annotated, entities, times)).reports();
    }

    /**
     * One article's run of the rules, in an order that matters: direct quotes first (their cues
     * are used), then "Name:", then each cue left over, then the carry-over of quotes left
     * without attribution, which reads all the reports made.
     */
    private static final class Run extends StatementRule {
        private final QuoteCarryOver carryOver;
        private final DirectQuotes direct;
        private final NameColonReports colons;
        private final NounPhraseReports nounPhrases;
        private final ReportedSpeech reported;

        Run(StatementContext run) {
            super(run);
            this.carryOver = new QuoteCarryOver(run);
            this.direct = new DirectQuotes(run, carryOver);
            this.colons = new NameColonReports(run);
            this.nounPhrases = new NounPhraseReports(run);
            this.reported = new ReportedSpeech(run);
        }

        List<Report> reports() {
            for (int q = 0; q < quotes.size(); q++) {
                direct.directQuote(q);
            }
            for (Sentence sentence : doc.sentences()) {
                colons.colonAfterName(sentence);
            }
            for (int t = 0; t < tokens.size(); t++) {
                if (quoteAt[t] < 0 && !usedCues.contains(t)) {
                    if (tk.isAccordingTo(t)) {
                        nounPhrases.accordingTo(t);
                    } else if (nounPhrases.isObjectCue(t)) {
                        // A clause is the content where there is one ("denied that ..."), else the noun phrase.
                        if (!(tk.isCue(t) && reported.reportedSpeech(t))) {
                            nounPhrases.objectReport(t);
                        }
                    } else if (nounPhrases.isNamingVerb(t)) {
                        nounPhrases.characterization(t);
                    } else if (tk.isCue(t)) {
                        reported.reportedSpeech(t);
                    }
                }
            }
            reports.sort(java.util.Comparator.comparingInt((Report r) -> r.content().begin()));
            for (Unattributed u : unattributed) {
                carryOver.carryOver(u);
            }
            ReportJoins.joinPieces(text, reports, MAX_APPOSED_ATTRIBUTION_WORDS);
            ReportJoins.dropRestatements(reports);
            // A quote without attribution that sits inside a reported clause is that report's.
            reports.removeIf(r -> r.speaker().isEmpty() && r.type() == ReportType.DIRECT && r.cue().isEmpty()
                    && reports.stream().anyMatch(o -> o != r && o.content().contains(r.content())));
            reports.sort(java.util.Comparator.comparingInt((Report r) -> r.content().begin()));
            return reports;
        }
    }
}
