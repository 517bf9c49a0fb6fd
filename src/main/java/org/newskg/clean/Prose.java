package org.newskg.clean;

import java.util.regex.Pattern;

/** Shape tests on a single line: does it read like a sentence, a paragraph of story, a headline? */
final class Prose {

    private static final Pattern TRAILING_CLOSERS = Pattern.compile("[\\s\"'\u201d\u2019\u00bb)\\]]+$");
    private static final Pattern ELLIPSIS_END = Pattern.compile("(\\.\\.\\.|\u2026)[\\s\"'\u201d\u2019)\\]]*$");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"'\u201d\u2019)]?\\s+[\"'\u201c\u2018(]?\\p{Lu}");
    /** An embedded social post signs off with "(@handle) March 21, 2023": a quotation, not a headline. */
    private static final Pattern POST_SIGNATURE = Pattern.compile("\\(@\\w+\\)\\s+\\p{L}+\\.? \\d{1,2}, \\d{4}$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*");

    private Prose() {
    }

    static boolean endsWithEllipsis(String line) {
        return ELLIPSIS_END.matcher(line).find();
    }

    /** Ends as a sentence does (". ! ?" before closing quotes), and not with a teaser's "...". */
    static boolean endsSentence(String line) {
        if (endsWithEllipsis(line)) {
            return false;
        }
        if (POST_SIGNATURE.matcher(line).find()) {
            return true;
        }
        String s = TRAILING_CLOSERS.matcher(line).replaceAll("");
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?';
    }

    static int sentenceBreaks(String line) {
        int n = 0;
        var m = SENTENCE_BREAK.matcher(line);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A paragraph of story: a finished sentence of some length, or more than one sentence. */
    static boolean isParagraph(String line) {
        return endsSentence(line) && (line.length() >= 100 || sentenceBreaks(line) >= 1);
    }

    static int words(String line) {
        int n = 0;
        var m = WORD.matcher(line);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Short, at least three words, and not closed with a full stop: how headlines and teasers look. */
    static boolean isHeadlineLike(String line) {
        // A long line cut with "..." is a teaser; a short one may be a headline trailing off ("My memories of...").
        if (line.length() > 200 || words(line) < 3 || (endsWithEllipsis(line) && line.length() > 80)) {
            return false;
        }
        String s = TRAILING_CLOSERS.matcher(line).replaceAll("");
        boolean open = endsWithEllipsis(line) || (!s.isEmpty() && s.charAt(s.length() - 1) != '.');
        return open && Character.isLetterOrDigit(firstLetterOrDigit(s));
    }

    /** No sentence punctuation at its end at all: a label, a heading, a link text. */
    static boolean isUnpunctuated(String line) {
        String s = TRAILING_CLOSERS.matcher(line).replaceAll("");
        if (s.isEmpty()) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        return last != '.' && last != '!' && last != '?' && last != ':' && last != ';' && last != ',';
    }

    private static char firstLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
        }
        return ' ';
    }
}
