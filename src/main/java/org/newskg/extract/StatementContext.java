package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.time.TimeValue;

/**
 * The working state of the statement rules on one article, shared by the classes that each find
 * one form of report ({@link DirectQuotes}, {@link ReportedSpeech}, {@link NounPhraseReports},
 * {@link NameColonReports}, {@link QuoteCarryOver}): the marked tokens, the speaker finder, the
 * reports made so far, the cues they used (a cue reports once), and the quotes that found no
 * attribution in their sentence, left for the carry-over. Why one object: the rules run in an
 * order and each reads what the ones before it made.
 */
final class StatementContext {
    final StatementTokens tk;
    final SpeakerFinder speakers;
    final List<Report> reports = new ArrayList<>();
    final Set<Integer> usedCues = new HashSet<>();
    final List<QuoteCarryOver.Unattributed> unattributed = new ArrayList<>();
    final ReportParts parts;

    /** @param times the article's time values: a report's date comes from them */
    StatementContext(AnnotatedArticle doc, List<Entity> entities, List<TimeValue> times) {
        this.tk = new StatementTokens(doc, entities);
        this.speakers = new SpeakerFinder(tk, reports);
        this.parts = new ReportParts(tk, new StatementDates(doc, times));
    }
}
