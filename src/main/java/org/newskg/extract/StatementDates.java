package org.newskg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.clean.PublicationDate;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.time.DateAttachment;
import org.newskg.time.TimeValue;

/**
 * When a report says something was said: a day its sentence names outside the content, else the
 * publication date. A day that names something else is not when it was said: one that modifies a
 * noun or is a point of reference ({@link DateAttachment}), one in a clause of its own ("X, who
 * testified on Jan. 6, said": statement-date-clauses.tsv), or one that is the subject of a verb
 * ("said Jan. 6 was a dark day", where the quoted words are only part of what was said).
 */
final class StatementDates {
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    private static final Set<String> CLAUSE_WORDS = RuleFiles.words("statement-date-clauses.tsv");
    private static final Set<String> VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

    private final AnnotatedArticle doc;
    private final List<TimeValue> times;

    /** @param times the article's time values ({@link org.newskg.time.TimeNormalizer#normalize}) */
    StatementDates(AnnotatedArticle doc, List<TimeValue> times) {
        this.doc = doc;
        this.times = times;
    }

    /** The day the sentence says it was said ("on Wednesday"), else the publication date. */
    Optional<StatementDate> statedOn(int sentence, Span content) {
        Span s = doc.sentences().get(sentence).span();
        for (TimeValue tv : times) {
            if (s.contains(tv.span()) && (tv.span().end() <= content.begin() || tv.span().begin() >= content.end())
                    && (tv.type().equals("DATE") || tv.type().equals("TIME")) && tv.day().isPresent()
                    && DateAttachment.saysWhen(tv, doc.tokens()) // not "the Jan. 6 attack", "since Monday"
                    && !inOwnClause(tv) && !subjectOfVerb(tv)) {
                LocalDate day = notAfterPublication(tv.day().get(), tv.text());
                return Optional.of(new StatementDate(day, true, tv.text(), Optional.of(tv)));
            }
        }
        return doc.article().metadata().published()
                .map((PublicationDate d) -> new StatementDate(d.date(), false, d.evidence()));
    }

    /** "Ana Ruiz, who testified on Jan. 6, said": a date after a comma and a word of statement-date-clauses.tsv. */
    private boolean inOwnClause(TimeValue tv) {
        List<Token> tokens = doc.tokens();
        int first = firstToken(tv);
        Sentence s = doc.sentences().get(tokens.get(first).sentence());
        for (int k = first - 1; k > s.firstToken(); k--) {
            if (tokens.get(k).pos().equals(",")) {
                return k + 1 < first && CLAUSE_WORDS.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** "said Jan. 6 was a dark day": a date right after a verb and right before one is what the second verb is about. */
    private boolean subjectOfVerb(TimeValue tv) {
        List<Token> tokens = doc.tokens();
        int first = firstToken(tv);
        int after = first;
        while (after < tokens.size() && tv.span().contains(tokens.get(after).span())) {
            after++;
        }
        return first > 0 && after < tokens.size() && tokens.get(first - 1).pos().startsWith("VB")
                && VERB_TAGS.contains(tokens.get(after).pos()) && tokens.get(after).sentence() == tokens.get(first).sentence();
    }

    private int firstToken(TimeValue tv) {
        List<Token> tokens = doc.tokens();
        int t = 0;
        while (t + 1 < tokens.size() && tokens.get(t).span().end() <= tv.span().begin()) {
            t++;
        }
        return t;
    }

    /**
     * Something already said cannot have been said after the article appeared: SUTime may read
     * a bare weekday forwards ("on Wednesday" in a Friday paper as next Wednesday), so such a
     * weekday is taken back a week.
     */
    private LocalDate notAfterPublication(LocalDate day, String words) {
        Optional<LocalDate> published = doc.article().metadata().published().map(PublicationDate::date);
        if (published.isPresent() && day.isAfter(published.get()) && WEEKDAY.matcher(words).find()) {
            LocalDate back = day.minusWeeks(1);
            return back.isAfter(published.get()) ? published.get() : back;
        }
        return day;
    }
}
