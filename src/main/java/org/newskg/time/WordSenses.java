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
    private record Sense(Pattern words, Pattern ownTag, Pattern before, Pattern after) {
        static Sense of(String line) {
            String[] r = line.split("\t");
            if (r.length != 3 && r.length != 4) {
                throw new IllegalStateException("word-senses.tsv: a row needs words, a tag pattern, a pattern for the "
                        + "token before and, if wanted, one for the token after: " + line);
            }
            return new Sense(Pattern.compile(r[0].strip()), pattern(r[1]), pattern(r[2]), r.length == 4 ? pattern(r[3]) : null);
        }

        private static Pattern pattern(String column) {
            return column.strip().equals("-") ? null : Pattern.compile(column.strip());
        }
    }

    private static final List<Sense> SENSES = TimeNormalizer.lines("word-senses.tsv").stream().map(Sense::of).toList();

    private WordSenses() {}

    /**
     * Whether the expression is words of word-senses.tsv, in a sense that names no time: the own tag is that of
     * its last word, the token before is the one before its first word, the token after the one after its last.
     */
    static boolean notATime(TimeExpression te, AnnotatedArticle article) {
        if (article == null) {
            return false;
        }
        for (Sense sense : SENSES) {
            if (!sense.words().matcher(te.text()).matches()) {
                continue;
            }
            List<Token> tokens = article.tokens();
            int first = -1;
            int last = -1;
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.get(t).span().begin() == te.span().begin()) {
                    first = t;
                }
                if (tokens.get(t).span().end() == te.span().end()) {
                    last = t;
                }
            }
            if (first < 0 || last < 0) {
                continue;
            }
            Token before = first > 0 && tokens.get(first - 1).sentence() == tokens.get(first).sentence()
                    ? tokens.get(first - 1) : null;
            Token after = last + 1 < tokens.size() && tokens.get(last + 1).sentence() == tokens.get(last).sentence()
                    ? tokens.get(last + 1) : null;
            if (sense.ownTag() != null && sense.ownTag().matcher(tokens.get(last).pos()).matches()
                    || matches(sense.before(), before) || matches(sense.after(), after)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Pattern pattern, Token token) {
        return pattern != null && token != null && pattern.matcher(token.text() + "/" + token.pos()).matches();
    }
}
