package org.newskg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test
    void ordinaryTextIsKeptAsItIs() {
        String s = "/news/2024/Zürich – café \"x\" \\ y.txt";
        assertSame(s, Printable.escape(s));
    }

    @Test
    void controlAndBidiCharactersBecomeVisibleEscapes() {
        assertEquals("a\\nb\\rc\\td\\e[2Je\\u0007f\\u202Eg\\u2028h",
                Printable.escape("a\nb\rc\td\u001B[2Je\u0007f\u202Eg\u2028h"));
    }

    @Test
    void anIssueIsOneLine() {
        Issue i = Issue.error("in/x\nERROR  y", "source", "bad\u001B[0m");
        assertEquals("ERROR  in/x\\nERROR  y  source  bad\\e[0m", i.toString());
    }
}
