package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The statement rules' numbers and token classes come from their rule files, case kept. */
class StatementLimitsTest {
    @Test
    void numbersFromStatementLimitsTsv() {
        assertEquals(4, StatementLimits.number("min-direct-words"));
        assertEquals(StatementLimits.number("min-direct-words"), StatementTokens.MIN_DIRECT_WORDS);
        assertEquals(40, StatementLimits.number("max-apposed-attribution-words"));
        assertThrows(IllegalStateException.class, () -> StatementLimits.number("no-such-limit"));
    }

    @Test
    void tokenClassesFromStatementTokensTsv() {
        assertTrue(StatementLimits.tokens("opening-mark").contains("\u201c"));
        assertTrue(StatementLimits.tokens("closing-mark").contains("''"));
        assertTrue(StatementLimits.tokens("dash").contains("\u2015"));
        assertTrue(StatementLimits.tokens("noun-phrase-tag").contains("PRP$"), "tags keep their case");
        assertThrows(IllegalStateException.class, () -> StatementLimits.tokens("no-such-class"));
    }
}
