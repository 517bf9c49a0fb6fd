package org.newskg.extract;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The numbers and token classes of the statement rules, read from the rule files
 * {@code statement-limits.tsv} (how many words a quote, a content or an attribution takes) and
 * {@code statement-tokens.tsv} (quote marks, dashes, part-of-speech classes), so that the rules
 * are data and a change to them re-extracts stored articles ({@link RuleFiles#hash()}).
 */
final class StatementLimits {
    private static final String LIMITS = "statement-limits.tsv";
    private static final String TOKENS = "statement-tokens.tsv";
    private static final Map<String, Integer> NUMBERS = RuleFiles.keyed(LIMITS, Integer::valueOf);

    private StatementLimits() {}

    /** The limit of this name; a name the file lacks is a build error, not a silent default. */
    static int number(String name) {
        Integer value = NUMBERS.get(name);
        if (value == null) {
            throw new IllegalStateException("/org/newskg/extract/" + LIMITS + ": no limit " + name);
        }
        return value;
    }

    /** The tokens or tags (second column, as written: tags are upper case) of a class in statement-tokens.tsv. */
    static Set<String> tokens(String tokenClass) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] r : RuleFiles.rows(TOKENS)) {
            if (r.length >= 2 && r[0].strip().equals(tokenClass)) {
                out.add(r[1].strip());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("/org/newskg/extract/" + TOKENS + ": no tokens for " + tokenClass);
        }
        return Set.copyOf(out);
    }
}
