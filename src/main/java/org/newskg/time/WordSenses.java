package org.newskg.time;

import java.util.List;
import java.util.regex.Pattern;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.TimeExpression;
import org.newskg.nlp.Token;

/**
 * Words SUTime reads as times in senses that name none: "prosecutors might present", "future payments", "a large
 * fall in sales", "Thanksgiving Day" (word-senses.tsv). Told apart by the word's part-of-speech tag and the token
 * before it.
 */
final class WordSenses {
    private record Sense(String word, Pattern ownTag, Pattern before) {
        static Sense of(String line) {
            String[] r = line.split("\t");
            if (r.length != 3) {
                throw new IllegalStateException("word-senses.tsv: a row needs a word, a tag pattern and a pattern for the "
                        + "token before: " + line);
            }
            return new Sense(r[0].strip(), pattern(r[1]), pattern(r[2]));
        }

        private static Pattern pattern(String column) {
            return column.strip().equals("-") ? null : Pattern.compile(column.strip());
        }
    }

    private static final List<Sense> SENSES = TimeNormalizer.lines("word-senses.tsv").stream().map(Sense::of).toList();

    private WordSenses() {}

    /** Whether the expression is a word of word-senses.tsv alone, in a sense that names no time. */
    static boolean notATime(TimeExpression te, AnnotatedArticle article) {
        if (article == null) {
            return false;
        }
        for (Sense sense : SENSES) {
            if (!sense.word().equals(te.text())) {
                continue;
            }
            List<Token> tokens = article.tokens();
            for (int t = 0; t < tokens.size(); t++) {
                if (!tokens.get(t).span().equals(te.span())) {
                    continue;
                }
                Token before = t > 0 && tokens.get(t - 1).sentence() == tokens.get(t).sentence() ? tokens.get(t - 1) : null;
                return sense.ownTag() != null && sense.ownTag().matcher(tokens.get(t).pos()).matches()
                        || sense.before() != null && before != null
                                && sense.before().matcher(before.text() + "/" + before.pos()).matches();
            }
        }
        return false;
    }
}
