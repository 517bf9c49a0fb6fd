package org.newskg.nlp;

import java.util.List;
import java.util.Objects;
import org.newskg.clean.CleanArticle;

/** A cleaned article with what the NLP stage found in it. CoreNLP's own objects stay behind the facade. */
public record AnnotatedArticle(
        CleanArticle article,
        List<Sentence> sentences,
        List<Token> tokens,
        List<EntityMention> mentions,
        List<TimeExpression> times) {

    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
    }

    /** The tokens of one mention. */
    public List<Token> tokensOf(EntityMention mention) {
        return tokens.subList(mention.firstToken(), mention.endToken());
    }
}
