package org.newskg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newskg.clean.PublicationDate;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.time.DateAttachment;
import org.newskg.time.TimeValue;

/** When a report says something was said: a day its sentence names outside the content, else the publication date. */
final class StatementDates {
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");

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
                    && DateAttachment.saysWhen(tv, doc.tokens())) { // not "the Jan. 6 attack", "since Monday"
                LocalDate day = notAfterPublication(tv.day().get(), tv.text());
                return Optional.of(new StatementDate(day, true, tv.text(), Optional.of(tv)));
            }
        }
        return doc.article().metadata().published()
                .map((PublicationDate d) -> new StatementDate(d.date(), false, d.evidence()));
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
