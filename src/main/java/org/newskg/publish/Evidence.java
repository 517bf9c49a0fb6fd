package org.newskg.publish;

import org.apache.jena.graph.Node;

/**
 * The exact words of an article that support a fact, with a little of the text around them.
 *
 * @param phrase  the {@code nif:Phrase} node
 * @param article the article whose text the offsets count in ({@code nif:referenceContext})
 * @param before  text just before the words (may be empty)
 * @param words   the words themselves ({@code nif:anchorOf})
 * @param after   text just after the words (may be empty)
 */
public record Evidence(Node phrase, Node article, String before, String words, String after) {
    /** Characters of context shown on each side. */
    static final int CONTEXT = 90;

    /**
     * Cuts the words and their context out of an article's text. Offsets count Unicode code
     * points, as NIF does; offsets that do not fit the text give the words alone.
     */
    static Evidence of(Node phrase, Node article, String text, int begin, int end, String anchor) {
        int length = text == null ? 0 : text.codePointCount(0, text.length());
        if (text == null || begin < 0 || end < begin || end > length) {
            return new Evidence(phrase, article, "", anchor, "");
        }
        int b = text.offsetByCodePoints(0, begin);
        int e = text.offsetByCodePoints(b, end - begin);
        int from = Math.max(0, b - CONTEXT);
        int to = Math.min(text.length(), e + CONTEXT);
        // Do not start or end inside a surrogate pair.
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        String before = (from > 0 ? "…" : "") + text.substring(from, b);
        String after = text.substring(e, to) + (to < text.length() ? "…" : "");
        return new Evidence(phrase, article, oneLine(before), text.substring(b, e), oneLine(after));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
