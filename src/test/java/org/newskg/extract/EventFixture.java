package org.newskg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.clean.CleanArticle;
import org.newskg.clean.PublicationDate;
import org.newskg.core.Span;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.EntityMention;
import org.newskg.nlp.TimeExpression;
import org.newskg.time.TimeNormalizer;

/**
 * One hand-built article for the event rules' parts: {@link ExtractorFixture}'s marked-up text,
 * published on a given day, with SUTime's expressions given as {words, type, value} and each
 * marked name its own entity. No models.
 */
final class EventFixture {
    final AnnotatedArticle article;
    final List<Entity> entities;
    final EventTokens view;

    /** @param times {words, TIMEX3 type, TIMEX3 value}, each at the first occurrence of its words */
    EventFixture(LocalDate published, String markedUp, String[]... times) {
        AnnotatedArticle plain = ExtractorFixture.article(markedUp);
        String text = plain.article().text();
        List<TimeExpression> expressions = new ArrayList<>();
        for (String[] te : times) {
            int begin = text.indexOf(te[0]);
            expressions.add(new TimeExpression(te[0], new Span(begin, begin + te[0].length()), te[1], te[2], 0, ""));
        }
        CleanArticle dated = new CleanArticle("test", text,
                plain.article().metadata().withPublished(PublicationDate.of(published, published.toString())), 0);
        article = new AnnotatedArticle(dated, plain.sentences(), plain.tokens(), plain.mentions(), expressions);
        entities = new ArrayList<>();
        for (EntityMention m : plain.mentions()) {
            entities.add(new Entity(EntityType.fromNer(m.type()).orElseGet(() -> EntityType.valueOf(m.type())), m.text(), Optional.empty(), List.of(),
                    List.of(new Mention(m.text(), m.span(), m.type(), m.sentence()))));
        }
        view = new EventTokens(article, entities, new TimeNormalizer().normalize(article));
    }

    /** The index of the first token with these words. */
    int token(String word) {
        for (int t = 0; t < view.tokens.size(); t++) {
            if (view.tokens.get(t).text().equals(word)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no token " + word);
    }

    Entity entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
