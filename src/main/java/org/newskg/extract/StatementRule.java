package org.newskg.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.TimeExpression;
import org.newskg.nlp.Token;

/**
 * What every statement rule class reads: one article's {@link StatementContext} under short
 * names (the token arrays of {@link StatementTokens}, the reports so far), the limits the rules
 * share, and the one way to make a report ({@link ReportParts}). A base class rather than a
 * field so that the rules read as they did when they were one class.
 */
abstract class StatementRule {
    static final int MIN_CONTENT_TOKENS = StatementLimits.number("min-content-tokens");
    static final Set<String> CLOSING_MARKS = StatementTokens.CLOSING_MARKS;
    static final Set<String> OPENING_MARKS = StatementTokens.OPENING_MARKS;
    /**
     * The most words between two pieces of one quote when they are its attribution with an
     * apposition ("“A,” said Jane Smith, an economist who served as ... . “B.”").
     */
    static final int MAX_APPOSED_ATTRIBUTION_WORDS = StatementLimits.number("max-apposed-attribution-words");

    final StatementTokens tk;
    final SpeakerFinder speakers;
    final AnnotatedArticle doc;
    final String text;
    final List<Token> tokens;
    final Entity[] entityAt;
    final TimeExpression[] timeAt;
    final int[] quoteAt;
    final List<QuoteFinder.Quote> quotes;
    final Set<Integer> usedCues;
    final List<Report> reports;
    final List<QuoteCarryOver.Unattributed> unattributed;
    private final ReportParts parts;

    StatementRule(StatementContext run) {
        this.tk = run.tk;
        this.speakers = run.speakers;
        this.doc = tk.doc;
        this.text = tk.text;
        this.tokens = tk.tokens;
        this.entityAt = tk.entityAt;
        this.timeAt = tk.timeAt;
        this.quoteAt = tk.quoteAt;
        this.quotes = tk.quotes;
        this.usedCues = run.usedCues;
        this.reports = run.reports;
        this.unattributed = run.unattributed;
        this.parts = run.parts;
    }

    /** A report with its entities, venue, date and kind, see {@link ReportParts#report}. */
    Report report(ReportType type, Span content, Optional<Speaker> speaker, String cue, Span cueSpan,
            Optional<String> addressee, int anchorToken) {
        return parts.report(type, content, speaker, cue, cueSpan, addressee, anchorToken);
    }

    /** Content before ", X said" starts at the sentence start, or after the quote or clause before it. */
    int contentFirstStart(int before, Sentence sentence) {
        return sentence.firstToken();
    }
}
