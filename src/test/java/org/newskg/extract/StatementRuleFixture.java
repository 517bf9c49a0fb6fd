package org.newskg.extract;

import java.util.List;
import org.newskg.nlp.AnnotatedArticle;

/**
 * One article's {@link StatementContext} from marked-up paragraphs ({@link ExtractorFixture}), so
 * each statement rule class is tested on its own, in milliseconds, without CoreNLP.
 */
final class StatementRuleFixture {
    private StatementRuleFixture() {}

    static StatementContext context(String... paragraphs) {
        AnnotatedArticle article = ExtractorFixture.article(paragraphs);
        return new StatementContext(article, new EntityExtractor().extract(article).entities(), List.of());
    }

    /** The index of the first token written {@code word}. */
    static int token(StatementContext run, String word) {
        for (int t = 0; t < run.tk.tokens.size(); t++) {
            if (run.tk.tokens.get(t).text().equals(word)) {
                return t;
            }
        }
        throw new AssertionError("no token " + word);
    }

    /** Runs the direct-quote rules on every quote of the article, as the extractor does first. */
    static void directQuotes(StatementContext run) {
        DirectQuotes direct = new DirectQuotes(run, new QuoteCarryOver(run));
        for (int q = 0; q < run.tk.quotes.size(); q++) {
            direct.directQuote(q);
        }
    }
}
