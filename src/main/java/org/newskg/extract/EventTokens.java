package org.newskg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.clean.PublicationDate;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.time.TimeValue;

/**
 * One article's tokens as the event rules read them: for each token the entity and the date it is
 * part of, and where its name begins and ends. Built once per article and shared by
 * {@link EventExtractor}, {@link EventTimes} and {@link EventLabels}, so each rule looks a token up
 * in constant time.
 */
final class EventTokens {
    /** Tags of a verb group between a subject and its verb ("is arranging to attend"). */
    static final Set<String> VERB_CHAIN_TAGS = Set.of("MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "TO", "RB");
    /** Adjectives between a subject and its infinitive ("is due to open", "is ready to host"). */
    static final Set<String> PREDICATE_ADJECTIVES = Set.of("due", "set", "likely", "ready", "able", "about",
            "expected", "unlikely", "eager", "keen");
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME");

    final AnnotatedArticle doc;
    final String text;
    final List<Token> tokens;
    final Entity[] entityAt;
    /** First token of the mention each token is part of, -1 outside mentions. */
    final int[] mentionStart;
    final int[] mentionEnd;
    final TimeValue[] timeAt;
    final Optional<LocalDate> published;

    /**
     * @param entities the article's people, organisations and places
     * @param times    its time values from {@link org.newskg.time.TimeNormalizer#normalize}
     */
    EventTokens(AnnotatedArticle doc, List<Entity> entities, List<TimeValue> times) {
        this.doc = doc;
        this.text = doc.article().text();
        this.tokens = doc.tokens();
        int n = tokens.size();
        entityAt = new Entity[n];
        mentionStart = new int[n];
        mentionEnd = new int[n];
        java.util.Arrays.fill(mentionStart, -1);
        timeAt = new TimeValue[n];
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                int first = -1;
                for (int t = 0; t < n; t++) {
                    if (m.span().contains(tokens.get(t).span())) {
                        first = first < 0 ? t : first;
                        entityAt[t] = e;
                        mentionStart[t] = first;
                    }
                }
                for (int t = Math.max(first, 0); first >= 0 && t < n && mentionStart[t] == first; t++) {
                    mentionEnd[t] = lastOf(first) + 1;
                }
            }
        }
        for (TimeValue te : times) {
            if (TIME_TYPES.contains(te.type())) {
                for (int t = 0; t < n; t++) {
                    if (te.span().contains(tokens.get(t).span())) {
                        timeAt[t] = te;
                    }
                }
            }
        }
        published = doc.article().metadata().published().map(PublicationDate::date);
    }

    private int lastOf(int first) {
        int t = first;
        while (t + 1 < tokens.size() && mentionStart[t + 1] == first) {
            t++;
        }
        return t;
    }

    /** The first token from t on whose tag is not one of these, or that is part of a name or a date. */
    int skip(int t, Sentence s, String... tags) {
        Set<String> skipped = Set.of(tags);
        while (t < s.endToken() && skipped.contains(tokens.get(t).pos()) && entityAt[t] == null && timeAt[t] == null) {
            t++;
        }
        return t;
    }
}
